/**
 * Performance pillar custom functions: KPISCORE, PERFORMANCEINDEX and the payment deductions DEDUCTION, AVAILABILITYDEDUCTION, AREARATE.
 * The JSDoc of each exported function is its declaration: custom-functions-metadata turns it into functions.json (id,
 * parameters, help), scripts/function-examples.ts reads its @example, the fuzz harness its parameters, and
 * src/functions/functions.ts re-exports it for Node. Export nothing else from this file: every export is a custom function.
 */
import {
  areaRate as areaRateOf,
  availabilityDeduction as availabilityDeductionOf,
  deduction as deductionOf,
  kpiScore as kpiScoreOf,
  performanceIndex as performanceIndexOf,
} from "../../imm";
import type { KpiItem } from "../../imm";
import { badValue, nothingToCompute } from "../../imm/errors";
import { badShape } from "../../imm/checks";
import { isBlank, parseNonNegative } from "../../imm/scales";
import type { NamedGrid } from "../args";
import { flatten, isOmitted, pick, toGrid } from "../args";
import { allBlank, directionOrHigher, located, numberOrNull, requiredNumber } from "../cells";
import { eachCell, guard, guardSpill } from "../guard";
import type { ErrorValue } from "../result-error";
import { numberList, numberSetting } from "../settings";
import { spill } from "../spill";

/**
 * KPI score 0–100: 100 at or beyond target, 0 at or beyond the failure threshold, linear between; a threshold equal to
 * the target is a step (100 when met, else 0). With no threshold, 100 × actual/target (higher is better) or
 * 100 × target/actual (lower is better), clamped; a target of 0 or below then gives #VALUE! asking for a threshold (a
 * ratio to it means nothing). Spills one score per cell.
 * @customfunction KPISCORE
 * @helpurl https://localhost:3000/help/functions.html#KPISCORE
 * @param actual Measured values.
 * @param target Targets (same shape, or one cell).
 * @param [direction] Higher or Lower (is better) per cell (blank → Higher).
 * @param [threshold] Failure level per cell, at or beyond the target on the failing side (blank → none; needed when target ≤ 0).
 * @returns The KPI score of each cell, in the shape of the input.
 * @example =IMM.KPISCORE(95, 98, "Higher", 90) → 62.5
 * Linear between the failure threshold (90 → 0) and the target (98 → 100).
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
 * @param [thresholds] Failure level per KPI (blank → none; needed for a target ≤ 0).
 * @param [weights] Weight ≥ 0 per KPI (blank → 1).
 * @returns The performance index, 0–100.
 * @example =IMM.PERFORMANCEINDEX({95;4}, {98;2}, {"Higher";"Lower"}, {90;6}) → 56.25
 * Mean of the KPI scores 62.5 (availability, higher is better) and 50 (response hours, lower is better).
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
      // Check each KPI here so that a threshold on the wrong side of its target, or a target ≤ 0 without a threshold, is
      // reported with its cell.
      located({ threshold: at("thresholds"), target: at("targets") }, () => kpiScoreOf(item.actual, item.target, direction, item.threshold));
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
 * @example =IMM.DEDUCTION(120, 3, 20, {100;200}, {1;1.2}) → 312
 * Threshold 20 points; points 21–100 at £3 × 1.0, 101–120 at £3 × 1.2: 80 × 3 + 20 × 3.6 = £312.
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
 * @example =IMM.AVAILABILITYDEDUCTION(2, 30, 3) → 180
 * Area rate £2 × weighting 30 × 3 unavailable periods = £180.
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
 * @example =IMM.AREARATE(1200000, {30;20;50}, 12) → 1000
 * Annual payment / (Σ area weightings × periods per year) = 1,200,000 / (100 × 12).
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

