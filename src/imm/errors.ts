/** The one error type the engine throws: a bad argument or nothing to compute, with where and what. */
export type ImmErrorCode = "value" | "na";

export class ImmInputError extends Error {
  /** "value" → Excel #VALUE! (bad input); "na" → Excel #N/A (nothing to compute). */
  readonly code: ImmErrorCode;
  /** Argument name (functions) or cell address (tables) the message is about. */
  readonly location: string;

  constructor(location: string, message: string, code: ImmErrorCode = "value") {
    super(message);
    this.name = "ImmInputError";
    this.code = code;
    this.location = location;
  }
}

/** Renders a bad value for a message: strings quoted, others as written. */
export function showValue(value: unknown): string {
  if (typeof value === "string") return `"${value.length > 40 ? value.slice(0, 37) + "…" : value}"`;
  if (value === null || value === undefined) return "blank";
  if (typeof value === "number" && Number.isNaN(value)) return "NaN";
  return String(value);
}

/** Throws ImmInputError(code "value") naming the argument and the bad value. */
export function badValue(argument: string, expected: string, got: unknown): never {
  throw new ImmInputError(argument, `${argument} must be ${expected}, got ${showValue(got)}`);
}

/** Throws ImmInputError(code "na"): nothing to compute. */
export function nothingToCompute(argument: string, why: string): never {
  throw new ImmInputError(argument, `${argument}: ${why}`, "na");
}
