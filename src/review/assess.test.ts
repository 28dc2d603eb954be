import { exposureSim, mulberry32 } from "../imm/index";
import { DEFAULT_SETTINGS } from "../imm/defaults";
import { assess } from "./assess/assess";
import { simRiskOf, simulate, simulateGroups } from "./assess/assess-risk";
import { summarize } from "./index";
import { action, fixtureModel, REVIEW } from "./testing/fixture";

describe("assess: risk pillar", () => {
  const a = assess(fixtureModel());
  const r = a.risk!;
  const byId = (id: string) => r.risks.find((x) => x.id === id)!;

  it("scores inherent and residual (effectiveness and residual L×C)", () => {
    expect(byId("R-1")).toMatchObject({ inherentScore: 20, inherentRating: "Extreme", residualScore: 10, residualRating: "High", residualBasis: "effectiveness" });
    expect(byId("R-2")).toMatchObject({ inherentScore: 9, inherentRating: "Medium", residualScore: 4, residualRating: "Low", residualBasis: "lc" });
  });

  it("places residual cells: inherent L with scaled consequence, or residual L and C", () => {
    expect(byId("R-1").residualCell).toEqual({ l: 4, c: 3 });
    expect(byId("R-2").residualCell).toEqual({ l: 2, c: 2 });
  });

  it("counts only open threats in the heat maps", () => {
    expect(r.inherentHeat.counts[3][4]).toBe(1);
    expect(r.inherentHeat.counts[2][2]).toBe(1);
    expect(r.inherentHeat.counts[4][4]).toBe(0); // R-3 is closed
    expect(r.residualHeat.counts[3][2]).toBe(1);
    expect(r.residualHeat.ids[1][1]).toEqual(["R-2"]);
    expect(r.residualHeat.counts.flat().reduce((s, n) => s + n, 0)).toBe(2);
  });

  it("risk index over open threats' residual scores", () => {
    expect(r.index).toBeCloseTo(100 * (1 - 7 / 25), 10);
    expect(r.topThreats.map((t) => t.id)).toEqual(["R-1", "R-2"]);
  });

  it("opportunities and expected exposure with signs", () => {
    expect(r.opportunities).toMatchObject({ count: 2, openCount: 1, realisedCount: 1, realisedValue: 300, expectedValue: 300 });
    expect(byId("R-1").expectedValue).toBe(-500);
    expect(byId("R-2").expectedValue).toBeCloseTo(-40, 10);
    expect(r.overall.threatCost).toBeCloseTo(540, 10);
    expect(r.overall.opportunityValue).toBe(300);
    expect(r.overall.net).toBeCloseTo(-240, 10);
    expect(r.byCategory.map((g) => g.key)).toEqual(["Financial", "Innovation"]);
    expect(r.byAllocation.find((g) => g.key === "Public")?.threatCost).toBe(500);
  });

  it("simulates P50/P90 by allocation as by category (IMM-SPEC §4)", () => {
    const pub = r.byAllocation.find((g) => g.key === "Public")!;
    const priv = r.byAllocation.find((g) => g.key === "Private")!;
    expect(pub.simulatedIds).toEqual(["R-1"]);
    expect([pub.p50, pub.p90]).toEqual([simulate([simRiskOf(byId("R-1"))!], DEFAULT_SETTINGS).p50, simulate([simRiskOf(byId("R-1"))!], DEFAULT_SETTINGS).p90]);
    expect(pub.p90).toBe(1000); // occurs with p = 0.5, a constant 1000 when it does
    expect(priv.p50).not.toBeNull();
    expect(priv.p50!).toBeLessThanOrEqual(priv.p90!);
  });

  it("simulates P50 ≤ P90 deterministically", () => {
    const again = assess(fixtureModel()).risk!;
    expect(again.overall.p50).toBe(r.overall.p50);
    expect(r.overall.p50!).toBeLessThanOrEqual(r.overall.p90!);
    expect(r.overall.p90!).toBeGreaterThanOrEqual(1000);
    expect(r.overall.p90!).toBeLessThanOrEqual(1400);
    expect(r.overall.simulatedIds).toEqual(["R-1", "R-2"]);
  });

  it("simulated percentiles equal EXPOSURESIM with the same seed (what a user can reproduce in Excel)", () => {
    const sims = r.risks.map(simRiskOf).filter((x) => x !== null);
    expect(sims).toHaveLength(2);
    const settings = { ...DEFAULT_SETTINGS, simulationIterations: 2000, simulationSeed: 7 };
    const got = simulate(sims, settings);
    expect(got.p50).toBe(exposureSim(sims, 0.5, 2000, mulberry32(7)));
    expect(got.p90).toBe(exposureSim(sims, 0.9, 2000, mulberry32(7)));
  });
});

describe("assess: partnership pillar", () => {
  const p = assess(fixtureModel()).partnership!;
  it("index and gap per period, latest and change", () => {
    expect(p.periods).toEqual(["Q1", "Q2"]);
    expect(p.byPeriod[0].index).toBeCloseTo(56.25, 10);
    expect(p.byPeriod[0].gap).toBeCloseTo(1.5, 10);
    expect(p.index).toBeCloseTo(62.5, 10);
    expect(p.change).toBeCloseTo(6.25, 10);
  });
  it("flags gaps, finds weakest factors and per-factor change", () => {
    expect(p.gapAlerts.map((f) => f.factor)).toEqual(["Communication"]);
    expect(p.weakest.map((f) => f.factor)).toEqual(["Communication", "Culture"]);
    expect(p.factors.find((f) => f.factor === "Culture")!.change).toBeCloseTo(0.5, 10);
    expect(p.factors.find((f) => f.factor === "Communication")!.score).toBeCloseTo(50, 10);
  });
});

describe("assess: performance pillar", () => {
  const k = assess(fixtureModel()).performance!;
  it("failure: at the threshold, or short of target without one", () => {
    const q2 = k.kpis.filter((x) => x.period === "Q2");
    expect(q2.map((x) => [x.score, x.failed])).toEqual([[0, true], [expect.closeTo(100 * 0.97 / 0.98, 8), true]]);
    expect(k.kpis[0]).toMatchObject({ met: true, failed: false, score: 100 });
  });
  it("deductions: calculated, waived, applied, % of payment (no cap per period)", () => {
    expect(k.byPeriod[0]).toMatchObject({ points: 30, calculated: 1000, applied: 1000, waived: 0 });
    expect(k.byPeriod[1]).toMatchObject({ points: 60, waivedPoints: 50, calculated: 4000, applied: 0, waived: 4000 });
    expect(k.cap).toBe(2000);
    expect(k.totals).toMatchObject({ calculated: 5000, appliedBeforeCap: 1000, capRemoved: 0, applied: 1000, waived: 4000, pctOfPayment: 0.01 });
    expect(k.waivedItems.map((w) => w.row.waiverReason)).toEqual(["Relief event"]);
  });
  it("the deduction cap is annual: it limits the total applied over the periods, not each period", () => {
    const m = fixtureModel();
    m.kpis = m.kpis!.map((r) => ({ ...r, waived: false }));
    const c = assess(m).performance!;
    expect(c.byPeriod.map((p) => p.applied)).toEqual([1000, 4000]);
    expect(c.totals).toMatchObject({ calculated: 5000, waived: 0, appliedBeforeCap: 5000, applied: 2000, capRemoved: 3000, pctOfPayment: 0.02 });
    m.contract = { ...m.contract!, deductionCapPct: undefined };
    expect(assess(m).performance!.totals).toMatchObject({ applied: 5000, capRemoved: 0 });
  });
  it("index per period, latest, trends", () => {
    expect(k.byPeriod[0].index).toBeCloseTo((100 + 100 * 0.9 / 0.98) / 2, 8);
    expect(k.index).toBeCloseTo((0 + 100 * 0.97 / 0.98) / 2, 8);
    expect(k.indexTrend).toBe("Declining");
    expect(k.failureRateTrend).toBe("Declining");
    expect(k.failing.map((x) => x.row.kpi)).toEqual(["Helpdesk calls answered", "Cleaning audits"]);
  });
  it("no point value: deductions not calculated (null, not 0)", () => {
    const m = fixtureModel();
    m.contract = { ...m.contract!, pointValue: undefined };
    expect(assess(m).performance!.totals.applied).toBeNull();
  });
});

describe("assess: integration and actions", () => {
  const a = assess(fixtureModel());
  it("integrated index and statuses", () => {
    const [p, r, k] = a.integrated.pillars;
    expect(a.integrated.index).toBeCloseTo((p.index! + r.index! + k.index!) / 3, 10);
    expect(a.integrated.pillars.map((x) => x.status)).toEqual(["Amber", "Amber", "Red"]);
    expect(a.integrated.status).toBe("Amber");
  });
  it("skips a not-assessed pillar instead of counting it as 0", () => {
    const m = fixtureModel();
    m.partnership = null;
    const b = assess(m);
    expect(b.integrated.pillars[0]).toMatchObject({ index: null, status: null });
    expect(b.integrated.index).toBeCloseTo((b.risk!.index! + b.performance!.index!) / 2, 10);
    expect(summarize(b).indices.partnership).toBeNull();
  });
  it("nothing assessed → integrated null", () => {
    const m = fixtureModel();
    Object.assign(m, { risks: null, partnership: null, kpis: null });
    expect(assess(m).integrated).toMatchObject({ index: null, status: null });
  });
  it("links risks to factors and KPIs", () => {
    expect(a.integrated.links.map((l) => [l.risk.id, l.item, l.itemKind])).toEqual([
      ["R-1", "Helpdesk calls answered", "kpi"], ["R-4", "Culture", "factor"]]);
  });
  it("prioritised plan: existing (done left out, overdue flagged) and suggestions", () => {
    const rows = a.integrated.actions.map((x) => [x.source, x.linkedItem, Math.round(x.priorityScore), x.priority, x.overdue]);
    expect(rows).toEqual([
      ["existing", "Helpdesk calls answered", 100, "High", true],
      ["suggested", "Communication", 50, "Medium", false],
      ["suggested", "R-1", 40, "Medium", false],
      ["existing", "", 25, "Low", false],
      ["suggested", "Cleaning audits", 1, "Low", false],
    ]);
    expect(a.integrated.overdue).toHaveLength(1);
  });
  it("opportunities are not prioritised like threats: no suggestions, linked actions Low unless their Priority says otherwise", () => {
    const m = fixtureModel();
    m.risks![3] = { ...m.risks![3], likelihood: 5, consequence: 5 }; // an opportunity scoring 25 of 25
    m.actions = [action("Pursue R-4", REVIEW + 10, { linkedItem: "R-4" }, 4), action("Pursue R-4 fast", REVIEW + 10, { linkedItem: "r-4", priority: "High" }, 5)];
    const plan = assess(m).integrated.actions;
    const ex = plan.filter((x) => x.source === "existing").map((x) => [x.action, x.priorityScore, x.priority, x.reason]);
    expect(ex).toEqual([
      ["Pursue R-4 fast", 75, "High", 'Opportunity R-4; Priority "High" → 75'],
      ["Pursue R-4", 25, "Low", "Opportunity R-4: pursued at Low priority → 25 (opportunities are not prioritised like threats)"],
    ]);
    const m2 = fixtureModel();
    m2.risks![3] = { ...m2.risks![3], likelihood: 5, consequence: 5 };
    expect(assess(m2).integrated.actions.filter((x) => x.source === "suggested" && x.linkKind === "risk").map((x) => x.linkedItem)).toEqual(["R-1"]);
  });
  it("a suggestion that takes a past Due date from its threat is overdue", () => {
    const m = fixtureModel();
    m.risks![0] = { ...m.risks![0], due: REVIEW - 5 };
    const b = assess(m);
    const s = b.integrated.actions.find((x) => x.source === "suggested" && x.linkedItem === "R-1")!;
    expect([s.due, s.overdue]).toEqual([REVIEW - 5, true]);
    expect(b.integrated.overdue.map((x) => x.linkedItem)).toContain("R-1");
    m.risks![0] = { ...m.risks![0], due: REVIEW + 5 };
    expect(assess(m).integrated.actions.find((x) => x.linkedItem === "R-1")!.overdue).toBe(false);
  });
  it("review date: contract first, else the option, else none", () => {
    const m = fixtureModel();
    expect(assess(m, { reviewDate: 1 }).reviewDate).toBe(REVIEW);
    m.contract = { ...m.contract!, reviewDate: undefined };
    expect(assess(m, { reviewDate: 46000 }).reviewDate).toBe(46000);
    const none = assess(m);
    expect(none.reviewDate).toBeNull();
    expect(none.integrated.overdue).toHaveLength(0);
  });
  it("summarize counts problems", () => {
    const m = fixtureModel();
    m.problems = [{ severity: "error", table: "IMM_Risks", sheet: "Risks", address: "E7", message: "Risks!E7: bad" }];
    expect(summarize(assess(m))).toMatchObject({ problemCount: 1, errorCount: 1, statuses: { performance: "Red" } });
  });

  it("takes category and allocation P50/P90 from one joint run: a group holding every threat has the overall figures", () => {
    const sims = assess(fixtureModel()).risk!.risks.map(simRiskOf).filter((x) => x !== null);
    expect(sims.length).toBeGreaterThan(1);
    const settings = { ...DEFAULT_SETTINGS, simulationIterations: 3000, simulationSeed: 11 };
    const joint = simulateGroups(sims, sims.map((_, i) => ["everything", i === 0 ? "first" : "rest"]), settings);
    expect(joint.overall).toEqual(simulate(sims, settings));
    expect(joint.groups[0].get("everything")).toEqual(joint.overall);
    expect(joint.groups[1].get("first")).toEqual(simulate([sims[0]], settings)); // the first risk's draws open the stream
    expect(joint.groups[1].get("rest")!.p90!).toBeLessThanOrEqual(joint.overall.p90!);
  });
});
