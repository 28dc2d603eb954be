import { buildReviewPlans, SHEET_REGISTRY } from "./index";
import { buildTemplatePlans } from "../templates/templates";
import { a1, type SheetPlan } from "./kit/plan";
import { fixtureModel } from "./testing/fixture";
import { cellMap, duplicateTableNames, formulaLike, planProblems, unexplainedNumbers, userTexts } from "./testing/invariants";

const planOf = (plans: SheetPlan[], key: string): SheetPlan => plans.find((p) => p.key === key)!;
const valueAt = (p: SheetPlan, address: string) => {
  const m = cellMap(p);
  for (const [k, v] of m) {
    const [r, c] = k.split(",").map(Number);
    if (a1(r, c) === address) return v;
  }
  return undefined;
};
const allStrings = (p: SheetPlan): string[] => p.blocks.flatMap((b) => b.values.flat()).filter((v): v is string => typeof v === "string");

describe("buildReviewPlans on the fixture", () => {
  const model = fixtureModel();
  const { plans, assessment } = buildReviewPlans(model);

  it("builds the five sheets and the history in order with their names", () => {
    expect(plans.map((p) => p.name)).toEqual(SHEET_REGISTRY.map((s) => s.name));
    expect(plans.map((p) => p.name)).toEqual(["IMM Risk Review", "IMM Partnership Review", "IMM Performance Review", "IMM Integrated Assessment", "IMM Dashboard", "IMM History"]);
    expect(assessment.project).toBe("Fixture PPP");
  });

  it("builds only the requested sheets", () => {
    expect(buildReviewPlans(model, { sheets: ["dashboard", "risk"] }).plans.map((p) => p.key)).toEqual(["risk", "dashboard"]);
  });

  it("every plan is structurally sound (limits, explanations inside blocks, tables, charts)", () => {
    for (const p of plans) expect([p.name, planProblems(p)]).toEqual([p.name, []]);
  });

  it("every computed number has an explanation (only copied inputs and chart data go without)", () => {
    expect(plans.flatMap(unexplainedNumbers)).toEqual([]);
    const risk = planOf(plans, "risk");
    const stripped: SheetPlan = { ...risk, explanations: risk.explanations.filter((e) => e.label !== "Open threats") };
    expect(unexplainedNumbers(stripped)).toEqual(["risk C6 (Open threats)"]); // the check can fail
  });

  it("explains the previous partnership index, period counts and points, VfM values and linked risks' residual scores", () => {
    const labels = (key: string) => planOf(plans, key).explanations.map((e) => e.label);
    expect(labels("partnership")).toEqual(expect.arrayContaining(["Partnership index, Q1", "Factors rated, Q2"]));
    const prev = planOf(plans, "partnership").explanations.filter((e) => e.label === "Partnership index, Q1");
    expect(prev.length).toBeGreaterThanOrEqual(2); // summary "Previous period index" and the by-period table
    expect(labels("performance")).toEqual(expect.arrayContaining(["Performance points (all periods)", "KPIs scored, Q1", "KPI failures, Q2",
      "KPIs short of target, Q2", "Performance points, Q2", "Waived points, Q2"]));
    const perf = planOf(plans, "performance");
    const pts = perf.explanations.find((e) => e.label === "Performance points, Q2")!;
    expect(pts.formula).toBe("Σ failure points = 50 + 10 = 60");
    expect(valueAt(perf, pts.address)).toBe(60);
    const fail = perf.explanations.filter((e) => e.label === "KPI failures, Q2");
    expect(fail.map((e) => valueAt(perf, e.address))).toEqual(["2 of 2", 2]);
    const integ = planOf(plans, "integrated");
    const vfm = integ.explanations.find((e) => e.label === "Abatement as % of annual service payment")!;
    expect(vfm.formula).toBe("deductions applied / annual service payment = £1,000 / £100,000 = 1%");
    expect(labels("integrated")).toEqual(expect.arrayContaining(["Waived deductions", "Opportunities realised", "KPI failure-rate trend",
      "Residual score of R-1", "Residual rating of R-1"]));
    expect(valueAt(integ, integ.explanations.find((e) => e.label === "Residual score of R-1")!.address)).toBe(10);
  });

  it("the invariant checker itself reports broken plans", () => {
    const broken: SheetPlan = { ...planOf(plans, "risk"), explanations: [{ address: "ZZ9999", label: "x", formula: "y", inputs: [] }] };
    expect(planProblems(broken)).toEqual(["explanation ZZ9999 (x) outside written blocks"]);
    expect(duplicateTableNames([plans[0], plans[0]])).not.toEqual([]);
  });

  it("table names are unique across review plans and templates", () => {
    expect(duplicateTableNames([...plans, ...buildTemplatePlans(undefined, true)])).toEqual([]);
  });

  it("title and stamp", () => {
    const risk = planOf(plans, "risk");
    expect(valueAt(risk, "A1")).toBe("Risk Review — Fixture PPP");
    expect(valueAt(risk, "A2")).toBe("Review date 31 Mar 2026 · Source: fixture.xlsx — IMM_Risks (Risks!A3:N8)");
    expect(risk.blocks[0].style).toMatchObject({ bold: true, fontSize: 18 });
  });

  it("register explains scores with numbers and source cells", () => {
    const risk = planOf(plans, "risk");
    const e = risk.explanations.find((x) => x.label === "Residual score of R-1")!;
    expect(e.formula).toBe("RESIDUALSCORE(L, C, e) = L × C × (1 − e) = 4 × 5 × (1 − 0.5) = 10");
    expect(e.inputs).toEqual(["Likelihood 4 (Risks!D4)", "Consequence 5 (Risks!E4)", "Control effectiveness 50% (Risks!F4)"]);
    expect(valueAt(risk, e.address)).toBe(10);
  });

  it("exposure by allocation shows simulated P50 and P90 threat cost, explained", () => {
    const risk = planOf(plans, "risk");
    const t = risk.tables.find((x) => x.name === "IMM_ExposureByAllocation")!;
    expect(t.range.cols).toBe(8);
    expect(valueAt(risk, a1(t.range.row, t.range.col + 7))).toBe("P90 threat cost");
    const e = risk.explanations.find((x) => x.label === "Simulated threat cost P90 — Public")!;
    expect(e.formula).toMatch(/^P90 of this group's share of each of the 10000 simulated years of EXPOSURESIM\(p, min, most likely, max, 0\.9, 10000, seed 1\) over all open threats = £1,000/);
    expect(valueAt(risk, e.address)).toBe(1000);
  });

  it("colours ratings with the four rating styles and uses threshold fills, icons and data bars (no colour scales, issue 11 §5)", () => {
    const risk = planOf(plans, "risk");
    const extreme = risk.conditionalFormats.find((c) => c.kind === "textEquals" && c.text === "Extreme");
    expect(extreme).toMatchObject({ style: { fill: "#FFC7CE", fontColor: "#9C0006" } });
    const kinds = new Set(plans.flatMap((p) => p.conditionalFormats.map((c) => c.kind)));
    expect([...kinds].sort()).toEqual(["cellValue", "dataBar", "iconSet", "textEquals"]);
    const icons = plans.flatMap((p) => p.conditionalFormats).find((c) => c.kind === "iconSet");
    expect(icons).toMatchObject({ icons: "3TrafficLights", thresholds: [59.95, 79.95] }); // cut-offs on the raw value for the index as shown (review/kit/rag)
  });

  it("heat map grid: counts with L5 at the top and cell fills by band", () => {
    const risk = planOf(plans, "risk");
    const e = risk.explanations.find((x) => x.label === "Residual heat map, likelihood 4 × consequence 3")!;
    expect(valueAt(risk, e.address)).toBe(1);
    const top = risk.explanations.find((x) => x.label === "Residual heat map, likelihood 5 × consequence 1")!;
    expect(Number(/\d+$/.exec(top.address)![0])).toBe(Number(/\d+$/.exec(e.address)![0]) - 1);
    const fill = risk.styles.find((s) => a1(s.range.row, s.range.col) === e.address)!;
    expect(fill.style.fill).toBe("#F8CBAD"); // 4 × 3 = 12 → High
  });

  it("heat-map captions and notes follow the likelihood and consequence scales", () => {
    const five = plans;
    expect(allStrings(planOf(five, "dashboard"))).toContain("Residual heat map (open threats; rows L5→L1, columns C1→C5)");
    expect(allStrings(planOf(five, "risk"))).toContain("Rows: likelihood 5 (Almost certain) at the top down to 1 (Rare); columns: consequence 1 (Insignificant) to 5 (Severe). Cell colour = rating of L × C: green Low ≤ 4, yellow Medium ≤ 9, orange High ≤ 16, red Extreme above.");
    const m = fixtureModel();
    m.settings = { ...m.settings, likelihoodScale: 4, consequenceScale: 6 };
    const out = buildReviewPlans(m).plans;
    expect(allStrings(planOf(out, "dashboard"))).toContain("Residual heat map (open threats; rows L4→L1, columns C1→C6)");
    expect(allStrings(planOf(out, "risk"))).toContain("Rows: likelihood 4 at the top down to 1; columns: consequence 1 to 6. Cell colour = rating of L × C: green Low ≤ 4, yellow Medium ≤ 9, orange High ≤ 16, red Extreme above.");
    for (const p of out) expect(planProblems(p)).toEqual([]);
  });

  it("charts: pillar indices 0–100, performance and partnership index by period", () => {
    const titles = plans.flatMap((p) => p.charts.map((c) => `${p.key}: ${c.title}`));
    expect(titles).toEqual(expect.arrayContaining(["partnership: Partnership index by period", "performance: Performance index by period",
      "integrated: Pillar indices (0–100)", "dashboard: Pillar indices (0–100)"]));
    const pillar = planOf(plans, "integrated").charts[0];
    expect(pillar).toMatchObject({ kind: "bar", yMin: 0, yMax: 100 });
  });

  it("performance sheet shows waived deductions with reasons and the % of payment", () => {
    const perf = planOf(plans, "performance");
    expect(allStrings(perf)).toContain("Relief event");
    const pct = perf.explanations.find((x) => x.label === "Deductions applied as % of annual service payment")!;
    expect(valueAt(perf, pct.address)).toBeCloseTo(0.01, 12);
    expect(pct.formula).toBe("£1,000 / £100,000 = 1%");
    const q2 = perf.explanations.find((x) => x.label === "Deduction calculated, Q2")!;
    expect(q2.formula).toBe("DEDUCTION(points, value, threshold) = max(0, 60 − 20) × £100 = £4,000");
    const total = perf.explanations.find((x) => x.label === "Deductions applied (all periods)")!;
    expect(total.formula).toBe("min(Σ per-period DEDUCTION on points not waived = £1,000 + £0 = £1,000, annual cap £2,000) = £1,000 (under the cap)");
    expect(allStrings(perf).some((t) => t.startsWith("Annual cap: deduction cap % × annual service payment = £2,000") && t.includes("not reached"))).toBe(true);
  });

  it("performance sheet: the annual cap removes the excess from the total applied, shown on the sheet", () => {
    const m = fixtureModel();
    m.kpis = m.kpis!.map((r) => ({ ...r, waived: false }));
    const perf = planOf(buildReviewPlans(m).plans, "performance");
    const total = perf.explanations.find((x) => x.label === "Deductions applied (all periods)")!;
    expect(valueAt(perf, total.address)).toBe(2000);
    expect(total.formula).toBe("min(Σ per-period DEDUCTION on points not waived = £1,000 + £4,000 = £5,000, annual cap £2,000) = £2,000 — capped: £3,000 removed");
    const removed = perf.explanations.find((x) => x.label === "Deductions removed by the annual cap")!;
    expect(valueAt(perf, removed.address)).toBe(3000);
    expect(allStrings(perf).some((t) => t.startsWith("Annual cap:") && t.includes("capped — £3,000 removed"))).toBe(true);
    expect(planProblems(perf)).toEqual([]);
  });

  it("dashboard: four tiles, RAG fills, top risks and actions (overdue and due soon)", () => {
    const d = planOf(plans, "dashboard");
    const strings = allStrings(d);
    for (const w of ["Partnership", "Risk", "Performance", "Integrated", "Amber", "Red"]) expect(strings).toContain(w);
    expect(d.styles.some((s) => s.style.fill === "#FFC7CE")).toBe(true); // the Red performance tile
    expect(d.tables.map((t) => t.name)).toEqual(["IMM_DashboardTopRisks", "IMM_DashboardActions"]);
    expect(strings).toContain("Fix helpdesk");
    expect(d.explanations.find((x) => x.label === "Integrated index")?.formula).toMatch(/^INTEGRATEDINDEX = Σ w × pillar index \/ Σ w = \(1 × 62\.5 \+ 1 × 72 \+ 1 × 49\.5\) \/ 3 = 61\.3$/);
  });

  it("not-assessed pillars show 'Not assessed', never a fake 0", () => {
    const m = fixtureModel();
    m.partnership = null;
    const out = buildReviewPlans(m).plans;
    const d = planOf(out, "dashboard");
    const tileCol = 0;
    const tileValue = valueAt(d, a1(4, tileCol));
    expect(tileValue).toBe("Not assessed");
    expect(allStrings(planOf(out, "partnership"))[2]).toMatch(/^Not assessed: no IMM_Partnership table/);
    const chart = d.charts.find((c) => c.title.startsWith("Pillar"))!;
    expect(chart.data.rows).toBe(4); // header + risk, performance, integrated
    for (const p of out) expect(planProblems(p)).toEqual([]);
  });

  it("an empty workbook still gives sound plans", () => {
    const m = fixtureModel();
    Object.assign(m, { risks: null, partnership: null, kpis: null, contract: null, actions: null, sources: [] });
    const out = buildReviewPlans(m).plans;
    for (const p of out) expect(planProblems(p)).toEqual([]);
    expect(valueAt(planOf(out, "risk"), "A2")).toBe("Review date not set · Source: fixture.xlsx");
  });

  it("user text that looks like a formula arrives unchanged as text; nothing else looks like one", () => {
    const m = fixtureModel();
    m.risks![0] = { ...m.risks![0], statement: '=HYPERLINK("http://x","y")', owner: "+cmd", category: "-1+1" };
    m.kpis![1] = { ...m.kpis![1], kpi: "@SUM(A1)" };
    m.kpis![3] = { ...m.kpis![3], kpi: "@SUM(A1)" };
    const out = buildReviewPlans(m).plans;
    expect(formulaLike(out, userTexts(m))).toEqual([]);
    expect(allStrings(planOf(out, "risk"))).toEqual(expect.arrayContaining(['=HYPERLINK("http://x","y")', "+cmd", "-1+1"]));
    expect(allStrings(planOf(out, "performance"))).toContain("@SUM(A1)");
    expect(formulaLike(out, new Set())).not.toEqual([]); // the check can fail
  });
});
