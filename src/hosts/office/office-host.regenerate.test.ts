/**
 * Issue 9 §2 on the fake: regeneration keeps the user's links. The fake turns references to deleted sheets and
 * tables into #REF! for good (links.ts, names.ts); regenerating in place keeps the same sheet and table objects.
 */
import { dumpUserData, FakeExcel, seedImmWorkbook, UserLinks } from "../../../test/fakes/office";
import { fakeHost } from "../../../test/fixtures/office-review";
import { buildReviewPlans } from "../../review";
import { emptyPlan, type SheetPlan } from "../../review/kit/plan";
import { readModel } from "../../tables";


async function reviewPlans(x: FakeExcel): Promise<SheetPlan[]> {
  return buildReviewPlans(readModel(await fakeHost(x).readSnapshot())).plans;
}

function riskPlan(rows: number, at = 2): SheetPlan {
  const p = emptyPlan("risk", "IMM Risk Review");
  p.blocks.push({ row: 0, col: 0, values: [[`Risk review (${rows})`]] });
  p.blocks.push({ row: at, col: 0, values: [["ID", "Score"], ...Array.from({ length: rows }, (_, i) => [`R-${i + 1}`, i + 1])] });
  p.tables.push({ name: "IMM_RiskRegister", range: { row: at, col: 0, rows: rows + 1, cols: 2 }, style: "TableStyleMedium2" });
  p.merges.push({ row: 0, col: 0, rows: 1, cols: 2 });
  p.charts.push({ title: "Scores", kind: "column", data: { row: at, col: 0, rows: rows + 1, cols: 2 }, anchor: { row: 0, col: 4, rows: 10, cols: 6 } });
  return p;
}

describe("Office host: regeneration keeps the user's links (issue 9 §2)", () => {
  it("a cell link, a defined name and a structured reference to generated sheets survive a regeneration", async () => {
    const x = new FakeExcel();
    seedImmWorkbook(x, { risks: 30, kpis: 8 });
    const h = fakeHost(x);
    const plans = await reviewPlans(x);
    await h.applyPlans(plans);
    const owned = await h.listOwnedSheets();
    const dashboard = owned.find((o) => o.key === "dashboard")?.name as string;
    const links = new UserLinks(x);
    links.addCellLink("cell", dashboard, "B5");
    links.addTableLink("structured", "IMM_DashboardTopRisks", "Score");
    x.addName("MyDashboardCell", `'${dashboard}'!$B$5`);
    const before = { cell: links.value("cell"), structured: links.value("structured") };

    const res = await h.applyPlans(plans);
    expect(res.sheets).toEqual(owned.map((o) => o.name));
    expect(links.formula("cell")).toBe(`='${dashboard}'!B5`);
    expect(links.value("cell")).toEqual(before.cell);
    expect(links.formula("structured")).toBe("=IMM_DashboardTopRisks[Score]");
    expect(links.value("structured")).toEqual(before.structured);
    expect(dumpUserData(x.model, []).names).toContain(`MyDashboardCell=${dashboard}`);
    expect(res.edited).toEqual([]);
  });

  it("rewrites an owned sheet in place: the table grows and shrinks with its data, old charts and merges go", async () => {
    const x = new FakeExcel();
    x.addSheet("Data", [["x"]]);
    const h = fakeHost(x);
    await h.applyPlans([riskPlan(5)]);
    const sheet = x.sheet("IMM Risk Review");
    const links = new UserLinks(x);
    links.addTableLink("scores", "IMM_RiskRegister", "Score");
    links.addCellLink("title", "IMM Risk Review", "A1");

    await h.applyPlans([riskPlan(8)]);
    expect(x.sheet("IMM Risk Review")).toBe(sheet); // the same sheet object
    expect(links.value("scores")).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    await h.applyPlans([riskPlan(3)]);
    expect(links.value("scores")).toEqual([1, 2, 3]);
    expect(links.value("title")).toBe("Risk review (3)");
    expect(x.values("IMM Risk Review", "A6:B8")).toEqual([["R-3", 3], ["", ""], ["", ""]]); // old rows cleared
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.merges).toHaveLength(1);
    expect(x.model.tables.map((t) => t.name)).toEqual(["IMM_RiskRegister"]);
  });

  it("a table whose header row moved is re-created under the same name, with a note that links to it were lost", async () => {
    const x = new FakeExcel();
    x.addSheet("Data", [["x"]]);
    const h = fakeHost(x);
    await h.applyPlans([riskPlan(5)]);
    const res = await h.applyPlans([riskPlan(5, 4)]);
    expect(res.notes.join(" ")).toMatch(/IMM_RiskRegister was re-created; formulas that referred to it show #REF!/);
    expect(x.model.tables.map((t) => `${t.name}@${t.rect.row}`)).toEqual(["IMM_RiskRegister@4"]);
  });

  it("reports an owned sheet the user edited since it was generated before overwriting it", async () => {
    const x = new FakeExcel();
    x.addSheet("Data", [["x"]]);
    const h = fakeHost(x);
    const first = await h.applyPlans([riskPlan(5)]);
    expect(first.edited).toEqual([]);
    x.sheet("IMM Risk Review").grid.setValues({ row: 20, col: 0, rows: 1, cols: 1 }, [["my note"]]);
    const second = await h.applyPlans([riskPlan(5)]);
    expect(second.edited).toEqual(["IMM Risk Review"]);
    expect(second.notes.join(" ")).toMatch(/"IMM Risk Review" had changes of yours since IMM generated it; they were overwritten/);
    const third = await h.applyPlans([riskPlan(5)]);
    expect(third.edited).toEqual([]);
  });

  it("tells, before any write, which owned sheets the user edited (listOwnedSheets), so the task pane can ask first", async () => {
    const x = new FakeExcel();
    x.addSheet("Data", [["x"]]);
    const h = fakeHost(x);
    await h.applyPlans([riskPlan(5)]);
    expect(await h.listOwnedSheets()).toEqual([{ key: "risk", name: "IMM Risk Review", edited: false }]);
    x.sheet("IMM Risk Review").grid.setValues({ row: 20, col: 0, rows: 1, cols: 1 }, [["my note"]]);
    expect(await h.listOwnedSheets()).toEqual([{ key: "risk", name: "IMM Risk Review", edited: true }]);
  });
});
