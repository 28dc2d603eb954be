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

const COUNT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/**
 * Trend words (issue 11 §6): the latest change AND the long-run direction, so a recovery in the last period is never
 * hidden by a falling trend — "up 22.6 since 2025-Q3; down over four periods".
 * Latest change = last value − the value before it (blanks skipped), each rounded to one decimal first — the change
 * between the values as shown, so 71.4 → 94.0 reads "up 22.6" — ("unchanged" at 0.0).
 * Long-run direction = the TRENDLABEL rule on the least-squares slope over every value: "flat" when |slope| < 1% of
 * |mean| (or 0), else "up" or "down" (neutral words: whether up is good depends on the series).
 * Needs 2 values; `labels[i]` names period i; `unit` is the plural noun counted ("periods", "reviews").
 */
export function trendWords(values: readonly (number | null)[], labels: readonly string[], unit = "periods"): string {
  const at = values.map((v, i) => [v, i] as const).filter(([v]) => v !== null) as (readonly [number, number])[];
  if (at.length < 2) nothingToCompute("values", `a trend needs at least 2 values, got ${at.length}`);
  const [last, lastI] = at[at.length - 1];
  const [prev, prevI] = at[at.length - 2];
  const d = Math.round((Math.round(last * 10) - Math.round(prev * 10))) / 10;
  const since = labels[prevI] ?? `period ${prevI + 1}`;
  const latest = d === 0 ? `unchanged since ${since}` : `${d > 0 ? "up" : "down"} ${Math.abs(d).toFixed(1)} since ${since}`;
  const { slope, mean } = fit(values);
  const flat = compareAtEdge(slope, 0) === 0 || compareAtEdge(Math.abs(slope), 0.01 * Math.abs(mean)) < 0;
  const n = lastI - at[0][1] + 1;
  const count = n < COUNT_WORDS.length ? COUNT_WORDS[n] : String(n);
  return `${latest}; ${flat ? "flat" : slope > 0 ? "up" : "down"} over ${count} ${unit}`;
}
