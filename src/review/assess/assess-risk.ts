/**
 * Risk pillar of the assessment. Rules (documented for the review sheets):
 * - Residual score = residual L × residual C when either is given (the missing one takes the inherent value),
 *   else L × C × (1 − e) with control effectiveness e (0 when not given).
 * - Heat-map cells: inherent at (L, C); residual at (residual L, residual C) rounded, or — for an
 *   effectiveness-based residual — at the inherent L with the consequence scaled, round(C × (1 − e)) (at least 1):
 *   controls are read as reducing consequence.
 * - Heat maps, top threats, expected/simulated exposure and the risk index count OPEN risks only
 *   (Closed and Realised risks are history). Opportunities never enter ratings or the risk index.
 * - Expected value uses Impact, else Most likely; simulation uses PERT(Min, Most likely, Max) with missing ends
 *   taking the most likely value (a constant when only one impact is given).
 * - "Not quantified" (null), never 0 or blank, is shown for an exposure figure that cannot be computed: the overall
 *   threat figures (expected cost, P50, P90) when no open threat has both a probability and an impact — including when
 *   there is no open threat at all (all closed, or only opportunities) — and the overall opportunity value likewise;
 *   exposureNotes says why in words. A category's or allocation's figure is "Not quantified" when the group has open
 *   risks of that kind but none with both (0 when it has none of that kind); its net when either side is.
 *   Any sum or percentile too large to compute (beyond ±1.8e308) is "Not quantified" too, with a warning naming
 *   the impact cells behind it.
 */
import { blockRanges, checkSimRisk, combineBlocks, exposure, percentileInc, residualScore, riskIndex, riskRating, riskScore, simulateBlock, type BlockResult } from "../../imm";
import type { SimRisk } from "../../imm";
import type { ImmSettings } from "../../imm/defaults";
import type { Problem, RiskRow } from "../../tables/types";
import type { ExposureGroup, HeatMap, Rating, RiskAssessment, RiskResult } from "./assessment";
import { cellRef } from "../kit/text";
import { sheetRef } from "../../tables/problems";

const clampInt = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, Math.round(v)));

/** Scores one risk row: inherent and residual score, rating, heat-map cells, expected value. */
export function scoreRisk(row: RiskRow, settings: ImmSettings): RiskResult {
  const bands = settings.ratingBands;
  const lMax = settings.likelihoodScale;
  const cMax = settings.consequenceScale;
  const inherentScore = riskScore(row.likelihood, row.consequence);
  const hasLc = row.residualLikelihood !== undefined || row.residualConsequence !== undefined;
  const effectiveness = row.effectiveness ?? 0;
  let residual: number;
  let residualL = row.likelihood;
  let residualC = row.consequence;
  let residualCell: { l: number; c: number };
  if (hasLc) {
    residualL = row.residualLikelihood ?? row.likelihood;
    residualC = row.residualConsequence ?? row.consequence;
    residual = riskScore(residualL, residualC);
    residualCell = { l: clampInt(residualL, 1, lMax), c: clampInt(residualC, 1, cMax) };
  } else {
    residual = residualScore(row.likelihood, row.consequence, effectiveness);
    residualCell = {
      l: clampInt(row.likelihood, 1, lMax),
      c: clampInt(row.consequence * (1 - effectiveness), 1, cMax),
    };
  }
  const impactUsed = row.impact ?? row.impactMostLikely ?? null;
  const expectedValue = impactUsed !== null && row.probability !== undefined
    ? exposure([row.probability], [impactUsed], [row.type]) : null;
  return {
    row, id: row.id, type: row.type, status: row.status,
    inherentScore, inherentRating: riskRating(inherentScore, bands) as Rating,
    effectiveness, residualScore: residual, residualRating: riskRating(residual, bands) as Rating,
    residualBasis: hasLc ? "lc" : "effectiveness", residualL, residualC,
    inherentCell: { l: clampInt(row.likelihood, 1, lMax), c: clampInt(row.consequence, 1, cMax) },
    residualCell, impactUsed, expectedValue,
  };
}

/** Counts open threats per cell of an L × C grid. */
export function heatMap(risks: RiskResult[], which: "inherent" | "residual", lMax: number, cMax: number): HeatMap {
  const counts = Array.from({ length: lMax }, () => new Array<number>(cMax).fill(0));
  const ids = Array.from({ length: lMax }, () => Array.from({ length: cMax }, () => [] as string[]));
  for (const r of risks) {
    if (r.type !== "threat" || r.status !== "open") continue;
    const cell = which === "inherent" ? r.inherentCell : r.residualCell;
    counts[cell.l - 1][cell.c - 1]++;
    ids[cell.l - 1][cell.c - 1].push(r.id);
  }
  return { likelihoodMax: lMax, consequenceMax: cMax, counts, ids };
}

/** The simulation input of an open threat with probability and impact, or null. */
export function simRiskOf(r: RiskResult): SimRisk | null {
  const row = r.row;
  if (r.type !== "threat" || r.status !== "open" || row.probability === undefined) return null;
  const ml = row.impactMostLikely ?? row.impact;
  if (ml === undefined) return null;
  const min = row.impactMin ?? ml;
  const max = row.impactMax ?? ml;
  if (!(min <= ml && ml <= max)) return null;
  return { p: row.probability, min, mostLikely: ml, max };
}

/** Simulated P50 and P90 of a threat cost (null when nothing could be simulated). */
export interface SimFigures {
  p50: number | null;
  p90: number | null;
}

export const NOT_SIMULATED: SimFigures = { p50: null, p90: null };

/** A result, or null when it is too large to compute (±Infinity) or undefined (NaN). */
export const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);

/**
 * P50 and P90 of simulated total threat cost from the engine's simulation with mulberry32(seed): the same numbers as
 * EXPOSURESIM(…, 0.5 | 0.9, iterations, seed) over these risks, up to BLOCK_RISKS of them (imm/simulation-blocks.ts).
 */
export function simulate(sims: SimRisk[], settings: ImmSettings): SimFigures {
  return simulateGroups(sims, [], settings).overall;
}

/**
 * One Monte Carlo run over `sims`, in blocks of BLOCK_RISKS risks (imm/simulation-blocks.ts; one block, i.e. what
 * EXPOSURESIM over them in this order gives for the whole, for up to BLOCK_RISKS risks) in which every risk's draw
 * is also added to its groups: group g's P50/P90 are of its share of the same simulated years, so a category's and an
 * allocation's figures come from the scenarios behind the total rather than from separate runs (and cost no extra draws).
 * `groupsOf[r]` lists risk r's group keys, one per grouping (e.g. [category, allocation]); `groupCount` is the number of
 * groupings, so that `groups` has one (possibly empty) map per grouping even when there is nothing to simulate.
 */
export function simulateGroups(
  sims: SimRisk[], groupsOf: readonly (readonly string[])[], settings: ImmSettings, groupCount?: number,
): JointSimulation {
  const { groupings, n } = jointRun(sims, groupsOf, settings, groupCount);
  if (sims.length === 0) return noSimulation(groupings);
  const blocks = blockRanges(sims.length).map((_, b) => simulateBlock(sims, groupsOf, groupings, n, settings.simulationSeed, b));
  return jointFigures(combineBlocks(blocks, groupings, n));
}

/** The figures of a joint run: P50 and P90 of the total and of each group's share. */
export interface JointSimulation {
  overall: SimFigures;
  groups: Map<string, SimFigures>[];
}

/**
 * The set-up of a joint run (simulateGroups and its sliced and threaded twins): the number of groupings (`groupCount`,
 * else the length of the first risk's keys) and the iteration count; every risk checked first.
 */
export function jointRun(
  sims: readonly SimRisk[], groupsOf: readonly (readonly string[])[], settings: ImmSettings, groupCount?: number,
): { groupings: number; n: number } {
  sims.forEach((r, i) => checkSimRisk(r, ` item ${i + 1}`));
  return { groupings: groupCount ?? groupsOf[0]?.length ?? 0, n: settings.simulationIterations };
}

/** Nothing to simulate: no figures, and one empty map per grouping. */
export function noSimulation(groupings: number): JointSimulation {
  return { overall: NOT_SIMULATED, groups: Array.from({ length: groupings }, () => new Map()) };
}

/** P50 and P90 (PERCENTILE.INC, each in a copy) of a joint run's total and of each group's share. */
export function jointFigures(run: BlockResult): JointSimulation {
  const figures = (xs: Float64Array): SimFigures => ({ p50: finite(percentileInc(xs, 0.5)), p90: finite(percentileInc(xs, 0.9)) });
  return { overall: figures(run.totals), groups: run.groups.map((m) => new Map([...m].map(([k, xs]) => [k, figures(xs)]))) };
}

/**
 * Expected exposure of a group of risks, with its simulated figures (from the one joint run) when given. `overall`: the
 * whole register, whose figures are "Not quantified" (null) whenever nothing of that kind is valued (see the rule above).
 */
export function exposureGroup(key: string, risks: RiskResult[], sim: SimFigures = NOT_SIMULATED, overall = false): ExposureGroup {
  const open = risks.filter((r) => r.status === "open");
  const threats = open.filter((r) => r.type === "threat");
  const opps = open.filter((r) => r.type === "opportunity");
  const valued = (rs: RiskResult[]): RiskResult[] => rs.filter((r) => r.expectedValue !== null);
  /** Σ p × |impact| of the valued risks; 0 when the group has none of the kind (groups only); null when not quantified. */
  const sum = (rs: RiskResult[]): number | null => {
    const v = valued(rs);
    if (v.length === 0) return rs.length === 0 && !overall ? 0 : null;
    return finite(exposure(v.map((r) => r.row.probability as number), v.map((r) => Math.abs(r.impactUsed as number))));
  };
  const threatCost = sum(threats);
  const opportunityValue = sum(opps);
  const sideKnown = (rs: RiskResult[]): boolean => rs.length === 0 || valued(rs).length > 0;
  const all = valued(open);
  const net = all.length === 0 || !sideKnown(threats) || !sideKnown(opps) ? null
    : finite(exposure(all.map((r) => r.row.probability as number), all.map((r) => r.impactUsed as number), all.map((r) => r.type)));
  const simulatedIds = threats.filter((r) => simRiskOf(r) !== null).map((r) => r.id);
  const p50 = simulatedIds.length ? sim.p50 : null;
  const p90 = simulatedIds.length ? sim.p90 : null;
  const tooLarge = (valued(threats).length > 0 && threatCost === null) || (valued(opps).length > 0 && opportunityValue === null)
    || (sideKnown(threats) && sideKnown(opps) && all.length > 0 && net === null) || (simulatedIds.length > 0 && (p50 === null || p90 === null));
  return {
    key, threats: threats.length, opportunities: opps.length, threatCost, opportunityValue,
    net: threatCost === null || opportunityValue === null ? null : net, p50, p90, simulatedIds, tooLarge,
  };
}

/** Why the overall threat exposure is not quantified, in plain words; null when it is. */
export function threatExposureNote(risks: RiskResult[], overall: ExposureGroup): string | null {
  if (overall.threatCost !== null && overall.p50 !== null && overall.p90 !== null) return null;
  const threats = risks.filter((r) => r.type === "threat");
  const open = threats.filter((r) => r.status === "open");
  if (risks.length === 0) return "the register has no risks";
  if (threats.length === 0) return "only opportunities in the register";
  if (open.length === 0) {
    return threats.every((r) => r.status === "closed") ? "all threats are closed" : "no threat is open (all are closed or realised)";
  }
  const noP = open.filter((r) => r.row.probability === undefined).length;
  const noImpact = open.filter((r) => r.impactUsed === null).length;
  if (valuedCount(open) > 0 && overall.simulatedIds.length === 0) {
    return "no open threat with a probability has impacts in order (Min ≤ Most likely ≤ Max) to simulate";
  }
  if (valuedCount(open) === 0) {
    const why = [noP ? `${noP} without a probability` : "", noImpact ? `${noImpact} without an impact` : ""].filter(Boolean).join(", ");
    return `no open threat has both a probability and an impact (${open.length} open threat${open.length === 1 ? "" : "s"}${why ? `: ${why}` : ""})`;
  }
  return "the impacts are too large to compute the exposure (see the warnings)";
}

/** Why the overall opportunity value is not quantified, in plain words; null when it is. */
export function opportunityExposureNote(risks: RiskResult[], overall: ExposureGroup): string | null {
  if (overall.opportunityValue !== null) return null;
  const open = risks.filter((r) => r.type === "opportunity" && r.status === "open");
  if (open.length === 0) return risks.some((r) => r.type === "opportunity") ? "no opportunity is open" : "no opportunities in the register";
  if (valuedCount(open) === 0) return "no open opportunity has both a probability and a value";
  return "the values are too large to compute (see the warnings)";
}

const valuedCount = (rs: RiskResult[]): number => rs.filter((r) => r.expectedValue !== null).length;

const IMPACT_FIELDS = [["impact", "impact"], ["impactMin", "minimum impact"], ["impactMostLikely", "most likely impact"],
  ["impactMax", "maximum impact"]] as const;

/** Impacts at or beyond this size exceed Excel's 15 significant digits of money and are named when a sum overflows. */
const HUGE = 1e15;

/**
 * Located warnings for exposure figures too large to compute (a sum or simulated total beyond ±1.8e308): one per
 * impact cell of `risks` that is ≥ 1e15 in size, or the largest impact when none is.
 */
export function overflowProblems(risks: RiskResult[], what: string): Problem[] {
  const cells = risks.flatMap((r) => IMPACT_FIELDS
    .filter(([f]) => r.row[f] !== undefined)
    .map(([f, label]) => ({ r, f, label, v: r.row[f] as number })));
  if (cells.length === 0) return [];
  const big = cells.filter((c) => Math.abs(c.v) >= HUGE);
  const named = big.length ? big : [cells.reduce((m, c) => (Math.abs(c.v) > Math.abs(m.v) ? c : m))];
  return named.map(({ r, f, label, v }) => {
    const address = r.row.source.cells[f] ?? `A${r.row.source.row}`;
    return {
      severity: "warning" as const, table: "IMM_Risks", sheet: r.row.source.sheet, address,
      message: `${cellRef(r.row.source, f)}: ${label} ${String(v).replace("e+", "e")} of ${r.id} makes the ${what} too large to compute; shown as "Not quantified"`,
    };
  });
}

function groupBy(risks: RiskResult[], keyOf: (r: RiskResult) => string): Map<string, RiskResult[]> {
  const m = new Map<string, RiskResult[]>();
  for (const r of risks) {
    const k = keyOf(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Compares threats for "top": residual score, then inherent score, descending; then id. */
export function byResidualDesc(a: RiskResult, b: RiskResult): number {
  return b.residualScore - a.residualScore || b.inherentScore - a.inherentScore || a.id.localeCompare(b.id);
}

/** The joint simulation of the review (simulateGroups, or a result computed beforehand in slices: build-review-sliced.ts). */
export type GroupSimulation = typeof simulateGroups;

/** Assesses the risk register; null when the register is missing. Rows the engine rejects become warnings. */
export function assessRisks(
  rows: RiskRow[] | null, settings: ImmSettings, problems: Problem[], simulation: GroupSimulation = simulateGroups,
): RiskAssessment | null {
  if (rows === null) return null;
  const lMax = settings.likelihoodScale;
  const cMax = settings.consequenceScale;
  const risks: RiskResult[] = [];
  for (const row of rows) {
    try {
      risks.push(scoreRisk(row, settings));
    } catch (e) {
      const cell = `${sheetRef(row.source.sheet)}!A${row.source.row}`;
      problems.push({
        severity: "warning", table: "IMM_Risks", sheet: row.source.sheet, address: `A${row.source.row}`,
        message: `${cell}: risk ${row.id} left out of the review: ${(e as Error).message}`,
      });
    }
  }
  const openThreats = risks.filter((r) => r.type === "threat" && r.status === "open");
  const opps = risks.filter((r) => r.type === "opportunity");
  const openOpps = opps.filter((r) => r.status === "open");
  const realised = opps.filter((r) => r.status === "realised");
  const maxScore = lMax * cMax;
  const categoryOf = (r: RiskResult): string => r.row.category?.trim() || "Uncategorised";
  const allocationOf = (r: RiskResult): string => (r.row.allocation ? capitalise(r.row.allocation) : "Unallocated");
  const simulated = risks.map((r) => [r, simRiskOf(r)] as const).filter((p): p is readonly [RiskResult, SimRisk] => p[1] !== null);
  const sim = simulation(simulated.map((p) => p[1]), simulated.map(([r]) => [categoryOf(r), allocationOf(r)]), settings, 2);
  const groupsBy = (keyOf: (r: RiskResult) => string, figures: Map<string, SimFigures>): ExposureGroup[] =>
    [...groupBy(risks, keyOf)]
      .map(([k, rs]) => exposureGroup(k, rs, figures.get(k)))
      .filter((g) => g.threats + g.opportunities > 0)
      .sort((a, b) => (b.threatCost ?? -1) - (a.threatCost ?? -1) || a.key.localeCompare(b.key));
  const byCategory = groupsBy(categoryOf, sim.groups[0]);
  const byAllocation = groupsBy(allocationOf, sim.groups[1]);
  const overall = exposureGroup("All open risks", risks, sim.overall, true);
  if ([overall, ...byCategory, ...byAllocation].some((g) => g.tooLarge)) {
    problems.push(...overflowProblems(risks.filter((r) => r.status === "open"), "exposure"));
  }
  const realisedValue = finite(realised.reduce((s, r) => s + Math.abs(r.impactUsed ?? 0), 0));
  if (realisedValue === null) problems.push(...overflowProblems(realised, "realised opportunity value"));
  return {
    risks,
    inherentHeat: heatMap(risks, "inherent", lMax, cMax),
    residualHeat: heatMap(risks, "residual", lMax, cMax),
    topThreats: [...openThreats].sort(byResidualDesc),
    opportunities: {
      items: [...opps].sort(byResidualDesc), count: opps.length, openCount: openOpps.length,
      expectedValue: overall.opportunityValue,
      realisedCount: realised.length,
      realisedValue,
    },
    byCategory, byAllocation,
    overall,
    exposureNotes: { threats: threatExposureNote(risks, overall), opportunities: opportunityExposureNote(risks, overall) },
    index: risks.length === 0 ? null
      : riskIndex(openThreats.map((r) => ({ score: Math.min(r.residualScore, maxScore), type: "threat" as const })), maxScore),
    openThreatCount: openThreats.length,
    maxScore,
  };
}
