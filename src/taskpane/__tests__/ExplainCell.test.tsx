/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import { act, screen, fireEvent, within } from "@testing-library/react";
import { readModel } from "../../tables";
import { buildReviewPlans } from "../../review";
import { App } from "../App";
import { splitInputRefs } from "../model/explain";
import * as reviewModel from "../model/review";
import { renderInFluent } from "./dom";
import { quickSampleHost } from "./sampleHost";

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
});
