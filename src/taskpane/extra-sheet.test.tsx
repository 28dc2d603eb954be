/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
/** Done-when of issue 8 §1, task pane: a sheet registered through the registry alone is offered and written. */
import { screen, fireEvent, within } from "@testing-library/react";
import { XlsxHost } from "../hosts/xlsx/index";
import { EXTENDED_REGISTRY, EXTRA_NAME } from "../review/testing/extra-sheet";
import { SHEET_REGISTRY } from "../review/sheets/registry";
import { GenerateReview } from "./flows/GenerateReview";
import { renderInFluent } from "./testing/dom";

jest.setTimeout(30000);

function flow(host: XlsxHost, sheets = EXTENDED_REGISTRY) {
  return renderInFluent(
    <GenerateReview host={host} title="Generate review" lastRun={null} onGenerated={() => {}} onShowProblems={() => {}} sheets={sheets} />,
  );
}

describe("Generate review with an extra registered sheet", () => {
  it("offers its label among the sheet choices; the built-in registry does not", () => {
    const { unmount } = flow(XlsxHost.blank("a.xlsx", { sheets: EXTENDED_REGISTRY }));
    expect(screen.getByRole("checkbox", { name: "Review notes" })).toBeTruthy();
    expect(screen.getAllByRole("checkbox")).toHaveLength(7); // five review sheets, the history, the extra sheet
    unmount();
    flow(XlsxHost.blank("a.xlsx"), SHEET_REGISTRY);
    expect(screen.queryByRole("checkbox", { name: "Review notes" })).toBeNull();
  });

  it("writes it when chosen, and a rerun replaces it (no \"(2)\")", async () => {
    const host = XlsxHost.blank("a.xlsx", { sheets: EXTENDED_REGISTRY });
    host.workbook.addWorksheet("Inputs");
    flow(host);
    for (const e of SHEET_REGISTRY) fireEvent.click(screen.getByRole("checkbox", { name: e.label }));
    for (let run = 1; run <= 2; run++) {
      fireEvent.click(screen.getByRole("button", { name: "Generate review" }));
      expect(await screen.findByText("Done: wrote 1 sheet.", {}, { timeout: 20000 })).toBeTruthy();
      expect(host.workbook.worksheets.map((w) => w.name)).toEqual(["Inputs", EXTRA_NAME]);
    }
    expect(await host.listOwnedSheets()).toEqual([{ key: "notes", name: EXTRA_NAME }]);
    expect(within(document.body).queryByText(/\(2\)/)).toBeNull();
  });
});
