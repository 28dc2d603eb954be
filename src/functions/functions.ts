/**
 * IMM custom functions for Excel (namespace IMM, from the manifest). The JSDoc of each function is the metadata source
 * (custom-functions-metadata-plugin generates functions.json and the CustomFunctions.associate calls from it).
 * Each function narrows its `any[][]` ranges to `unknown` grids at once, delegates to the engine (src/imm), and returns
 * a number, a spill, or an error value — it never throws. Blank rows of a spilled range give "" (an empty result).
 */
import {
  areaRate as areaRateOf,
  availabilityDeduction as availabilityDeductionOf,
  deduction as deductionOf,
  exposure as exposureOf,
  exposureSim as exposureSimOf,
  integratedIndex as integratedIndexOf,
  kpiScore as kpiScoreOf,
  mulberry32,
  partnershipIndex as partnershipIndexOf,
  perceptionGap as perceptionGapOf,
  performanceIndex as performanceIndexOf,
  residualScore as residualScoreOf,
  riskIndex as riskIndexOf,
  riskRating as riskRatingOf,
  riskScore as riskScoreOf,
  status as statusOf,
  trend as trendOf,
  trendLabel as trendLabelOf,
  checkBands,
  MAX_ITERATIONS,
  DEFAULT_SETTINGS,
} from "../imm";
import type { KpiItem, RiskType, ScoredRisk, SimRisk } from "../imm";
import { badValue, nothingToCompute } from "../imm/errors";
import { badShape } from "../imm/checks";
import {
  isBlank, parseConsequence, parseDirection, parseEffectiveness, parseLikelihood, parseNonNegative, parseProbability,
  parseRating,
} from "../imm/scales";
import type { Grid, NamedGrid } from "./args";
import { broadcastShape, cellName, flatten, isOmitted, pick, shapeOf, showShape, toGrid } from "./args";
import { allBlank, directionOrHigher, located, numberOrNull, requiredNumber, typeOrThreat } from "./cells";
import type { ErrorValue } from "./result-error";
import { errorFrom } from "./result-error";
import { fractionSetting, numberList, numberSetting, wholeSetting } from "./settings";
import type { Cell } from "./spill";
import { overflow, spill, tryRatingProducts } from "./spill";

/** Runs an aggregate's body; anything thrown becomes an error value, and so does a non-finite result (naming the arguments). */
function guard(functionName: string, names: readonly string[], body: () => number | string): number | string | ErrorValue {
  try {
    const v = body();
    return typeof v === "number" && !Number.isFinite(v) ? overflow(names) : v;
  } catch (e) {
    return errorFrom(e, functionName);
  }
}

/** Runs an element-wise function's body; anything thrown (e.g. a ragged range) becomes a 1×1 error result. */
function guardSpill(functionName: string, body: () => Cell[][]): Cell[][] {
  try {
    return body();
  } catch (e) {
    return [[errorFrom(e, functionName)]];
  }
}

/** Iterates the cells of the common (broadcast) shape of args, calling visit(r, c, name-of-cell helper). */
function eachCell(args: readonly NamedGrid[], visit: (r: number, c: number, at: (name: string) => string) => void): void {
  const shape = broadcastShape(args);
  for (let r = 0; r < shape.rows; r++) {
    for (let c = 0; c < shape.cols; c++) visit(r, c, (name) => cellName(name, shape, r, c));
  }
}

const L_MAX = DEFAULT_SETTINGS.likelihoodScale;
const C_MAX = DEFAULT_SETTINGS.consequenceScale;

/**
 * Risk score = likelihood × consequence (1–25). Spills one score per cell; words such as "Likely" or "Major" are accepted.
 * @customfunction RISKSCORE
 * @helpurl https://localhost:3000/help/functions.html#RISKSCORE
 * @param likelihood Likelihood ratings: 1–5 or Rare, Unlikely, Possible, Likely, Almost certain (a cell or a range).
 * @param consequence Consequence ratings: 1–5 or Insignificant, Minor, Moderate, Major, Severe (same shape, or one cell).
 * @returns The risk score of each row (likelihood × consequence), in the shape of the input.
 */
export function riskScore(likelihood: any[][], consequence: any[][]): Array<Array<number | string | ErrorValue>> {
  return guardSpill("RISKSCORE", () => {
    // Fast path: every cell a number in range (the usual worksheet); otherwise cell by cell with words, blanks and errors.
    const fast = tryRatingProducts(likelihood, consequence, L_MAX, C_MAX);
    if (fast !== null) return fast;
    const L = toGrid(likelihood, "likelihood");
    const C = toGrid(consequence, "consequence");
    return spill("RISKSCORE", [{ name: "likelihood", grid: L }, { name: "consequence", grid: C }], (r, c) => {
      const l = pick(L, r, c);
      const k = pick(C, r, c);
      if (allBlank(l, k)) return "";
      return riskScoreOf(parseLikelihood(l), parseConsequence(k));
    });
  });
}

/**
 * Risk rating of a score: Low ≤ 4, Medium ≤ 9, High ≤ 16, Extreme above (or the band edges given). Spills one rating per cell.
 * @customfunction RISKRATING
 * @helpurl https://localhost:3000/help/functions.html#RISKRATING
 * @param score Risk scores (a cell or a range); residual scores may be fractional.
 * @param [bandEdges] Three ascending upper edges of Low, Medium and High (default 4, 9, 16).
 * @returns "Low", "Medium", "High" or "Extreme" for each score, in the shape of the input.
 */
export function riskRating(score: any[][], bandEdges?: any[][]): Array<Array<number | string | ErrorValue>> {
  return guardSpill("RISKRATING", () => {
    const S = toGrid(score, "score");
    let bands: readonly number[] = DEFAULT_SETTINGS.ratingBands;
    if (!isOmitted(bandEdges)) {
      bands = numberList(toGrid(bandEdges, "bandEdges"), "bandEdges");
      if (bands.length === 0) bands = DEFAULT_SETTINGS.ratingBands;
      checkBands(bands);
    }
    return spill("RISKRATING", [{ name: "score", grid: S }], (r, c) => {
      const s = pick(S, r, c);
      if (isBlank(s)) return "";
      return riskRatingOf(parseNonNegative(s, "score"), bands);
    });
  });
}

/**
 * Residual score = likelihood × consequence × (1 − effectiveness). Spills one score per cell.
 * @customfunction RESIDUALSCORE
 * @helpurl https://localhost:3000/help/functions.html#RESIDUALSCORE
 * @param likelihood Likelihood ratings: 1–5 or Rare…Almost certain.
 * @param consequence Consequence ratings: 1–5 or Insignificant…Severe.
 * @param effectiveness Control effectiveness 0–1 (0–100%) or None (0), Partial (0.25), Substantial (0.5), Full (0.75).
 * @returns The residual score of each row, in the shape of the input.
 */
export function residualScore(likelihood: any[][], consequence: any[][], effectiveness: any[][]): Array<Array<number | string | ErrorValue>> {
  return guardSpill("RESIDUALSCORE", () => {
    const L = toGrid(likelihood, "likelihood");
    const C = toGrid(consequence, "consequence");
    const E = toGrid(effectiveness, "effectiveness");
    const args = [{ name: "likelihood", grid: L }, { name: "consequence", grid: C }, { name: "effectiveness", grid: E }];
    return spill("RESIDUALSCORE", args, (r, c) => {
      const l = pick(L, r, c);
      const k = pick(C, r, c);
      const e = pick(E, r, c);
      if (allBlank(l, k, e)) return "";
      return residualScoreOf(parseLikelihood(l), parseConsequence(k), parseEffectiveness(e));
    });
  });
}

/**
 * Expected exposure = Σ probability × impact; with types, threats count negative and opportunities positive. Rows with a
 * blank probability or impact are skipped.
 * @customfunction EXPOSURE
 * @helpurl https://localhost:3000/help/functions.html#EXPOSURE
 * @param probability Probabilities 0–1 (or percentages such as "35%").
 * @param impact Impacts in money, one per probability.
 * @param [type] Threat or Opportunity per row (blank → Threat); when omitted, impacts keep their own sign.
 * @returns The expected value of the risks (negative for net threat exposure when types are given).
 */
export function exposure(probability: any[][], impact: any[][], type?: any[][]): number | string | ErrorValue {
  return guard("EXPOSURE", ["probability", "impact"], () => {
    const args: NamedGrid[] = [
      { name: "probability", grid: toGrid(probability, "probability") },
      { name: "impact", grid: toGrid(impact, "impact") },
    ];
    const withTypes = !isOmitted(type);
    if (withTypes) args.push({ name: "type", grid: toGrid(type, "type") });
    const ps: number[] = [];
    const xs: number[] = [];
    const ts: RiskType[] = [];
    eachCell(args, (r, c, at) => {
      const p = pick(args[0].grid, r, c);
      const x = pick(args[1].grid, r, c);
      if (isBlank(p) || isBlank(x)) return;
      ps.push(parseProbability(p, at("probability")));
      xs.push(requiredNumber(x, at("impact")));
      if (withTypes) ts.push(typeOrThreat(pick(args[2].grid, r, c), at("type")));
    });
    if (ps.length === 0) nothingToCompute("probability", "no row has both a probability and an impact");
    return exposureOf(ps, xs, withTypes ? ts : undefined);
  });
}

/**
 * Simulated total threat cost at a percentile: Monte Carlo where each risk occurs with its probability and then costs a
 * PERT(min, mostLikely, max) draw. Deterministic for a given seed. Rows with a blank probability are skipped.
 * @customfunction EXPOSURESIM
 * @helpurl https://localhost:3000/help/functions.html#EXPOSURESIM
 * @param probability Probability that each risk occurs, 0–1 (or "35%").
 * @param min Lowest cost of each risk.
 * @param mostLikely Most likely cost of each risk (between min and max).
 * @param max Highest cost of each risk.
 * @param percentile Percentile of the total to return, 0–1 (0.5 → P50, 0.9 → P90).
 * @param [iterations] Number of simulated years, 1–1,000,000 (default 10,000).
 * @param [seed] Seed of the random generator, a whole number (default 1).
 * @returns The total threat cost at the percentile.
 */
export function exposureSim(
  probability: any[][], min: any[][], mostLikely: any[][], max: any[][], percentile: number, iterations?: number, seed?: number,
): number | string | ErrorValue {
  return guard("EXPOSURESIM", ["probability", "min", "mostLikely", "max"], () => {
    const q = fractionSetting(percentile, "percentile", "0–1 (e.g. 0.9 for P90)");
    const n = wholeSetting(iterations, "iterations", DEFAULT_SETTINGS.simulationIterations, 1, MAX_ITERATIONS);
    const s = wholeSetting(seed, "seed", DEFAULT_SETTINGS.simulationSeed, -2147483648, 4294967295);
    const args: NamedGrid[] = [
      { name: "probability", grid: toGrid(probability, "probability") },
      { name: "min", grid: toGrid(min, "min") },
      { name: "mostLikely", grid: toGrid(mostLikely, "mostLikely") },
      { name: "max", grid: toGrid(max, "max") },
    ];
    const risks: SimRisk[] = [];
    eachCell(args, (r, c, at) => {
      const [p, lo, ml, hi] = args.map((a) => pick(a.grid, r, c));
      if (isBlank(p) || allBlank(lo, ml, hi)) return;
      const risk: SimRisk = {
        p: parseProbability(p, at("probability")),
        min: requiredNumber(lo, at("min")),
        mostLikely: requiredNumber(ml, at("mostLikely")),
        max: requiredNumber(hi, at("max")),
      };
      if (risk.min > risk.max) badValue(at("max"), `≥ min (${risk.min})`, hi);
      if (risk.mostLikely < risk.min || risk.mostLikely > risk.max) {
        badValue(at("mostLikely"), `between min (${risk.min}) and max (${risk.max})`, ml);
      }
      risks.push(risk);
    });
    if (risks.length === 0) nothingToCompute("probability", "no row has a probability and a cost");
    return exposureSimOf(risks, q, n, mulberry32(s));
  });
}

/**
 * Risk index = 100 × (1 − mean residual threat score / 25). Opportunities do not raise it. Rows with blank likelihood and
 * consequence are skipped.
 * @customfunction RISKINDEX
 * @helpurl https://localhost:3000/help/functions.html#RISKINDEX
 * @param likelihood Likelihood ratings: 1–5 or Rare…Almost certain.
 * @param consequence Consequence ratings: 1–5 or Insignificant…Severe.
 * @param [type] Threat or Opportunity per row (blank → Threat).
 * @param [effectiveness] Control effectiveness per row, 0–1 or None/Partial/Substantial/Full (blank → 0).
 * @returns The risk index, 0–100 (higher is healthier; 100 when there are no threats).
 */
export function riskIndex(likelihood: any[][], consequence: any[][], type?: any[][], effectiveness?: any[][]): number | string | ErrorValue {
  return guard("RISKINDEX", ["likelihood", "consequence"], () => {
    const args: NamedGrid[] = [
      { name: "likelihood", grid: toGrid(likelihood, "likelihood") },
      { name: "consequence", grid: toGrid(consequence, "consequence") },
    ];
    const T = isOmitted(type) ? undefined : toGrid(type, "type");
    const E = isOmitted(effectiveness) ? undefined : toGrid(effectiveness, "effectiveness");
    if (T) args.push({ name: "type", grid: T });
    if (E) args.push({ name: "effectiveness", grid: E });
    const items: ScoredRisk[] = [];
    eachCell(args, (r, c, at) => {
      const l = pick(args[0].grid, r, c);
      const k = pick(args[1].grid, r, c);
      if (allBlank(l, k)) return;
      const e = E ? pick(E, r, c) : null;
      const score = residualScoreOf(
        parseLikelihood(l, at("likelihood")),
        parseConsequence(k, at("consequence")),
        isBlank(e) ? 0 : parseEffectiveness(e, at("effectiveness")),
      );
      items.push({ score, type: T ? typeOrThreat(pick(T, r, c), at("type")) : "threat" });
    });
    if (items.length === 0) nothingToCompute("likelihood", "no row has a likelihood and a consequence");
    return riskIndexOf(items, L_MAX * C_MAX);
  });
}

/**
 * Partnership index = 100 × Σ w (r − 1) / ((scaleMax − 1) Σ w), r the factor's rating (or the mean of its public and
 * private ratings in a two-column range). Blank ratings are skipped with their weights.
 * @customfunction PARTNERSHIPINDEX
 * @helpurl https://localhost:3000/help/functions.html#PARTNERSHIPINDEX
 * @param ratings Factor ratings 1–scaleMax: one column (or row), or two columns (public, private).
 * @param [weights] One weight ≥ 0 per factor (blank → 1; default all 1).
 * @param [scaleMax] Top of the rating scale (default 5).
 * @returns The partnership index, 0–100.
 */
export function partnershipIndex(ratings: any[][], weights?: any[][], scaleMax?: number): number | string | ErrorValue {
  return guard("PARTNERSHIPINDEX", ["ratings", "weights"], () => {
    const top = numberSetting(scaleMax, "scaleMax", 5);
    if (!(top > 1)) badValue("scaleMax", "a number > 1", scaleMax);
    let R: Grid = toGrid(ratings, "ratings");
    let shape = shapeOf(R);
    if (shape.rows === 0) nothingToCompute("ratings", "the range is empty");
    if (shape.rows === 1 && shape.cols > 2) {
      R = R[0].map((v) => [v]);
      shape = shapeOf(R);
    }
    if (shape.cols > 2) badShape("ratings", "one column, or two (public, private)", `a ${showShape(shape)} range`);
    const table: (number | null)[][] = R.map((row, r) =>
      row.map((v, c) => (isBlank(v) ? null : parseRating(v, cellName("ratings", shape, r, c), top))),
    );
    let w: number[] | undefined;
    if (!isOmitted(weights)) {
      const cells = flatten(toGrid(weights, "weights"));
      if (cells.length !== shape.rows) badShape("weights", `${shape.rows} cells (one per factor)`, `${cells.length} cells`);
      w = cells.map((v, i) => (isBlank(v) ? 1 : parseNonNegative(v, cells.length > 1 ? `weights item ${i + 1}` : "weights")));
    }
    return partnershipIndexOf(table, w, top);
  });
}

/**
 * Perception gap = weighted mean |public − private| over factors rated by both sides; a gap ≥ 1 flags a relationship at risk.
 * @customfunction PERCEPTIONGAP
 * @helpurl https://localhost:3000/help/functions.html#PERCEPTIONGAP
 * @param publicRatings Public-sector ratings, one per factor (blank → skipped).
 * @param privateRatings Private-sector ratings, one per factor (blank → skipped).
 * @param [weights] One weight ≥ 0 per factor (blank → 1; default all 1).
 * @returns The mean gap, on the rating scale.
 */
export function perceptionGap(publicRatings: any[][], privateRatings: any[][], weights?: any[][]): number | string | ErrorValue {
  return guard("PERCEPTIONGAP", ["publicRatings", "privateRatings", "weights"], () => {
    const P = toGrid(publicRatings, "publicRatings");
    const Q = toGrid(privateRatings, "privateRatings");
    const pub = flatten(P);
    const priv = flatten(Q);
    if (pub.length === 0) nothingToCompute("publicRatings", "the range is empty");
    if (priv.length !== pub.length) {
      badShape("privateRatings", `as many cells as publicRatings (${showShape(shapeOf(P))})`, `a ${showShape(shapeOf(Q))} range`);
    }
    const name = (arg: string, i: number): string => (pub.length > 1 ? `${arg} item ${i + 1}` : arg);
    const a = pub.map((v, i) => numberOrNull(v, name("publicRatings", i)));
    const b = priv.map((v, i) => numberOrNull(v, name("privateRatings", i)));
    let w: number[] | undefined;
    if (!isOmitted(weights)) {
      const cells = flatten(toGrid(weights, "weights"));
      if (cells.length !== pub.length) badShape("weights", `${pub.length} cells (one per factor)`, `${cells.length} cells`);
      w = cells.map((v, i) => (isBlank(v) ? 1 : parseNonNegative(v, name("weights", i))));
    }
    return located({ public: "publicRatings", private: "privateRatings" }, () => perceptionGapOf(a, b, w));
  });
}

/**
 * KPI score 0–100: 100 at or beyond target, 0 at or beyond the failure threshold, linear between; with no threshold,
 * 100 × actual/target (higher is better) or 100 × target/actual (lower is better), clamped. Spills one score per cell.
 * @customfunction KPISCORE
 * @helpurl https://localhost:3000/help/functions.html#KPISCORE
 * @param actual Measured values.
 * @param target Targets (same shape, or one cell).
 * @param [direction] Higher or Lower (is better) per cell (blank → Higher).
 * @param [threshold] Failure level per cell (blank → none).
 * @returns The KPI score of each cell, in the shape of the input.
 */
export function kpiScore(actual: any[][], target: any[][], direction?: any[][], threshold?: any[][]): Array<Array<number | string | ErrorValue>> {
  return guardSpill("KPISCORE", () => {
    const A = toGrid(actual, "actual");
    const T = toGrid(target, "target");
    const D = isOmitted(direction) ? undefined : toGrid(direction, "direction");
    const H = isOmitted(threshold) ? undefined : toGrid(threshold, "threshold");
    const args: NamedGrid[] = [{ name: "actual", grid: A }, { name: "target", grid: T }];
    if (D) args.push({ name: "direction", grid: D });
    if (H) args.push({ name: "threshold", grid: H });
    return spill("KPISCORE", args, (r, c) => {
      const a = pick(A, r, c);
      const t = pick(T, r, c);
      if (allBlank(a, t)) return "";
      const h = H ? numberOrNull(pick(H, r, c), "threshold") : null;
      return kpiScoreOf(
        requiredNumber(a, "actual"),
        requiredNumber(t, "target"),
        D ? directionOrHigher(pick(D, r, c), "direction") : "higher",
        h ?? undefined,
      );
    });
  });
}

/**
 * Performance index = weighted mean KPI score (see KPISCORE). Rows with a blank actual or target are skipped.
 * @customfunction PERFORMANCEINDEX
 * @helpurl https://localhost:3000/help/functions.html#PERFORMANCEINDEX
 * @param actuals Measured value of each KPI.
 * @param targets Target of each KPI.
 * @param [directions] Higher or Lower (is better) per KPI (blank → Higher).
 * @param [thresholds] Failure level per KPI (blank → none).
 * @param [weights] Weight ≥ 0 per KPI (blank → 1).
 * @returns The performance index, 0–100.
 */
export function performanceIndex(
  actuals: any[][], targets: any[][], directions?: any[][], thresholds?: any[][], weights?: any[][],
): number | string | ErrorValue {
  return guard("PERFORMANCEINDEX", ["actuals", "targets", "thresholds", "weights"], () => {
    const A = toGrid(actuals, "actuals");
    const T = toGrid(targets, "targets");
    const D = isOmitted(directions) ? undefined : toGrid(directions, "directions");
    const H = isOmitted(thresholds) ? undefined : toGrid(thresholds, "thresholds");
    const W = isOmitted(weights) ? undefined : toGrid(weights, "weights");
    const args: NamedGrid[] = [{ name: "actuals", grid: A }, { name: "targets", grid: T }];
    if (D) args.push({ name: "directions", grid: D });
    if (H) args.push({ name: "thresholds", grid: H });
    if (W) args.push({ name: "weights", grid: W });
    const items: KpiItem[] = [];
    eachCell(args, (r, c, at) => {
      const a = pick(A, r, c);
      const t = pick(T, r, c);
      if (isBlank(a) || isBlank(t)) return;
      const direction = D ? directionOrHigher(pick(D, r, c), at("directions")) : "higher";
      const h = H ? numberOrNull(pick(H, r, c), at("thresholds")) : null;
      const w = W ? numberOrNull(pick(W, r, c), at("weights")) : null;
      if (w !== null && w < 0) badValue(at("weights"), "a number ≥ 0", w);
      const item: KpiItem = {
        actual: requiredNumber(a, at("actuals")),
        target: requiredNumber(t, at("targets")),
        direction,
        threshold: h ?? undefined,
        weight: w ?? undefined,
      };
      // Check each KPI here so that a threshold on the wrong side of its target is reported with its cell.
      located({ threshold: at("thresholds") }, () => kpiScoreOf(item.actual, item.target, direction, item.threshold));
      items.push(item);
    });
    return performanceIndexOf(items);
  });
}

/**
 * Performance deduction for each period's points: points above the threshold cost pointValue × the multiplier of the band
 * each point falls in, capped at cap. E.g. threshold 20, bands 100, 200 with ×1, ×1.2, £3, 120 points → £312.
 * @customfunction DEDUCTION
 * @helpurl https://localhost:3000/help/functions.html#DEDUCTION
 * @param points Performance points of each period (a cell or a range).
 * @param pointValue Money value of one point.
 * @param [threshold] Points that cost nothing (default 0).
 * @param [bandEdges] Ascending upper edges of the point bands (default: one band).
 * @param [bandMultipliers] Multiplier of each band (one per edge, or one more for points above the last edge).
 * @param [cap] Largest deduction of a period (an amount).
 * @returns The deduction of each period, in the shape of points.
 */
export function deduction(
  points: any[][], pointValue: number, threshold?: number, bandEdges?: any[][], bandMultipliers?: any[][], cap?: number,
): Array<Array<number | string | ErrorValue>> {
  return guardSpill("DEDUCTION", () => {
    const P = toGrid(points, "points");
    const value = numberSetting(pointValue, "pointValue");
    if (value === undefined) badValue("pointValue", "a number ≥ 0", pointValue);
    const free = numberSetting(threshold, "threshold", 0);
    const limit = numberSetting(cap, "cap");
    const edges = isOmitted(bandEdges) ? undefined : numberList(toGrid(bandEdges, "bandEdges"), "bandEdges");
    const mults = isOmitted(bandMultipliers) ? undefined : numberList(toGrid(bandMultipliers, "bandMultipliers"), "bandMultipliers");
    deductionOf(0, value, free, edges, mults, limit); // validates the settings once, naming the bad one
    return spill("DEDUCTION", [{ name: "points", grid: P }], (r, c) => {
      const p = pick(P, r, c);
      if (isBlank(p)) return "";
      return deductionOf(parseNonNegative(p, "points"), value, free, edges, mults, limit);
    });
  });
}

/**
 * Availability deduction = areaRate × weighting × periods × usedFactor × repeatFactor (e.g. 2 × 30 × 3 = £180). Spills.
 * @customfunction AVAILABILITYDEDUCTION
 * @helpurl https://localhost:3000/help/functions.html#AVAILABILITYDEDUCTION
 * @param areaRate Payment per unit of weighting per period (see AREARATE).
 * @param weighting Weighting of the unavailable area.
 * @param periods Number of periods unavailable.
 * @param [usedFactor] Factor for an area in use (blank → 1).
 * @param [repeatFactor] Factor for a repeated failure (blank → 1).
 * @returns The deduction of each row, in the shape of the input.
 */
export function availabilityDeduction(
  areaRate: any[][], weighting: any[][], periods: any[][], usedFactor?: any[][], repeatFactor?: any[][],
): Array<Array<number | string | ErrorValue>> {
  return guardSpill("AVAILABILITYDEDUCTION", () => {
    const args: NamedGrid[] = [
      { name: "areaRate", grid: toGrid(areaRate, "areaRate") },
      { name: "weighting", grid: toGrid(weighting, "weighting") },
      { name: "periods", grid: toGrid(periods, "periods") },
    ];
    const U = isOmitted(usedFactor) ? undefined : toGrid(usedFactor, "usedFactor");
    const F = isOmitted(repeatFactor) ? undefined : toGrid(repeatFactor, "repeatFactor");
    if (U) args.push({ name: "usedFactor", grid: U });
    if (F) args.push({ name: "repeatFactor", grid: F });
    return spill("AVAILABILITYDEDUCTION", args, (r, c) => {
      const [a, w, n] = [0, 1, 2].map((i) => pick(args[i].grid, r, c));
      if (allBlank(a, w, n)) return "";
      const u = U ? numberOrNull(pick(U, r, c), "usedFactor") : null;
      const f = F ? numberOrNull(pick(F, r, c), "repeatFactor") : null;
      return availabilityDeductionOf(
        parseNonNegative(a, "areaRate"), parseNonNegative(w, "weighting"), parseNonNegative(n, "periods"), u ?? 1, f ?? 1,
      );
    });
  });
}

/**
 * Area rate = annualPayment / (Σ weightings × periodsPerYear): the payment for one unit of weighting for one period.
 * @customfunction AREARATE
 * @helpurl https://localhost:3000/help/functions.html#AREARATE
 * @param annualPayment Annual service payment (one cell).
 * @param weightings Weighting of every area (blank cells skipped).
 * @param periodsPerYear Periods in a year (e.g. 365 days or 12 months).
 * @returns The area rate.
 */
export function areaRate(annualPayment: any[][], weightings: any[][], periodsPerYear: number): number | string | ErrorValue {
  return guard("AREARATE", ["annualPayment", "weightings", "periodsPerYear"], () => {
    const cells = flatten(toGrid(annualPayment, "annualPayment"));
    if (cells.length !== 1) badShape("annualPayment", "one cell", `${cells.length} cells`);
    const pay = parseNonNegative(cells[0], "annualPayment");
    const w = numberList(toGrid(weightings, "weightings"), "weightings");
    if (w.length === 0) nothingToCompute("weightings", "no weighting given");
    const n = numberSetting(periodsPerYear, "periodsPerYear");
    if (n === undefined) badValue("periodsPerYear", "a number > 0", periodsPerYear);
    return areaRateOf(pay, w, n);
  });
}

/**
 * Integrated index = weighted mean of the partnership, risk and performance indices (blank pillars skipped). Spills.
 * @customfunction INTEGRATEDINDEX
 * @helpurl https://localhost:3000/help/functions.html#INTEGRATEDINDEX
 * @param partnership Partnership index 0–100 (a cell or a range, e.g. one per period).
 * @param risk Risk index 0–100.
 * @param performance Performance index 0–100.
 * @param [weights] Three pillar weights: partnership, risk, performance (default 1, 1, 1).
 * @returns The integrated index, 0–100, in the shape of the input.
 */
export function integratedIndex(
  partnership: any[][], risk: any[][], performance: any[][], weights?: any[][],
): Array<Array<number | string | ErrorValue>> {
  return guardSpill("INTEGRATEDINDEX", () => {
    const args: NamedGrid[] = [
      { name: "partnership", grid: toGrid(partnership, "partnership") },
      { name: "risk", grid: toGrid(risk, "risk") },
      { name: "performance", grid: toGrid(performance, "performance") },
    ];
    let w: readonly number[] = DEFAULT_SETTINGS.pillarWeights;
    if (!isOmitted(weights)) {
      const cells = flatten(toGrid(weights, "weights"));
      if (cells.length !== 3) badShape("weights", "3 cells (partnership, risk, performance)", `${cells.length} cells`);
      w = cells.map((v, i) => parseNonNegative(v, `weights item ${i + 1}`));
    }
    integratedIndexOf([50, 50, 50], w); // validates the weights once
    return spill("INTEGRATEDINDEX", args, (r, c) => {
      const xs = args.map((a) => pick(a.grid, r, c));
      if (allBlank(...xs)) return "";
      return integratedIndexOf(xs.map((v, i) => numberOrNull(v, args[i].name)), w);
    });
  });
}

/**
 * Status of an index: "Green" at or above green, "Amber" at or above amber, else "Red". Spills.
 * @customfunction STATUS
 * @helpurl https://localhost:3000/help/functions.html#STATUS
 * @param index Index values 0–100 (a cell or a range).
 * @param [amber] Lowest Amber value (default 60).
 * @param [green] Lowest Green value (default 80).
 * @returns "Green", "Amber" or "Red" for each value, in the shape of the input.
 */
export function status(index: any[][], amber?: number, green?: number): Array<Array<number | string | ErrorValue>> {
  return guardSpill("STATUS", () => {
    const X = toGrid(index, "index");
    const a = numberSetting(amber, "amber", DEFAULT_SETTINGS.amberThreshold);
    const g = numberSetting(green, "green", DEFAULT_SETTINGS.greenThreshold);
    statusOf(0, a, g); // validates the thresholds once
    return spill("STATUS", [{ name: "index", grid: X }], (r, c) => {
      const v = pick(X, r, c);
      if (isBlank(v)) return "";
      return statusOf(requiredNumber(v, "index"), a, g);
    });
  });
}

/** Values of a series in order (rows, then columns), blanks kept as null so that every cell is one period. */
function series(values: unknown): (number | null)[] {
  const cells = flatten(toGrid(values, "values"));
  return cells.map((v, i) => numberOrNull(v, cells.length > 1 ? `values item ${i + 1}` : "values"));
}

/**
 * Trend = least-squares slope of the values per period (blank periods skipped; needs two values).
 * @customfunction TREND
 * @helpurl https://localhost:3000/help/functions.html#TREND
 * @param values One value per period, oldest first.
 * @returns The change per period.
 */
export function trend(values: any[][]): number | string | ErrorValue {
  return guard("TREND", ["values"], () => trendOf(series(values)));
}

/**
 * Trend label: "Stable" when |slope| is under 1% of the mean, else "Improving" or "Declining" given the direction.
 * @customfunction TRENDLABEL
 * @helpurl https://localhost:3000/help/functions.html#TRENDLABEL
 * @param values One value per period, oldest first.
 * @param [direction] Higher or Lower (is better) (default Higher).
 * @returns "Improving", "Stable" or "Declining".
 */
export function trendLabel(values: any[][], direction?: string): number | string | ErrorValue {
  return guard("TRENDLABEL", ["values"], () => {
    const d = isOmitted(direction) || isBlank(direction) ? "higher" : parseDirection(direction, "direction");
    return trendLabelOf(series(values), d);
  });
}
