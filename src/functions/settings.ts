/** Scalar setting arguments (scale max, thresholds, point value, percentile, iterations, seed, cap) and small lists of numbers. */
import { badValue } from "../imm/errors";
import { isBlank, toFraction, toNumber } from "../imm/scales";
import type { Grid } from "./args";
import { isOmitted } from "./args";

/** An optional number setting: omitted or blank → fallback; otherwise a finite number (numeric strings accepted). */
export function numberSetting(value: unknown, name: string, fallback: number): number;
export function numberSetting(value: unknown, name: string, fallback?: number): number | undefined;
export function numberSetting(value: unknown, name: string, fallback?: number): number | undefined {
  if (isOmitted(value) || isBlank(value)) return fallback;
  const n = toNumber(value);
  return Number.isFinite(n) ? n : badValue(name, "a number", value);
}

/** A fraction setting such as a percentile: 0.9 or "90%"; omitted → fallback (or an error when there is none). */
export function fractionSetting(value: unknown, name: string, expected: string, fallback?: number): number {
  if (isOmitted(value) || isBlank(value)) return fallback ?? badValue(name, expected, value);
  const n = toFraction(value);
  return Number.isFinite(n) && n >= 0 && n <= 1 ? n : badValue(name, expected, value);
}

/** A whole-number setting in lo…hi; omitted → fallback. */
export function wholeSetting(value: unknown, name: string, fallback: number, lo: number, hi: number): number {
  const n = numberSetting(value, name, fallback);
  return Number.isInteger(n) && n >= lo && n <= hi ? n : badValue(name, `a whole number ${lo}–${hi}`, value);
}

/** The numbers of a small list range (band edges, multipliers, weights), skipping blank cells; each must be a finite number. */
export function numberList(grid: Grid, name: string): number[] {
  const out: number[] = [];
  for (const row of grid) {
    for (const v of row) {
      if (isBlank(v)) continue;
      const n = toNumber(v);
      out.push(Number.isFinite(n) ? n : badValue(name, "numbers", v));
    }
  }
  return out;
}
