import { exposureSim, mulberry32 } from "../../imm/index";
import { summarize } from "../index";
import { buildPortfolio, jointSimulation, simulationSettings } from "./portfolio";
import { worstFirst } from "./order";
import { DAYS_PER_YEAR, summarizeContract } from "./summary";
import { reviewedSamples, sampleSummaries, summary } from "./testing/fixture";

describe("a contract's portfolio row", () => {
  it("equals the figures of its own review (indices, RAG, P90, deductions, high risks, overdue actions, problems)", () => {
    for (const r of reviewedSamples()) {
      const row = summarizeContract(r.file, r.model, r.assessment);
      const s = summarize(r.assessment);
      expect(row.indices).toEqual({ ...s.indices, integrated: s.integrated });
      expect(row.statuses).toEqual(s.statuses);
      expect(row.p90).toBe(r.assessment.risk?.overall.p90);
      expect(row.deductions).toBe(r.assessment.performance?.totals.applied);
      expect(row.deductionsPct).toBe(r.assessment.performance?.totals.pctOfPayment);
      expect(row.overdueActions).toBe(r.assessment.integrated.overdue.length);
      expect(row.problems).toBe(r.assessment.problems.length);
      const high = r.assessment.risk!.risks.filter((x) => x.type === "threat" && x.status === "open" && ["High", "Extreme"].includes(x.residualRating));
      expect(row.openHighRisks).toBe(high.length);
      expect(row.sector).toBe(r.model.contract?.sector);
      expect(row.yearsToExpiry).toBeCloseTo((r.model.contract!.endDate! - r.model.contract!.reviewDate!) / DAYS_PER_YEAR, 10);
      // Its threats re-simulated alone give its review's P90: the row's simulation inputs are the review's.
      expect(exposureSim(row.sims, 0.9, r.assessment.settings.simulationIterations, mulberry32(r.assessment.settings.simulationSeed))).toBe(row.p90);
    }
  });

  it("has no change since the previous review while no history is read", () => {
    for (const row of sampleSummaries()) expect(row.change).toEqual({ partnership: null, risk: null, performance: null, integrated: null });
  });
});

describe("worst first", () => {
  it("orders Red, Amber, Green, not assessed; then lowest integrated index; then nearest expiry; then name", () => {
    const list = [
      summary({ contract: "none" }),
      summary({ contract: "green", statuses: { partnership: null, risk: null, performance: null, integrated: "Green" }, indices: { partnership: null, risk: null, performance: null, integrated: 90 } }),
      summary({ contract: "amber far", statuses: { partnership: null, risk: null, performance: null, integrated: "Amber" }, indices: { partnership: null, risk: null, performance: null, integrated: 70 }, yearsToExpiry: 20 }),
      summary({ contract: "amber near", statuses: { partnership: null, risk: null, performance: null, integrated: "Amber" }, indices: { partnership: null, risk: null, performance: null, integrated: 70 }, yearsToExpiry: 2 }),
      summary({ contract: "amber low", statuses: { partnership: null, risk: null, performance: null, integrated: "Amber" }, indices: { partnership: null, risk: null, performance: null, integrated: 61 } }),
      summary({ contract: "red", statuses: { partnership: null, risk: null, performance: null, integrated: "Red" }, indices: { partnership: null, risk: null, performance: null, integrated: 59 } }),
    ];
    expect([...list].sort(worstFirst).map((c) => c.contract)).toEqual(["red", "amber low", "amber near", "amber far", "green", "none"]);
    expect(buildPortfolio([...list].reverse()).contracts.map((c) => c.contract)).toEqual(["red", "amber low", "amber near", "amber far", "green", "none"]);
  });
});

describe("portfolio threat cost", () => {
  const rows = sampleSummaries();

  it("is one joint simulation of all contracts' open threats with the seed from settings (EXPOSURESIM over them all)", () => {
    const p = buildPortfolio(rows);
    const all = [...rows].sort((a, b) => a.file.localeCompare(b.file)).flatMap((c) => c.sims);
    expect(p.simulation.seed).toBe(1);
    expect(p.simulation.threats).toBe(all.length);
    expect(p.simulation.p90).toBe(exposureSim(all, 0.9, 10000, mulberry32(1)));
    expect(p.simulation.p50).toBe(exposureSim(all, 0.5, 10000, mulberry32(1)));
  });

  it("is deterministic with the seed, whatever order the contracts arrive in, and changes with the seed", () => {
    const a = buildPortfolio(rows).simulation;
    const b = buildPortfolio([...rows].reverse()).simulation;
    expect(b).toEqual(a);
    const other = jointSimulation(rows.map((r) => ({ ...r, simulationSeed: 7 })));
    expect(other.seed).toBe(7);
    expect(other.p90).not.toBe(a.p90);
  });

  it("is below the sum of the contracts' P90s (diversification), which is never reported", () => {
    const p = buildPortfolio(rows);
    const sumOfP90s = rows.reduce((s, r) => s + (r.p90 as number), 0);
    expect(p.simulation.p90 as number).toBeLessThan(sumOfP90s);
    expect(JSON.stringify(p)).not.toContain(String(sumOfP90s));
    expect(p.expectedThreatCost).toBeCloseTo(rows.reduce((s, r) => s + (r.expectedThreatCost as number), 0), 6);
  });

  it("uses the IMM defaults when the contracts' seeds differ, and says so", () => {
    const mixed = [summary({ contract: "a", simulationSeed: 3 }), summary({ contract: "b", simulationSeed: 4 })];
    expect(simulationSettings(mixed).settings.simulationSeed).toBe(1);
    expect(simulationSettings(mixed).basis).toMatch(/defaults/);
    expect(jointSimulation([]).p90).toBeNull();
  });
});

describe("RAG counts", () => {
  it("count each index's statuses over the contracts, not assessed apart", () => {
    const p = buildPortfolio([...sampleSummaries(), summary({ contract: "empty" })]);
    expect(p.ragCounts.integrated).toEqual({ Red: 1, Amber: 3, Green: 1, none: 1 });
    const total = (k: keyof typeof p.ragCounts) => Object.values(p.ragCounts[k]).reduce((s, x) => s + x, 0);
    for (const k of ["partnership", "risk", "performance", "integrated"] as const) expect(total(k)).toBe(6);
  });
});
