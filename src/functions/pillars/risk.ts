/**
 * Risk pillar custom functions: RISKSCORE, RISKRATING, RESIDUALSCORE, EXPOSURE, EXPOSURESIM, RISKINDEX.
 * The JSDoc of each exported function is its declaration: custom-functions-metadata turns it into functions.json (id,
 * parameters, help), scripts/function-examples.ts reads its @example, the fuzz harness its parameters, and
 * src/functions/functions.ts re-exports it for Node. Export nothing else from this file: every export is a custom function.
 */
import {
  exposure as exposureOf,
  exposureSimSliced,
  mulberry32,
  residualScore as residualScoreOf,
  riskIndex as riskIndexOf,
  riskRating as riskRatingOf,
  riskScore as riskScoreOf,
  checkBands,
  MAX_ITERATIONS,
  DEFAULT_SETTINGS,
} from "../../imm";
import type { RiskType, ScoredRisk, SimRisk } from "../../imm";
import { badValue, nothingToCompute } from "../../imm/errors";
import {
  isBlank, parseConsequence, parseEffectiveness, parseLikelihood, parseNonNegative, parseProbability,
} from "../../imm/scales";
import type { NamedGrid } from "../args";
import { isOmitted, pick, toGrid } from "../args";
import { allBlank, requiredNumber, typeOrThreat } from "../cells";
import { eachCell, guard, guardSpill } from "../guard";
import { guardLong } from "../guard-async";
import type { ErrorValue } from "../result-error";
import { fractionSetting, numberList, wholeSetting } from "../settings";
import { spill, tryRatingProducts } from "../spill";

const L_MAX = DEFAULT_SETTINGS.likelihoodScale;
const C_MAX = DEFAULT_SETTINGS.consequenceScale;

/**
 * Risk score = likelihood × consequence (1–25). Spills one score per cell; words such as "Likely" or "Major" are accepted.
 * @customfunction RISKSCORE
 * @helpurl https://localhost:3000/help/functions.html#RISKSCORE
 * @param likelihood Likelihood ratings: 1–5 or Rare, Unlikely, Possible, Likely, Almost certain (a cell or a range).
 * @param consequence Consequence ratings: 1–5 or Insignificant, Minor, Moderate, Major, Severe (same shape, or one cell).
 * @returns The risk score of each row (likelihood × consequence), in the shape of the input.
 * @example =IMM.RISKSCORE({4;3}, {5;"Major"}) → {20;12}
 * Likelihood × consequence for each row; descriptor words such as Major (4) are accepted.
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
 * Risk rating of a score: Low ≤ 4, Medium ≤ 9, High ≤ 16, Extreme above (or the band edges given). Scores are compared
 * with the edges at 9 decimal places, so a residual score of 4.000000000000001 (25 × 16%) is Low. Spills one rating per cell.
 * @customfunction RISKRATING
 * @helpurl https://localhost:3000/help/functions.html#RISKRATING
 * @param score Risk scores (a cell or a range); residual scores may be fractional.
 * @param [bandEdges] Three ascending upper edges of Low, Medium and High (default 4, 9, 16).
 * @returns "Low", "Medium", "High" or "Extreme" for each score, in the shape of the input.
 * @example =IMM.RISKRATING({3;8;12;20}) → {"Low";"Medium";"High";"Extreme"}
 * Default bands: Low ≤ 4, Medium ≤ 9, High ≤ 16, Extreme above.
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
 * Residual score = likelihood × consequence × (1 − effectiveness). A blank effectiveness means no controls (0), as in
 * RISKINDEX. Spills one score per cell.
 * @customfunction RESIDUALSCORE
 * @helpurl https://localhost:3000/help/functions.html#RESIDUALSCORE
 * @param likelihood Likelihood ratings: 1–5 or Rare…Almost certain.
 * @param consequence Consequence ratings: 1–5 or Insignificant…Severe.
 * @param effectiveness Control effectiveness 0–1 (0–100%) or None (0), Partial (0.25), Substantial (0.5), Full (0.75); blank → 0.
 * @returns The residual score of each row, in the shape of the input.
 * @example =IMM.RESIDUALSCORE(4, 5, "Substantial") → 10
 * 4 × 5 × (1 − 0.5): substantial controls halve the inherent score.
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
      // Blank effectiveness = no controls (0), as RISKINDEX reads it: the residual score is then the inherent score.
      return residualScoreOf(parseLikelihood(l), parseConsequence(k), isBlank(e) ? 0 : parseEffectiveness(e));
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
 * @example =IMM.EXPOSURE({0.2;0.1}, {100000;50000}, {"Threat";"Opportunity"}) → -15000
 * Expected value: −0.2 × 100,000 for the threat, +0.1 × 50,000 for the opportunity.
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
 * PERT(min, mostLikely, max) draw. Deterministic for a given seed. Rows with a blank probability are skipped. Long runs
 * (up to 1,000,000 iterations) are computed in short slices, so Excel and the task pane stay responsive, and stop as soon
 * as Excel cancels the calculation.
 * @customfunction EXPOSURESIM
 * @cancelable
 * @helpurl https://localhost:3000/help/functions.html#EXPOSURESIM
 * @param probability Probability that each risk occurs, 0–1 (or "35%").
 * @param min Lowest cost of each risk.
 * @param mostLikely Most likely cost of each risk (between min and max).
 * @param max Highest cost of each risk.
 * @param percentile Percentile of the total to return, 0–1 (0.5 → P50, 0.9 → P90).
 * @param [iterations] Number of simulated years, 1–1,000,000 (default 10,000).
 * @param [seed] Seed of the random generator, a whole number (default 1).
 * @param [invocation] Excel's invocation of the call (given by Excel, not an argument in the cell): tells of cancellation.
 * @returns The total threat cost at the percentile.
 * @example =IMM.EXPOSURESIM({0.3;0.5}, {10000;5000}, {20000;8000}, {50000;15000}, 0.9, 10000, 1) → 31032.67
 * P90 of the simulated total threat cost (PERT costs, 10,000 iterations, seed 1: the same inputs always give the same figure).
 */
export async function exposureSim(
  probability: any[][], min: any[][], mostLikely: any[][], max: any[][], percentile: number, iterations?: number, seed?: number,
  invocation?: CustomFunctions.CancelableInvocation,
): Promise<number | string | ErrorValue> {
  return guardLong("EXPOSURESIM", ["probability", "min", "mostLikely", "max"], invocation, (call) => {
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
    return exposureSimSliced(risks, q, n, mulberry32(s), call);
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
 * @example =IMM.RISKINDEX({4;2}, {5;3}, {"Threat";"Threat"}) → 48
 * 100 × (1 − mean threat score / 25) = 100 × (1 − 13 / 25).
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

