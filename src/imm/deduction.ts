/** Performance and availability deductions and the area rate (IMM-SPEC §2 DEDUCTION, AVAILABILITYDEDUCTION, AREARATE). */
import { badValue } from "./errors";
import { badShape, nonNegative } from "./checks";

/**
 * Deduction = Σ over bands of (points in the band above threshold) × pointValue × band multiplier, capped at cap.
 * bandEdges are ascending upper edges; bandMultipliers has one per edge (the last also applies above the last edge)
 * or one more (for points above the last edge). No bands → multiplier 1. E.g. threshold 20, edges [100, 200],
 * multipliers [1, 1.2], value 3, 120 points → 80 × 3 + 20 × 3.6 = 312.
 */
export function deduction(
  points: number, pointValue: number, threshold = 0, bandEdges?: readonly number[], bandMultipliers?: readonly number[], cap?: number,
): number {
  nonNegative(points, "points");
  nonNegative(pointValue, "pointValue");
  nonNegative(threshold, "threshold");
  if (cap !== undefined) nonNegative(cap, "cap");
  const edges = bandEdges ?? [];
  const mults = bandMultipliers ?? (edges.length === 0 ? [1] : edges.map(() => 1));
  for (let i = 0; i < edges.length; i++) {
    nonNegative(edges[i], `bandEdges item ${i + 1}`);
    if (i > 0 && edges[i] <= edges[i - 1]) badValue(`bandEdges item ${i + 1}`, `> ${edges[i - 1]} (edges ascend)`, edges[i]);
  }
  if (mults.length !== edges.length && mults.length !== edges.length + 1) {
    badShape("bandMultipliers", `${edges.length} or ${edges.length + 1} values (one per band edge)`, `${mults.length} values`);
  }
  if (edges.length === 0 && mults.length === 0) badShape("bandMultipliers", "1 value when there are no band edges", "none");
  for (let i = 0; i < mults.length; i++) nonNegative(mults[i], `bandMultipliers item ${i + 1}`);

  let total = 0;
  let lo = threshold;
  for (let b = 0; b <= edges.length && lo < points; b++) {
    const hi = b < edges.length ? Math.max(edges[b], threshold) : Infinity;
    const m = mults[Math.min(b, mults.length - 1)];
    const inBand = Math.min(points, hi) - lo;
    if (inBand > 0) total += inBand * pointValue * m;
    lo = Math.max(lo, hi);
  }
  return cap === undefined ? total : Math.min(total, cap);
}

/** Availability deduction = areaRate × weighting × periods × usedFactor × repeatFactor (e.g. 2 × 30 × 3 = 180). */
export function availabilityDeduction(areaRate: number, weighting: number, periods: number, usedFactor = 1, repeatFactor = 1): number {
  return (
    nonNegative(areaRate, "areaRate") *
    nonNegative(weighting, "weighting") *
    nonNegative(periods, "periods") *
    nonNegative(usedFactor, "usedFactor") *
    nonNegative(repeatFactor, "repeatFactor")
  );
}

/** Area rate = annualPayment / (Σ weightings × periodsPerYear). */
export function areaRate(annualPayment: number, weightings: readonly number[], periodsPerYear: number): number {
  nonNegative(annualPayment, "annualPayment");
  let sum = 0;
  for (let i = 0; i < weightings.length; i++) sum += nonNegative(weightings[i], weightings.length > 1 ? `weightings item ${i + 1}` : "weightings");
  if (sum <= 0) badValue("weightings", "a total > 0", sum);
  if (!(Number.isFinite(periodsPerYear) && periodsPerYear > 0)) badValue("periodsPerYear", "a number > 0", periodsPerYear);
  return annualPayment / (sum * periodsPerYear);
}
