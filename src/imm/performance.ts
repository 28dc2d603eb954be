/** KPI scores and the performance index (IMM-SPEC §2 KPISCORE, PERFORMANCEINDEX). */
import { ImmInputError, badValue, nothingToCompute } from "./errors";
import type { Direction } from "./scales";
import { finite, nonNegative } from "./checks";

/** One KPI of the performance index. */
export interface KpiItem {
  readonly actual: number;
  readonly target: number;
  readonly direction?: Direction;
  readonly threshold?: number;
  readonly weight?: number;
}

/**
 * KPI score 0–100. With a threshold (failure level): 100 at/beyond target, 0 at/beyond threshold, linear between; the
 * threshold must be on the failing side of the target, or equal to it: then the score is a step, 100 when the target is
 * met and 0 when it is not. Without a threshold: 100 × actual/target (higher) or 100 × target/actual (lower), clamped to
 * 0–100; a ratio needs a target above 0, so a target ≤ 0 without a threshold is a #VALUE! asking for a threshold.
 */
export function kpiScore(actual: number, target: number, direction: Direction = "higher", threshold?: number): number {
  finite(actual, "actual");
  finite(target, "target");
  if (direction !== "higher" && direction !== "lower") badValue("direction", "Higher or Lower", direction);
  const higher = direction === "higher";
  const met = higher ? actual >= target : actual <= target;
  if (threshold !== undefined) {
    finite(threshold, "threshold");
    if (higher ? threshold > target : threshold < target) {
      badValue("threshold", `${higher ? "at or below" : "at or above"} target (${target}) for ${direction}-is-better`, threshold);
    }
    // Threshold = target: no band between failure and success, so the score is a step (100 met, 0 missed).
    if (threshold === target) return met ? 100 : 0;
    const score = (100 * (actual - threshold)) / (target - threshold);
    return Math.min(100, Math.max(0, score));
  }
  // A ratio to a target of 0 or below means nothing (and would make "met" the only score above 0): ask for a threshold,
  // for every actual, so the KPI is flagged when it is set up rather than in the first period it is missed.
  if (target <= 0) {
    throw new ImmInputError("target", `target is ${target}: give a threshold to score a KPI whose target is 0 or below`);
  }
  if (met) return 100;
  const score = higher ? (100 * actual) / target : (100 * target) / actual;
  return Math.min(100, Math.max(0, score));
}

/** Performance index = Σ wᵢ × KPISCOREᵢ / Σ wᵢ (weights default 1); no KPIs → nothing to compute (#N/A). */
export function performanceIndex(items: readonly KpiItem[]): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const w = it.weight === undefined ? 1 : nonNegative(it.weight, items.length > 1 ? `weights item ${i + 1}` : "weights");
    num += w * kpiScore(it.actual, it.target, it.direction, it.threshold);
    den += w;
  }
  if (items.length === 0) nothingToCompute("actuals", "no KPI has an actual and a target");
  if (den === 0) nothingToCompute("weights", "every KPI has weight 0");
  return num / den;
}
