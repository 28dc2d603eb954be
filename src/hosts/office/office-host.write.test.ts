/** OfficeHost.applyPlans on the strict fake: bulk writes, literal text, tables, ownership and "(2)" naming. */
import { dumpUserData, excelRunner, FakeExcel, formatAt } from "../../../test/fakes/office";
import { emptyPlan, type SheetPlan } from "../../review/kit/plan";
import { OfficeHost } from "./office-host";

const INJECTIONS = ["=HYPERLINK(\"http://evil\",\"click\")", "+cmd|' /C calc'!A0", "-1+1", "@SUM(A1:A2)", "007", "50%"];

function riskPlan(rows = 3, title = "Risk review"): SheetPlan {
  const p = emptyPlan("risk", "IMM Risk Review");
  p.tabColor = "#C00000";
  p.showGridlines = false;
  p.blocks.push({ row: 0, col: 0, values: [[title]], style: { bold: true, fontSize: 16 } });
  const body = Array.from({ length: rows }, (_, i) => [`R-${i + 1}`, INJECTIONS[i % INJECTIONS.length], (i % 25) + 1, 0.5]);
  p.blocks.push({ row: 2, col: 0, values: [["ID", "Risk", "Score", "Effectiveness"], ...body], columnFormats: [undefined, undefined, "0", "0%"] });
  p.styles.push({ range: { row: 2, col: 0, rows: 1, cols: 4 }, style: { fill: "#1F4E78", fontColor: "#FFFFFF", border: "thickBottom" } });
  p.columnWidths.push({ col: 0, width: 10 }, { col: 1, width: 40 });
  p.merges.push({ row: 0, col: 0, rows: 1, cols: 4 });
  p.freeze = { rows: 3, cols: 1 };
  p.tables.push({ name: "IMM_RiskRegister", range: { row: 2, col: 0, rows: rows + 1, cols: 4 }, style: "TableStyleMedium2" });
  p.conditionalFormats.push({ kind: "cellValue", range: { row: 3, col: 2, rows, cols: 1 }, operator: "greaterThan", value1: 16, style: { fill: "#FF0000" } });
  p.conditionalFormats.push({ kind: "textEquals", range: { row: 3, col: 1, rows, cols: 1 }, text: "Extreme", style: { bold: true } });
  p.charts.push({ title: "Scores", kind: "column", data: { row: 2, col: 0, rows: rows + 1, cols: 3 }, anchor: { row: 2, col: 6, rows: 15, cols: 8 }, yMin: 0, yMax: 25 });
  return p;
}

function userWorkbook(): FakeExcel {
  const x = new FakeExcel();
  x.addSheet("Risks", [["ID", "Risk"], ["R-1", "=HYPERLINK(\"x\")"]]);
  x.addTable("Risks", "A1:B2", "IMM_Risks");
  return x;
}

function host(x: FakeExcel, budget?: number): OfficeHost {
  return new OfficeHost(excelRunner(x), { isSetSupported: (n, v) => x.isSetSupported(n, v), payloadBudget: budget });
}

describe("OfficeHost.applyPlans", () => {
  it("writes values, formats, table, merge, freeze, chart and conditional formats; strings stay literal", async () => {
    const x = userWorkbook();
    const res = await host(x).applyPlans([riskPlan(6)]);
    expect(res.sheets).toEqual(["IMM Risk Review"]);
    const s = x.sheet("IMM Risk Review");
    const f = s.grid.formulas({ row: 3, col: 1, rows: 6, cols: 1 }).map((r) => r[0]);
    expect(f).toEqual(INJECTIONS); // no formula, no number parsing: exactly the strings of the plan
    expect(s.grid.values({ row: 3, col: 2, rows: 1, cols: 2 })).toEqual([[1, 0.5]]);
    expect(s.grid.numberFormats({ row: 3, col: 2, rows: 1, cols: 2 })).toEqual([["0", "0%"]]);
    expect(formatAt(s, 2, 0, "fill.color")).toBe("#1F4E78");
    expect(formatAt(s, 0, 0, "font.size")).toBe(16);
    expect(s.visibility).toBe("Visible");
    expect(s.tabColor).toBe("#C00000");
    expect(s.showGridlines).toBe(false);
    expect(s.freeze).toEqual({ rows: 3, cols: 1 });
    expect(s.merges).toHaveLength(1);
    expect(s.charts.map((c) => [c.type, c.props["title.text"], c.props["axes.valueAxis.maximum"]])).toEqual([["ColumnClustered", "Scores", 25]]);
    expect(s.conditionalFormats.map((c) => c.type)).toEqual(["CellValue", "Custom"]);
    expect(s.conditionalFormats[1].props["custom.rule.formula"]).toBe('=B4="Extreme"');
    expect(x.model.tables.map((t) => t.name).sort()).toEqual(["IMM_RiskRegister", "IMM_Risks"]);
    expect(x.model.names.map((n) => [n.name, n.sheet?.name])).toEqual([["IMM_Owned_risk", "IMM Risk Review"]]);
    expect(x.sheetNames()).toEqual(["Risks", "IMM Risk Review"]); // no temporary sheet left
    expect(s.columnWidths.get(1)).toBeCloseTo((40 * 7 + 5) * 0.75);
  });

  it("never touches a user sheet holding the name: writes \"(2)\", and re-runs replace only the owned sheet", async () => {
    const x = userWorkbook();
    x.addSheet("IMM Risk Review", [["my own notes"]]);
    const before = dumpUserData(x.model, ["Risks", "IMM Risk Review"]);
    const h = host(x);
    const first = await h.applyPlans([riskPlan(3, "first")]);
    expect(first.sheets).toEqual(["IMM Risk Review (2)"]);
    expect(first.notes.join(" ")).toMatch(/"IMM Risk Review" is a sheet of yours/);
    const second = await h.applyPlans([riskPlan(4, "second")]);
    expect(second.sheets).toEqual(["IMM Risk Review (2)"]);
    expect(x.values("IMM Risk Review (2)", "A1")).toEqual([["second"]]);
    expect(dumpUserData(x.model, ["Risks", "IMM Risk Review"])).toEqual(before);
    expect(x.sheetNames()).toEqual(["Risks", "IMM Risk Review", "IMM Risk Review (2)"]);
    expect(await h.listOwnedSheets()).toEqual([{ key: "risk", name: "IMM Risk Review (2)", edited: false }]);
    expect(x.model.tables.filter((t) => t.name.startsWith("IMM_RiskRegister")).map((t) => t.name)).toEqual(["IMM_RiskRegister"]);
  });

  it("replaces an owned sheet the user renamed, in its tab position", async () => {
    const x = userWorkbook();
    const h = host(x);
    await h.applyPlans([riskPlan(3)]);
    x.sheet("IMM Risk Review").name = "Our risks";
    x.addSheet("After");
    expect(await h.listOwnedSheets()).toEqual([{ key: "risk", name: "Our risks", edited: false }]);
    await h.applyPlans([riskPlan(3, "again")]);
    expect(x.sheetNames()).toEqual(["Risks", "IMM Risk Review", "After"]);
    expect(x.values("IMM Risk Review", "A1")).toEqual([["again"]]);
  });

  it("chunks large blocks under the payload budget and never syncs per row", async () => {
    const x = userWorkbook();
    x.resetStats();
    await host(x, 50_000).applyPlans([riskPlan(5000)]);
    const s = x.sheet("IMM Risk Review");
    expect(s.grid.values({ row: 5002, col: 0, rows: 1, cols: 1 })).toEqual([["R-5000"]]);
    expect(Math.max(...x.ledger.bytes)).toBeLessThan(60_000);
    expect(x.ledger.syncs).toBeLessThan(30);
    expect(x.ledger.syncs).toBeGreaterThan(5);
  });

  it("feature-detects: suspends calculation and adds conditional formats only where supported", async () => {
    const old = new FakeExcel({ excelApi: "1.5" });
    old.addSheet("Risks", [["ID"], ["R-1"]]);
    const res = await host(old).applyPlans([riskPlan(3)]);
    expect(old.ledger.suspendCalls).toBe(0);
    expect(old.sheet("IMM Risk Review").conditionalFormats).toHaveLength(0);
    expect(res.notes.join(" ")).toMatch(/conditional formats need Excel API 1.6/);
    const modern = userWorkbook();
    await host(modern).applyPlans([riskPlan(3)]);
    expect(modern.ledger.suspendCalls).toBeGreaterThan(0);
    expect(modern.ledger.suspendCalls).toBe(modern.ledger.syncs - 1); // every write sync, not the read
  });
});

describe("OfficeHost.applyPlans: text stays text (issue 9 §4)", () => {
  it("keeps every string of the plan as the same text, whatever it looks like; numbers stay numbers", async () => {
    const texts = ["Jan 2025", "Mar-25", "10:30 AM", "#N/A", "'quoted", "''twice", "=SUM(A1)", "007", "1/2", "TRUE", "50%", "Q1 2025", "plain"];
    const p = emptyPlan("risk", "IMM Risk Review");
    p.blocks.push({ row: 0, col: 0, values: [["Text", "Number"], ...texts.map((t, i) => [t, i + 0.5])], columnFormats: [undefined, "0.0"] });
    const x = userWorkbook();
    await host(x).applyPlans([p]);
    const g = x.sheet("IMM Risk Review").grid;
    const rect = { row: 1, col: 0, rows: texts.length, cols: 1 };
    expect(g.formulas(rect).map((r) => r[0])).toEqual(texts);
    expect(g.values(rect).map((r) => r[0])).toEqual(texts);
    expect(g.valueTypes(rect).flat().every((t) => t === "String")).toBe(true);
    expect(g.values({ row: 1, col: 1, rows: 2, cols: 1 })).toEqual([[0.5], [1.5]]);
    expect(g.numberFormats({ row: 1, col: 1, rows: 1, cols: 1 })).toEqual([["0.0"]]);
  });

  it("writeSettings keeps text values as text (a period, a time, an apostrophe)", async () => {
    const x = new FakeExcel();
    x.addSheet("Settings", [["Key", "Value"], ["First period", 1], ["Cut-off", 2], ["Label", 3]]);
    x.addTable("Settings", "A1:B4", "IMM_Settings");
    await host(x).writeSettings([["First period", "Jan 2025"], ["Cut-off", "10:30 AM"], ["Label", "'Q1"]]);
    expect(x.values("Settings", "B2:B4")).toEqual([["Jan 2025"], ["10:30 AM"], ["'Q1"]]);
  });
});
