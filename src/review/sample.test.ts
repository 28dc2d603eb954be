/**
 * The review of the hospital sample (src/samples read by readModel): targeted figures, plan
 * invariants, and a snapshot of the plan data (compact text rendering, numbers to 10 significant digits).
 */
import { hospitalSample, sampleToSnapshot, HOSPITAL_REVIEW_DATE } from "../samples";
import { readModel } from "../tables";
import { buildReviewPlans, summarize } from "./index";
import { buildTemplatePlans } from "../templates/templates";
import { a1, rangeA1, type PlanValue, type SheetPlan } from "./kit/plan";
import { duplicateTableNames, formulaLike, planProblems, unexplainedNumbers, userTexts } from "./testing/invariants";

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

  it("deductions: £16,500 calculated, £2,700 waived (helpdesk 2025-Q2 relief event), £13,800 applied, under the £1,840,000 annual cap", () => {
    const k = a.performance!;
    // (points − 20) × £150 per quarter; Q2 applied on 62 − 18 waived = 44 points.
    expect(k.byPeriod.map((p) => [p.period, p.points, p.calculated, p.applied])).toEqual([
      ["2025-Q1", 3, 0, 0], ["2025-Q2", 62, 6300, 3600], ["2025-Q3", 78, 8700, 8700], ["2025-Q4", 30, 1500, 1500]]);
    expect(k.cap).toBe(1_840_000);
    expect(k.totals).toMatchObject({ points: 173, calculated: 16500, waived: 2700, appliedBeforeCap: 13800, capRemoved: 0, applied: 13800 });
    expect(k.totals.pctOfPayment).toBeCloseTo(13800 / 18_400_000, 12);
    expect(k.waivedItems.map((w) => [w.row.kpi, w.period, w.points])).toEqual([["Helpdesk calls answered within 30 seconds", "2025-Q2", 18]]);
    expect(k.waivedItems[0].row.waiverReason).toMatch(/^Relief event/);
  });

  it("KPI failures at threshold: one in 2025-Q2, two in 2025-Q3; failure-rate trend rising (Declining)", () => {
    const k = a.performance!;
    expect(k.byPeriod.map((p) => [p.period, p.failures, p.scored])).toEqual([["2025-Q1", 0, 15], ["2025-Q2", 1, 15], ["2025-Q3", 2, 15], ["2025-Q4", 0, 15]]);
    expect(k.kpis.filter((x) => x.failed).map((x) => `${x.period} ${x.row.kpi}`)).toEqual([
      "2025-Q2 Urgent reactive repairs rectified in time", "2025-Q3 Planned preventive maintenance completed",
      "2025-Q3 Urgent portering tasks within 15 minutes"]);
    expect(k.failureRateSlope).toBeCloseTo(1 / 150, 12); // rates 0, 1/15, 2/15, 0 over x = 0..3
    expect(k.failureRateTrend).toBe("Declining");
    expect(k.latest!.period).toBe("2025-Q4");
    expect(k.failing).toEqual([]);
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
