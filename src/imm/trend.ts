/** Trend of a series by period (IMM-SPEC §2 TREND, TRENDLABEL). */
import { ImmInputError, badValue, nothingToCompute } from "./errors";
import type { Direction } from "./scales";
import { compareAtEdge } from "./precision";

export type TrendLabel = "Improving" | "Stable" | "Declining";

/** Least-squares slope per period: Σ(xᵢ − x̄)(yᵢ − ȳ) / Σ(xᵢ − x̄)², xᵢ = position in the series (blanks keep their period); needs 2 values. */
export function trend(values: readonly (number | null)[]): number {
  return fit(values).slope;
}

function fit(values: readonly (number | null)[]): { slope: number; mean: number } {
  let n = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < values.length; i++) {
    const y = values[i];
    if (y === null) continue;
    if (!Number.isFinite(y)) badValue(values.length > 1 ? `values item ${i + 1}` : "values", "a number", y);
    n++;
    sx += i;
    sy += y;
  }
  if (n < 2) nothingToCompute("values", `a trend needs at least 2 values, got ${n}`);
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < values.length; i++) {
    const y = values[i];
    if (y === null) continue;
    sxy += (i - mx) * (y - my);
    sxx += (i - mx) * (i - mx);
  }
  const slope = sxy / sxx;
  if (!Number.isFinite(slope) || !Number.isFinite(my)) throw new ImmInputError("values", "values: the values are too large to fit a trend");
  return { slope, mean: my };
}

/**
 * Label of the slope: |slope| < 1% of |mean| (compared at 9 decimal places) or slope 0 → Stable; rising → Improving when
 * higher is better, Declining when lower is.
 */
export function trendLabel(values: readonly (number | null)[], direction: Direction = "higher"): TrendLabel {
  if (direction !== "higher" && direction !== "lower") badValue("direction", "Higher or Lower", direction);
  const { slope, mean } = fit(values);
  if (compareAtEdge(slope, 0) === 0 || compareAtEdge(Math.abs(slope), 0.01 * Math.abs(mean)) < 0) return "Stable";
  const rising = slope > 0;
  return rising === (direction === "higher") ? "Improving" : "Declining";
}
