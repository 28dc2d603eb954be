/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import { act, screen, fireEvent, within } from "@testing-library/react";
import { readModel } from "../tables/index";
import { buildReviewPlans } from "../review/index";
import { App } from "./App";
import { plannedRow, splitInputRefs } from "./model/explain";
import { parseA1, type SheetPlan } from "../review/kit/plan";
import * as reviewModel from "./model/review";
import { renderInFluent } from "./testing/dom";
import { quickSampleHost } from "./testing/sampleHost";

jest.setTimeout(30000);

describe("Explain", () => {
  it("explains a generated cell from plans rebuilt in memory, links its source cells, and hints elsewhere", async () => {
    const host = await quickSampleHost();
    const { plans } = buildReviewPlans(readModel(await host.readSnapshot()), {});
    await host.applyPlans(plans); // written earlier, e.g. in another session: the pane has no plans in memory
    const written = jest.spyOn(host, "applyPlans");
    const target = plans
      .flatMap((p) => p.explanations.map((e) => ({ sheet: p.name, e })))
      .find(({ e }) => e.inputs.some((line) => splitInputRefs(line).some((part) => part.kind === "cell")));
    if (!target) throw new Error("no explanation with a source cell");
    const userSheet = host.workbook.worksheets.find((w) => !w.name.startsWith("IMM ") || !plans.some((p) => p.name === w.name));
    if (!userSheet) throw new Error("no user sheet");

    renderInFluent(<App host={host} initialFlow="explain" />);
    expect((await screen.findByTestId("explain-hint")).textContent).toBe("Select a cell on a generated IMM sheet.");

    await act(() => host.selectCell({ sheet: userSheet.name, address: "A1" }));
    expect((await screen.findByTestId("explain-hint")).textContent).toMatch(/is not on a generated IMM sheet/);

    await act(() => host.selectCell({ sheet: target.sheet, address: target.e.address }));
    const card = await screen.findByTestId("explanation", {}, { timeout: 20000 });
    expect(within(card).getByRole("heading", { level: 3 }).textContent).toBe(target.e.label);
    expect(within(card).getByText(target.e.formula)).toBeTruthy();
    expect(written).not.toHaveBeenCalled();

    const cellPart = target.e.inputs.flatMap(splitInputRefs).find((p) => p.kind === "cell");
    if (!cellPart || cellPart.kind !== "cell") throw new Error("unreachable");
    fireEvent.click(within(card).getAllByRole("button", { name: `Select ${cellPart.text}` })[0]);
    expect(await host.getSelection()).toEqual(cellPart.ref);
    expect(await screen.findByText(/^Last explained:/)).toBeTruthy();

    await act(() => host.selectCell({ sheet: target.sheet, address: "ZZ999" }));
    expect((await screen.findByTestId("explain-hint")).textContent).toMatch(/ZZ999 holds no computed number/);
  });

  it("builds the review once for two quick selections and shows only the latest one", async () => {
    const host = await quickSampleHost();
    const { plans } = buildReviewPlans(readModel(await host.readSnapshot()), {});
    await host.applyPlans(plans);
    const [first, second] = plans.flatMap((p) => p.explanations.map((e) => ({ sheet: p.name, e }))).filter(({ e }, i, all) => all.findIndex((x) => x.e.label === e.label) === i);
    const builds = jest.spyOn(reviewModel, "buildReview");

    renderInFluent(<App host={host} initialFlow="explain" />);
    await screen.findByTestId("explain-hint");
    await act(async () => {
      await host.selectCell({ sheet: first.sheet, address: first.e.address });
      await host.selectCell({ sheet: second.sheet, address: second.e.address });
    });
    const card = await screen.findByTestId("explanation", {}, { timeout: 20000 });
    expect(within(card).getByRole("heading", { level: 3 }).textContent).toBe(second.e.label);
    expect(builds).toHaveBeenCalledTimes(1);
    builds.mockRestore();
  });

  it("says the sheet has changed, and explains nothing, when the selected row no longer holds what was generated (a sort)", async () => {
    const host = await quickSampleHost();
    const { plans } = buildReviewPlans(readModel(await host.readSnapshot()), {});
    await host.applyPlans(plans);
    const risk = plans.find((p) => p.key === "risk");
    const scores = risk?.explanations.filter((e) => /^Residual score of /.test(e.label)) ?? [];
    const [a, b] = scores.slice(0, 2).map((e) => ({ e, row: plannedRow(risk as SheetPlan, e.address) }));
    if (!risk || !a?.row || !b?.row) throw new Error("no two residual scores on the Risk Review");
    // The user sorts the register: the row of `b` now sits where `a` was.
    const ws = host.workbook.getWorksheet(risk.name);
    const at = parseA1(a.row.address.split(":")[0]);
    if (!ws || !at) throw new Error("unreachable");
    b.row.values.forEach((v, j) => { ws.getCell(at.row + 1, at.col + 1 + j).value = v; });

    renderInFluent(<App host={host} initialFlow="explain" />);
    await screen.findByTestId("explain-hint");
    await act(() => host.selectCell({ sheet: risk.name, address: a.e.address }));
    const warning = await screen.findByTestId("explain-changed", {}, { timeout: 20000 });
    expect(warning.textContent).toMatch(/The sheet has changed since it was generated/);
    expect(warning.textContent).toContain(`${risk.name}!${a.e.address}`);
    expect(screen.queryByTestId("explanation")).toBeNull();

    // An untouched cell is still explained.
    await act(() => host.selectCell({ sheet: risk.name, address: b.e.address }));
    const card = await screen.findByTestId("explanation");
    expect(within(card).getByRole("heading", { level: 3 }).textContent).toBe(b.e.label);

    await act(() => host.selectCell({ sheet: risk.name, address: a.e.address }));
    fireEvent.click(await screen.findByRole("button", { name: "Generate again…" }));
    expect(await screen.findByRole("heading", { name: "Generate review" })).toBeTruthy();
  });

  it("links a generated sheet named in the inputs (\"See IMM Partnership Review\") to that sheet's figure", async () => {
    const host = await quickSampleHost();
    const { plans } = buildReviewPlans(readModel(await host.readSnapshot()), {});
    await host.applyPlans(plans);
    const source = plans.flatMap((p) => p.explanations.map((e) => ({ sheet: p.name, e })))
      .find(({ e }) => e.inputs.includes("See IMM Partnership Review"));
    const partnership = plans.find((p) => p.key === "partnership");
    if (!source || !partnership) throw new Error("no explanation that points at the Partnership Review");
    const target = partnership.explanations.find((e) => e.label.startsWith(source.e.label));
    if (!target) throw new Error("no partnership index on the Partnership Review");

    renderInFluent(<App host={host} initialFlow="explain" />);
    await screen.findByTestId("explain-hint");
    await act(() => host.selectCell({ sheet: source.sheet, address: source.e.address }));
    const card = await screen.findByTestId("explanation", {}, { timeout: 20000 });
    fireEvent.click(within(card).getByRole("button", { name: "Go to IMM Partnership Review" }));
    expect(await host.getSelection()).toEqual({ sheet: "IMM Partnership Review", address: target.address });
  });

  it("says the sheet has changed when inputs changed since it was generated (plans rebuilt in memory differ)", async () => {
    const host = await quickSampleHost();
    const { plans } = buildReviewPlans(readModel(await host.readSnapshot()), {});
    await host.applyPlans(plans); // generated in an earlier session
    const risks = (await host.readSnapshot()).tables.find((t) => t.name === "IMM_Risks");
    const col = risks?.headers.findIndex((h) => /^likelihood$/i.test(h.trim())) ?? -1;
    const risk = plans.find((p) => p.key === "risk");
    const id = risks?.rows[0][0];
    const target = risk?.explanations.find((e) => e.label === `Residual score of ${String(id)}`);
    if (!risks || col < 0 || !risk || !target) throw new Error("sample risk or its residual score missing");
    const cell = host.workbook.getWorksheet(risks.sheet)?.getCell(risks.row + 2, risks.col + col + 1);
    if (!cell) throw new Error("unreachable");
    cell.value = cell.value === 1 ? 5 : 1; // the user re-scores the risk and does not regenerate

    renderInFluent(<App host={host} initialFlow="explain" />);
    await screen.findByTestId("explain-hint");
    await act(() => host.selectCell({ sheet: risk.name, address: target.address }));
    expect((await screen.findByTestId("explain-changed", {}, { timeout: 20000 })).textContent)
      .toMatch(/The sheet has changed since it was generated/);
    expect(screen.queryByTestId("explanation")).toBeNull();
  });
});
