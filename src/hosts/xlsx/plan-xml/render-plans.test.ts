/**
 * The plan writer against the ExcelJS path: for the review plans of the sample, the template plans, the plans of
 * generated workbooks and a plan using every feature, both packages read back the same (every cell's value, type
 * and style, quote prefixes, merges, widths, heights, views, print set-up, tables, conditional formats,
 * validations) and hold the same chart and drawing parts.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultEngine } from "../../../cli/engine";
import type { SheetPlan } from "../../../review/kit/plan";
import { buildTemplatePlans } from "../../../templates/templates";
import { workbookArb } from "../../../../test/generators/workbook-arbitraries";
import { ISSUE7_WORKBOOKS, TIDY_WORKBOOK } from "../../../../test/generators/workbook-examples";
import { workbookBytes } from "../../../../test/generators/workbook-xlsx";
import { XlsxHost } from "../host";
import { fullPlan } from "../testing/fixtures";
import { chartParts, packageFacts, renderBoth } from "./testing/compare";

const SAMPLE = join(__dirname, "..", "..", "..", "..", "assets", "samples", "hospital-ppp.xlsx");

async function reviewPlans(bytes: Uint8Array): Promise<SheetPlan[]> {
  const host = await XlsxHost.fromBuffer(bytes, "in.xlsx");
  return (await defaultEngine.buildReviewPlans(defaultEngine.readModel(await host.readSnapshot()), {})).plans;
}

async function expectSame(plans: SheetPlan[], taken: string[] = []): Promise<void> {
  const { old, direct, grafted } = await renderBoth(plans, taken);
  expect(direct.notes).toEqual(old.notes);
  expect(direct.tables).toEqual(old.tables);
  // What the user gets: both packages grafted into the same user workbook, read back.
  const [a, b] = await Promise.all([packageFacts(grafted.old), packageFacts(grafted.direct)]);
  expect(Object.keys(b)).toEqual(Object.keys(a));
  for (const sheet of Object.keys(a)) expect({ sheet, ...(b[sheet] as object) }).toEqual({ sheet, ...(a[sheet] as object) });
  expect(await chartParts(direct.bytes)).toEqual(await chartParts(old.bytes));
}

describe("renderPlans writes what the ExcelJS path writes", () => {
  it("for the review of the sample workbook", async () => {
    const plans = await reviewPlans(new Uint8Array(readFileSync(SAMPLE)));
    expect(plans.length).toBeGreaterThan(3);
    await expectSame(plans, ["imm_risks", "imm_kpis"]);
  });

  it("for the template plans, with and without examples", async () => {
    await expectSame(buildTemplatePlans());
    await expectSame(buildTemplatePlans(undefined, false));
  });

  it("for the reviews of generated workbooks", async () => {
    for (const w of [TIDY_WORKBOOK, ...Object.values(ISSUE7_WORKBOOKS)]) await expectSame(await reviewPlans(await workbookBytes(w)));
  });

  it("for the reviews of random generated workbooks (fixed seed)", async () => {
    await fc.assert(
      fc.asyncProperty(workbookArb(), async (w) => {
        await expectSame(await reviewPlans(await workbookBytes(w)));
      }),
      { numRuns: 8, seed: 20261130 },
    );
  }, 120_000);

  it("for a plan using every feature, twice in one package (table names made unique)", async () => {
    await expectSame([fullPlan(), fullPlan("dashboard", "IMM Dashboard")], ["imm_review_register"]);
  });
});
