/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import { screen, fireEvent, within } from "@testing-library/react";
import { XlsxHost } from "../../hosts/xlsx";
import { readModel } from "../../tables";
import { StartModel } from "../flows/StartModel";
import { renderInFluent } from "./dom";
import { sampleHost } from "./sampleHost";

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
    const host = await sampleHost();
    jest.spyOn(host, "insertTemplates").mockRejectedValueOnce(new Error("The workbook is protected."));
    renderInFluent(<StartModel host={host} title="Start a model" />);
    fireEvent.click(screen.getByRole("button", { name: "Insert tables" }));
    expect(await screen.findByText("Could not insert the tables")).toBeTruthy();
    expect(screen.getByText("The workbook is protected.")).toBeTruthy();
    for (const box of screen.getAllByRole("checkbox")) fireEvent.click(box);
    expect((screen.getByRole("button", { name: "Insert tables" }) as HTMLButtonElement).disabled).toBe(true);
  });
});
