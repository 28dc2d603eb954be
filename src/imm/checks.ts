/** Small argument checks shared by the engine formulas; each throws ImmInputError naming the argument. */
import { ImmInputError, badValue } from "./errors";

/** Returns value when it is a finite number; otherwise throws naming the argument. */
export function finite(value: number, argument: string): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  return badValue(argument, "a number", value);
}

/** Returns value when it is a finite number ≥ 0; otherwise throws naming the argument. */
export function nonNegative(value: number, argument: string): number {
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) return value;
  return badValue(argument, "a number ≥ 0", value);
}

/** Returns value when lo ≤ value ≤ hi (finite); otherwise throws naming the argument and the range. */
export function inRange(value: number, lo: number, hi: number, argument: string, expected = `${lo}–${hi}`): number {
  if (typeof value === "number" && Number.isFinite(value) && value >= lo && value <= hi) return value;
  return badValue(argument, expected, value);
}

/** Throws unless the weights are finite, ≥ 0 and as many as expected; returns them (or n ones when absent). */
export function weightsOf(weights: readonly number[] | undefined, n: number, argument = "weights"): readonly number[] {
  if (weights === undefined) return new Array<number>(n).fill(1);
  if (weights.length !== n) return badShape(argument, `${n} value${n === 1 ? "" : "s"} (one per item)`, `${weights.length} values`);
  for (let i = 0; i < n; i++) nonNegative(weights[i], weights.length > 1 ? `${argument} item ${i + 1}` : argument);
  return weights;
}

/** Throws ImmInputError "argument must be expected, got what" where `what` describes a shape or count (not quoted). */
export function badShape(argument: string, expected: string, what: string): never {
  throw new ImmInputError(argument, `${argument} must be ${expected}, got ${what}`);
}
