/** Reading one cell of a range as the engine's input: blanks, numbers and descriptor words, with the argument named. */
import { isBlank, parseDirection, parseRiskType, toNumber } from "../imm/scales";
import type { Direction, RiskType } from "../imm/scales";
import { ImmInputError, badValue } from "../imm/errors";

/** A finite number (numeric strings accepted), or null for a blank cell. */
export function numberOrNull(value: unknown, name: string): number | null {
  if (isBlank(value)) return null;
  const n = toNumber(value);
  return Number.isFinite(n) ? n : badValue(name, "a number", value);
}

/** A finite number (numeric strings accepted); blank is an error. */
export function requiredNumber(value: unknown, name: string): number {
  const n = toNumber(value);
  return Number.isFinite(n) ? n : badValue(name, "a number", value);
}

/** A direction word, blank → "higher". */
export function directionOrHigher(value: unknown, name: string): Direction {
  return isBlank(value) ? "higher" : parseDirection(value, name);
}

/** A risk type word, blank → "threat". */
export function typeOrThreat(value: unknown, name: string): RiskType {
  return isBlank(value) ? "threat" : parseRiskType(value, name);
}

/** True when every value is blank (an empty row of a table spills as an empty result, not an error). */
export function allBlank(...values: readonly unknown[]): boolean {
  for (const v of values) if (!isBlank(v)) return false;
  return true;
}

/** Runs body; an ImmInputError about an engine argument named in `names` is re-thrown under the caller's name for it. */
export function located<T>(names: Readonly<Record<string, string>>, body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (e instanceof ImmInputError && Object.prototype.hasOwnProperty.call(names, e.location)) {
      const to = names[e.location];
      const message = e.message.startsWith(e.location) ? to + e.message.slice(e.location.length) : `${to}: ${e.message}`;
      throw new ImmInputError(to, message, e.code);
    }
    throw e;
  }
}
