/** OfficeHost settings, templates and selection on the strict fake. */
import { excelRunner, FakeExcel } from "../../../test/fakes/office";
import { emptyPlan } from "../../review/kit/plan";
import { OfficeHost } from "./office-host";

function host(x: FakeExcel): OfficeHost {
  return new OfficeHost(excelRunner(x), { isSetSupported: (n, v) => x.isSetSupported(n, v) });
}

describe("OfficeHost settings, templates, selection", () => {
  it("writeSettings updates keys in place, appends missing ones (text stays text), creates the table when absent", async () => {
    const x = new FakeExcel();
    x.addSheet("Settings", [["Key", "Value"], ["Amber threshold", 60], ["Green threshold", 80]]);
    x.addTable("Settings", "A1:B3", "IMM_Settings");
    await host(x).writeSettings([["amber_threshold", 55], ["Rating bands", "4,9,16"], ["Note", "=1+1"]]);
    expect(x.values("Settings")).toEqual([["Key", "Value"], ["Amber threshold", 55], ["Green threshold", 80], ["Rating bands", "4,9,16"], ["Note", "=1+1"]]);
    expect(x.sheet("Settings").grid.formulas({ row: 4, col: 1, rows: 1, cols: 1 })).toEqual([["=1+1"]]);

    const empty = new FakeExcel();
    empty.addSheet("Data");
    await host(empty).writeSettings([["Gap alert", 2]]);
    expect(empty.sheetNames()).toEqual(["Data", "IMM Settings"]);
    expect(empty.values("IMM Settings")).toEqual([["Key", "Value"], ["Gap alert", 2]]);
    expect(empty.model.tables.map((t) => t.name)).toEqual(["IMM_Settings"]);
    expect(await host(empty).listOwnedSheets()).toEqual([]);
  });

  it("insertTemplates adds user sheets, never replacing: clashing sheet and table names are suffixed", async () => {
    const x = new FakeExcel();
    x.addSheet("Risks", [["ID"], ["R-1"]]);
    x.addTable("Risks", "A1:A2", "IMM_Risks");
    const plan = emptyPlan("IMM_Risks", "Risks");
    plan.blocks.push({ row: 0, col: 0, values: [["ID", "Type"], ["", ""]] });
    plan.tables.push({ name: "IMM_Risks", range: { row: 0, col: 0, rows: 2, cols: 2 }, style: "TableStyleLight9" });
    plan.validations.push({ range: { row: 1, col: 1, rows: 1, cols: 1 }, rule: { kind: "list", values: ["Threat", "Opportunity"] }, error: "Threat or Opportunity" });
    const res = await host(x).insertTemplates([plan]);
    expect(res.sheets).toEqual(["Risks (2)"]);
    expect(x.values("Risks")).toEqual([["ID"], ["R-1"]]);
    expect(x.model.tables.map((t) => `${t.name}@${t.sheet.name}`)).toEqual(["IMM_Risks@Risks", "IMM_Risks2@Risks (2)"]);
    expect(x.sheet("Risks (2)").validations[0].rule).toEqual({ list: { inCellDropDown: true, source: "Threat,Opportunity" } });
    expect(x.model.names).toEqual([]);
  });

  it("selects a cell, reads the selection, and delivers selection events until unsubscribed", async () => {
    const x = new FakeExcel();
    x.addSheet("Data");
    x.addSheet("IMM Risk Review");
    const h = host(x);
    await h.selectCell({ sheet: "IMM Risk Review", address: "C5" });
    expect(await h.getSelection()).toEqual({ sheet: "IMM Risk Review", address: "C5" });
    const seen: string[] = [];
    const off = h.onSelectionChanged((ref) => seen.push(`${ref.sheet}!${ref.address}`));
    await new Promise((r) => setTimeout(r, 0));
    await x.userSelects("Data", "B2:D4");
    expect(seen).toEqual(["Data!B2"]);
    off();
    await new Promise((r) => setTimeout(r, 0));
    expect(x.events.registrations).toHaveLength(0);
    await x.userSelects("Data", "A1");
    expect(seen).toEqual(["Data!B2"]);
  });

  it("falls back to workbook.onSelectionChanged before ExcelApi 1.9", async () => {
    const x = new FakeExcel({ excelApi: "1.8" });
    x.addSheet("Data");
    const seen: string[] = [];
    const off = host(x).onSelectionChanged((ref) => seen.push(`${ref.sheet}!${ref.address}`));
    await new Promise((r) => setTimeout(r, 0));
    expect(x.events.registrations.map((r) => r.source)).toEqual(["workbook"]);
    await x.userSelects("Data", "E7");
    expect(seen).toEqual(["Data!E7"]);
    off();
  });

  it("reports the user's cell edits through worksheets.onChanged until unsubscribed (ExcelApi 1.9)", async () => {
    const x = new FakeExcel();
    x.addSheet("Risks", [["ID", "Likelihood"], ["R-1", 3]]);
    let changes = 0;
    const off = host(x).onWorkbookChanged(() => changes++);
    await new Promise((r) => setTimeout(r, 0));
    expect(x.events.registrations.map((r) => r.source)).toEqual(["worksheets.onChanged"]);
    await x.userEdits("Risks", "B2", [[4]]);
    expect(changes).toBe(1);
    await x.userSelects("Risks", "A1");
    expect(changes).toBe(1);
    off();
    await new Promise((r) => setTimeout(r, 0));
    expect(x.events.registrations).toHaveLength(0);
    await x.userEdits("Risks", "B2", [[5]]);
    expect(changes).toBe(1);
  });

  it("registers no change handler before ExcelApi 1.9 (the pane then re-checks on focus)", async () => {
    const x = new FakeExcel({ excelApi: "1.8" });
    x.addSheet("Risks");
    const off = host(x).onWorkbookChanged(() => undefined);
    await new Promise((r) => setTimeout(r, 0));
    expect(x.events.registrations).toEqual([]);
    off();
  });
});
