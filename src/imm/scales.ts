/**
 * Rating scales and descriptor words (IMM-SPEC §1): words accepted case- and spacing-insensitively
 * wherever a number is. Each parser returns a number (or a tag) or throws ImmInputError naming the argument.
 */
import { badValue } from "./errors";
import { DEFAULT_SETTINGS } from "./defaults";

export type RiskType = "threat" | "opportunity";
export type Direction = "higher" | "lower";

/** Lower-cases and collapses whitespace, hyphens and underscores: "Almost  Certain" → "almost certain". */
export function normalizeWord(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_-]+/g, " ");
}

/** True for null, undefined, "" and whitespace-only strings: what Excel calls a blank cell. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

export const LIKELIHOOD_WORDS: Readonly<Record<string, number>> = Object.freeze({
  rare: 1, unlikely: 2, possible: 3, likely: 4, "almost certain": 5,
});

export const CONSEQUENCE_WORDS: Readonly<Record<string, number>> = Object.freeze({
  insignificant: 1, minor: 2, moderate: 3, major: 4, severe: 5, catastrophic: 5,
});

/** Reads a number from a number or a numeric string ("3", " 2.5 "); NaN otherwise. Booleans are not numbers. */
export function toNumber(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.trim() !== "") {
    const n = Number(value.trim().replace(/,/g, ""));
    return n;
  }
  return NaN;
}

function ratingOrWord(
  value: unknown, argument: string, words: Readonly<Record<string, number>>, scaleMax: number, kind: string,
): number {
  if (typeof value === "string") {
    const w = words[normalizeWord(value)];
    if (w !== undefined) return w;
  }
  const n = toNumber(value);
  if (Number.isFinite(n) && n >= 1 && n <= scaleMax) return n;
  return badValue(argument, `1–${scaleMax} or a ${kind} word`, value);
}

/** Likelihood rating: a number in 1…scaleMax or Rare=1, Unlikely=2, Possible=3, Likely=4, Almost certain=5. */
export function parseLikelihood(value: unknown, argument = "likelihood", scaleMax = DEFAULT_SETTINGS.likelihoodScale): number {
  return ratingOrWord(value, argument, LIKELIHOOD_WORDS, scaleMax, "likelihood");
}

/** Consequence rating: a number in 1…scaleMax or Insignificant=1, Minor=2, Moderate=3, Major=4, Severe/Catastrophic=5. */
export function parseConsequence(value: unknown, argument = "consequence", scaleMax = DEFAULT_SETTINGS.consequenceScale): number {
  return ratingOrWord(value, argument, CONSEQUENCE_WORDS, scaleMax, "consequence");
}

/** A generic 1…scaleMax rating (partnership factors): a number or numeric string in range. */
export function parseRating(value: unknown, argument = "rating", scaleMax = 5): number {
  const n = toNumber(value);
  if (Number.isFinite(n) && n >= 1 && n <= scaleMax) return n;
  return badValue(argument, `1–${scaleMax}`, value);
}

/** A fraction from 0.5, "50%", "0.5" (range checks are the caller's). NaN when not a number. */
export function toFraction(value: unknown): number {
  if (typeof value === "string") {
    const t = value.trim();
    if (t.endsWith("%")) return toNumber(t.slice(0, -1)) / 100;
  }
  return toNumber(value);
}

/** Control effectiveness e ∈ [0, 1]: a fraction, "50%", or a word (None 0, Partial 0.25, Substantial 0.5, Full 0.75). */
export function parseEffectiveness(
  value: unknown, argument = "effectiveness", words: Readonly<Record<string, number>> = DEFAULT_SETTINGS.effectivenessWords,
): number {
  if (typeof value === "string") {
    const w = words[normalizeWord(value)];
    if (w !== undefined) return w;
  }
  const n = toFraction(value);
  if (Number.isFinite(n) && n >= 0 && n <= 1) return n;
  return badValue(argument, "0–1 (0–100%) or None/Partial/Substantial/Full", value);
}

/** Probability p ∈ [0, 1]: a fraction or "35%". */
export function parseProbability(value: unknown, argument = "probability"): number {
  const n = toFraction(value);
  if (Number.isFinite(n) && n >= 0 && n <= 1) return n;
  return badValue(argument, "0–1 (0–100%)", value);
}

/** Risk type: Threat or Opportunity (also T/O, Opp, Risk → threat). */
export function parseRiskType(value: unknown, argument = "type"): RiskType {
  if (typeof value === "string") {
    const w = normalizeWord(value);
    if (["threat", "t", "risk", "downside", "negative"].includes(w)) return "threat";
    if (["opportunity", "o", "opp", "upside", "positive"].includes(w)) return "opportunity";
  }
  return badValue(argument, "Threat or Opportunity", value);
}

/** KPI direction: Higher or Lower (is better); also "higher is better", "max", "min", "up", "down". */
export function parseDirection(value: unknown, argument = "direction"): Direction {
  if (typeof value === "string") {
    const w = normalizeWord(value).replace(/ is better$/, "");
    if (["higher", "high", "h", "max", "up", "increase"].includes(w)) return "higher";
    if (["lower", "low", "l", "min", "down", "decrease"].includes(w)) return "lower";
  }
  return badValue(argument, "Higher or Lower", value);
}

/** A finite number (numeric strings accepted). */
export function parseFinite(value: unknown, argument: string): number {
  const n = toNumber(value);
  if (Number.isFinite(n)) return n;
  return badValue(argument, "a number", value);
}

/** A finite number ≥ 0 (numeric strings accepted). */
export function parseNonNegative(value: unknown, argument: string): number {
  const n = toNumber(value);
  if (Number.isFinite(n) && n >= 0) return n;
  return badValue(argument, "a number ≥ 0", value);
}
