/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import { screen, fireEvent, within } from "@testing-library/react";
import { XlsxHost } from "../hosts/xlsx/index";
import { readModel } from "../tables/index";
import { StartModel } from "./flows/StartModel";
import { renderInFluent } from "./testing/dom";
import { sampleHost } from "./testing/sampleHost";

describe("Start a model", () => {
  it("inserts the chosen tables (without examples) and lists the sheets inserted", async () => {
    const host = XlsxHost.blank("new.xlsx");
    renderInFluent(<StartModel host={host} title="Start a model" />);
    fireEvent.click(screen.getByRole("checkbox", { name: "Actions (IMM_Actions)" }));
    fireEvent.click(screen.getByRole("switch", { name: "With example rows" }));
    fireEvent.click(screen.getByRole("button", { name: "Insert tables" }));
    expect(await screen.findByText("Inserted 5 sheets")).toBeTruthy();
    const items = within(screen.getByRole("list", { name: "Sheets inserted" })).getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toEqual(["IMM Risks", "IMM Partnership", "IMM KPIs", "IMM Contract", "IMM Settings"]);
    expect(host.workbook.worksheets.map((w) => w.name)).toEqual(items);
    const model = readModel(await host.readSnapshot());
    expect(model.actions).toBeNull();
    expect(model.risks ?? []).toHaveLength(0);
  });

  it("says why when nothing can be inserted, and disables Insert with no table chosen", async () => {
    const host = XlsxHost.blank("new.xlsx");
    jest.spyOn(host, "insertTemplates").mockRejectedValueOnce(new Error("The workbook is protected."));
    renderInFluent(<StartModel host={host} title="Start a model" />);
    fireEvent.click(screen.getByRole("button", { name: "Insert tables" }));
    expect(await screen.findByText("Could not insert the tables")).toBeTruthy();
    expect(screen.getByText("The workbook is protected.")).toBeTruthy();
    for (const box of screen.getAllByRole("checkbox")) fireEvent.click(box);
    expect((screen.getByRole("button", { name: "Insert tables" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("inserts nothing on a workbook that has every table, and says which it skipped (issue 11 §9)", async () => {
    const host = await sampleHost();
    const sheets = host.workbook.worksheets.map((w) => w.name);
    const insert = jest.spyOn(host, "insertTemplates");
    renderInFluent(<StartModel host={host} title="Start a model" />);
    fireEvent.click(screen.getByRole("button", { name: "Insert tables" }));
    expect(await screen.findByText("Nothing inserted")).toBeTruthy();
    const skipped = within(screen.getByRole("list", { name: "Tables skipped" })).getAllByRole("listitem").map((li) => li.textContent);
    expect(skipped.map((t) => t?.split(" ")[0])).toEqual(["IMM_Risks", "IMM_Partnership", "IMM_KPIs", "IMM_Contract", "IMM_Actions", "IMM_Settings"]);
    expect(skipped[0]).toMatch(/^IMM_Risks \(.+!A\d+:[A-Z]+\d+\)$/);
    expect(insert).not.toHaveBeenCalled();
    expect(host.workbook.worksheets.map((w) => w.name)).toEqual(sheets);
    expect(screen.queryByText(/^Inserted/)).toBeNull();
  });

  it("inserts only the missing tables and lists the ones skipped", async () => {
    const host = XlsxHost.blank("new.xlsx");
    const { unmount } = renderInFluent(<StartModel host={host} title="Start a model" />);
    for (const name of ["Partnership factors (IMM_Partnership)", "KPIs (IMM_KPIs)", "Contract (IMM_Contract)", "Actions (IMM_Actions)", "Settings (IMM_Settings)"]) {
      fireEvent.click(screen.getByRole("checkbox", { name }));
    }
    fireEvent.click(screen.getByRole("button", { name: "Insert tables" }));
    expect(await screen.findByText("Inserted 1 sheet")).toBeTruthy();
    unmount();

    renderInFluent(<StartModel host={host} title="Start a model" />);
    fireEvent.click(screen.getByRole("button", { name: "Insert tables" }));
    expect(await screen.findByText("Inserted 5 sheets")).toBeTruthy();
    const skipped = within(screen.getByRole("list", { name: "Tables skipped" })).getAllByRole("listitem").map((li) => li.textContent);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatch(/^IMM_Risks \(IMM Risks!A\d+:[A-Z]+\d+\)$/);
    const snap = await host.readSnapshot();
    expect(snap.tables.map((t) => t.name).sort()).toEqual(["IMM_Actions", "IMM_Contract", "IMM_KPIs", "IMM_Partnership", "IMM_Risks", "IMM_Settings"]);
  });
});
