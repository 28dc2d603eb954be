/**
 * The review of the hospital sample (engineer S's data read by engineer T's readModel): targeted figures, plan
 * invariants, and a snapshot of the plan data (compact text rendering, numbers to 10 significant digits).
 */
import { hospitalSample, sampleToSnapshot, HOSPITAL_REVIEW_DATE } from "../samples";
import { readModel } from "../tables";
import { buildReviewPlans, buildTemplatePlans, summarize } from "./index";
import { a1, rangeA1, type PlanValue, type SheetPlan } from "./plan";
import { duplicateTableNames, formulaLike, planProblems, unexplainedNumbers, userTexts } from "./__tests__/invariants";

const model = readModel(sampleToSnapshot(hospitalSample()));
const { plans, assessment: a } = buildReviewPlans(model);
const plan = (key: string): SheetPlan => plans.find((p) => p.key === key)!;

function show(v: PlanValue): string {
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(10)));
  return v === null ? "" : String(v);
}

/** A compact, stable text rendering of a plan for the snapshot. */
function render(p: SheetPlan): string {
  const lines = [`# ${p.name} (${p.key}) tab ${p.tabColor ?? "-"} freeze ${JSON.stringify(p.freeze ?? null)}`];
  for (const b of p.blocks) {
    const fmt = b.columnFormats ? ` [${b.columnFormats.map((f) => f ?? "").join("|")}]` : b.numberFormat ? ` [${b.numberFormat}]` : "";
    const st = b.style ? ` ${JSON.stringify(b.style)}` : "";
    lines.push(`${a1(b.row, b.col)}${fmt}${st}`, ...b.values.map((r) => `  ${r.map(show).join(" | ")}`));
  }
  lines.push(...p.styles.map((s) => `style ${rangeA1(s.range)} ${JSON.stringify(s.style)}`));
  lines.push(`widths ${p.columnWidths.map((w) => `${w.col}:${w.width}`).join(" ")}`);
  lines.push(...p.merges.map((m) => `merge ${rangeA1(m)}`));
  lines.push(...p.tables.map((t) => `table ${t.name} ${rangeA1(t.range)} ${t.style}`));
  lines.push(...p.conditionalFormats.map((c) => `cf ${rangeA1(c.range)} ${JSON.stringify({ ...c, range: undefined })}`));
  lines.push(...p.charts.map((c) => `chart ${c.kind} "${c.title}" data ${rangeA1(c.data)} at ${rangeA1(c.anchor)} y ${c.yMin ?? ""}–${c.yMax ?? ""}`));
  lines.push(...p.explanations.map((e) => `explain ${e.address} ${e.label} :: ${e.formula} :: ${e.inputs.join("; ")}`));
  return lines.join("\n");
}

describe("review of the hospital sample", () => {
  it("reads without problems", () => {
    expect(model.problems).toEqual([]);
    expect(a.reviewDate).toBe(HOSPITAL_REVIEW_DATE);
  });

  it("pillar indices, integrated index and statuses", () => {
    const s = summarize(a);
    expect(s.indices.partnership).toBeCloseTo(61.6071, 3);
    expect(s.indices.risk).toBeCloseTo(70.1935, 3);
    expect(s.indices.performance).toBeCloseTo(93.9808, 3);
    expect(s.integrated).toBeCloseTo((61.6071 + 70.1935 + 93.9808) / 3, 3);
    expect(s.statuses).toEqual({ partnership: "Amber", risk: "Amber", performance: "Green", integrated: "Amber" });
  });

  it("deductions: £11,850 calculated, £2,700 waived (helpdesk 2025-Q2 relief event), £9,150 applied", () => {
    const k = a.performance!;
    expect(k.byPeriod.map((p) => [p.period, p.points, p.calculated, p.applied])).toEqual([
      ["2025-Q1", 3, 0, 0], ["2025-Q2", 46, 3900, 1200], ["2025-Q3", 63, 6450, 6450], ["2025-Q4", 30, 1500, 1500]]);
    expect(k.totals).toMatchObject({ points: 142, calculated: 11850, waived: 2700, applied: 9150 });
    expect(k.totals.pctOfPayment).toBeCloseTo(9150 / 18_400_000, 12);
    expect(k.waivedItems.map((w) => [w.row.kpi, w.period, w.points])).toEqual([["Helpdesk calls answered within 30 seconds", "2025-Q2", 18]]);
    expect(k.waivedItems[0].row.waiverReason).toMatch(/^Relief event/);
  });

  it("heat-map cell counts (open threats)", () => {
    const r = a.risk!;
    expect(r.risks).toHaveLength(40);
    expect(r.openThreatCount).toBe(31);
    expect(r.residualHeat.counts).toEqual([[0, 0, 1, 0, 1], [0, 3, 4, 0, 0], [1, 5, 3, 1, 0], [0, 8, 2, 1, 0], [0, 0, 1, 0, 0]]);
    expect(r.inherentHeat.counts[2][2]).toBe(6); // L3 × C3
    expect(r.inherentHeat.counts[3][2]).toBe(6); // L4 × C3
    expect(r.inherentHeat.counts.flat().reduce((s, n) => s + n, 0)).toBe(31);
  });

  it("partnership: gap alerts and weakest factors", () => {
    const p = a.partnership!;
    expect(p.periods).toEqual(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]);
    expect(p.gapAlerts.map((f) => f.factor)).toEqual(["Organisational culture", "Management commitment and support", "Clear and open communication"]);
    expect(p.weakest[0].factor).toBe("Clear and open communication");
  });

  it("plans are sound, table names unique, no formula-like text but the user's", () => {
    for (const p of plans) expect([p.name, planProblems(p)]).toEqual([p.name, []]);
    expect(duplicateTableNames([...plans, ...buildTemplatePlans(undefined, true)])).toEqual([]);
    expect(formulaLike(plans, userTexts(model))).toEqual([]);
  });

  it("every computed number has an explanation (only copied inputs and chart data go without)", () => {
    expect(plans.flatMap(unexplainedNumbers)).toEqual([]);
  });

  it("dashboard tiles show the indices", () => {
    const d = plan("dashboard");
    const tiles = d.explanations.filter((e) => / index$/.test(e.label)).map((e) => e.label);
    expect(tiles).toEqual(["Partnership index", "Risk index", "Performance index", "Integrated index"]);
  });

  it.each(["risk", "partnership", "performance", "integrated", "dashboard"])("plan data of %s matches the snapshot", (key) => {
    expect(render(plan(key))).toMatchSnapshot();
  });
});
