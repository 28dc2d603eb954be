/**
 * Cell coercion for the table reader. Rating words, types and directions go through the engine's parsers
 * (`src/imm/scales.ts`); this file adds what tables need on top: currency strings, "50 meaning 50%" for
 * percentage columns, Y/N flags, dates, and messages phrased as `likelihood "abc" is not 1–5 or a likelihood word`.
 *
 * Percentage choice: in Probability and Control effectiveness columns a bare number n with 1 < n ≤ 100 is read
 * as n% (people type 35 for 35%); 1 itself is 100%, and "1%" must be written with the percent sign.
 */
import { ImmInputError, showValue } from "../imm/errors";
import {
  isBlank, normalizeWord, parseConsequence, parseDirection, parseEffectiveness, parseFinite, parseLikelihood,
  parseProbability, parseRating, parseRiskType, toFraction, toNumber, type Direction, type RiskType,
} from "../imm/scales";
import { MAX_SERIAL, parseDateString, ymdFromSerial } from "./dates";
import type { Allocation, Discipline, RawCell, RiskStatus, UncalculatedFormula } from "./types";

/**
 * A coerced value or the reason it could not be read (without location). A value read by a documented choice
 * the user should check (e.g. "1.000" read as 1) carries a `warning` (without location).
 */
export type Coerced<T> = { ok: true; value: T; warning?: string } | { ok: false; message: string };

/** What a formula with no calculated value is reported as, at its cell. */
export const NO_CALCULATED_VALUE = "formula with no calculated value: open and save the workbook in Excel first";

/** True for a formula cell saved without its calculated value. */
export function isUncalculated(value: unknown): value is UncalculatedFormula {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "uncalculated";
}

const ok = <T>(value: T): Coerced<T> => ({ ok: true, value });
const fail = <T>(message: string): Coerced<T> => ({ ok: false, message });

/** True for Excel error values as hosts deliver them ("#N/A", "#VALUE!", "#DIV/0!", …). */
export function isExcelError(value: RawCell): value is string {
  return typeof value === "string" && /^#(N\/A|VALUE!|REF!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|BUSY!|CONNECT!|UNKNOWN!|PYTHON!)$/i.test(value.trim());
}

/** Runs an engine parser; an ImmInputError "x must be Y, got Z" becomes `x Z is not Y`. */
function viaEngine<T>(value: RawCell, argument: string, parse: () => T): Coerced<T> {
  if (isExcelError(value)) return fail(`${argument} is the Excel error ${value.trim().toUpperCase()}`);
  try {
    return ok(parse());
  } catch (e) {
    if (!(e instanceof ImmInputError)) throw e;
    const m = /^(.*?) must be (.*), got (.*)$/s.exec(e.message);
    return fail(m ? `${m[1]} ${m[3]} is not ${m[2]}` : e.message);
  }
}

/** Text of a cell, trimmed; undefined when blank. Numbers as written, booleans as TRUE/FALSE. */
export function coerceText(value: RawCell): string | undefined {
  if (isBlank(value) || isUncalculated(value)) return undefined;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return typeof value === "string" ? value.trim() : String(value);
}

const SCALE: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mn: 1e6, mil: 1e6, b: 1e9, bn: 1e9 };

/** A number from a number or a string such as "1,200", "$1,200", "£3", "(500)", "-€2.5m", "1.2 bn"; NaN otherwise. */
export function toAmount(value: RawCell): number {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return NaN;
  let t = value.trim().replace(/^(AUD|USD|GBP|EUR|NZD|CAD|A\$|NZ\$|US\$)\s*/i, "");
  let sign = 1;
  const paren = /^\((.*)\)$/.exec(t);
  if (paren) { sign = -1; t = paren[1].trim(); }
  if (t.startsWith("-")) { sign = -sign; t = t.slice(1).trim(); }
  t = t.replace(/^[$£€¥]\s*/, "");
  if (t.startsWith("-")) { sign = -sign; t = t.slice(1).trim(); }
  const m = /^([\d,]*\.?\d+)\s*([a-z]*)$/i.exec(t);
  if (!m) return NaN;
  const factor = m[2] === "" ? 1 : SCALE[m[2].toLowerCase()];
  if (factor === undefined) return NaN;
  if (/,/.test(m[1]) && !/^\d{1,3}(,\d{3})*(\.\d+)?$/.test(m[1])) return NaN;
  return sign * toNumber(m[1]) * factor;
}

/**
 * Text such as "1.000" or "12,500" (one separator followed by exactly three digits, no currency sign) reads as a
 * thousands number in one convention and a decimal in the other. We read it as Excel does in an English locale
 * (comma = thousands, point = decimal: "1,000" → 1000, "1.000" → 1) and warn, naming both readings.
 */
function ambiguity(value: RawCell, n: number): string | undefined {
  if (typeof value !== "string") return undefined;
  const m = /^(-?)([1-9]\d{0,2})([.,])(\d{3})$/.exec(value.trim());
  if (!m) return undefined;
  const [, sign, whole, sep, frac] = m;
  const other = sep === "," ? Number(`${sign}${whole}.${frac}`) : Number(`${sign}${whole}${frac}`);
  const rule = sep === "," ? "comma as thousands separator" : "point as decimal separator";
  return `${showValue(value)} could be ${n} or ${other}; read as ${n} (${rule}): enter it as a number to be sure`;
}

/** A finite number; currency strings ("$1,200") accepted, and "98.5%" read as Excel does (0.985). */
export function coerceNumber(value: RawCell, argument: string): Coerced<number> {
  const pct = typeof value === "string" && /^\s*-?\d*\.?\d+\s*%\s*$/.test(value) ? toFraction(value.trim()) : NaN;
  const n = Number.isFinite(pct) ? pct : toAmount(value);
  const r = viaEngine(value, argument, () => parseFinite(Number.isFinite(n) ? n : value, argument));
  const warning = r.ok ? ambiguity(value, r.value) : undefined;
  return r.ok && warning ? { ...r, warning: `${argument} ${warning}` } : r;
}

/** A finite number ≥ 0; currency strings accepted. */
export function coerceNonNegative(value: RawCell, argument: string): Coerced<number> {
  const r = coerceNumber(value, argument);
  if (r.ok && r.value < 0) return fail(`${argument} ${showValue(value)} is not a number ≥ 0`);
  return r;
}

/** "50" or 50 → 0.5 (1 < n ≤ 100 read as a percentage); anything else unchanged. */
function percentOrFraction(value: RawCell): RawCell {
  if (typeof value === "string" && value.trim().endsWith("%")) return value;
  const n = toNumber(value);
  return Number.isFinite(n) && n > 1 && n <= 100 ? n / 100 : value;
}

/** Probability 0–1 from 0.35, "35%", or 35 (read as 35%). */
export function coerceProbability(value: RawCell, argument = "probability"): Coerced<number> {
  return viaEngine(value, argument, () => parseProbability(percentOrFraction(value), argument));
}

/** Control effectiveness 0–1 from 0.5, "50%", 50 (read as 50%) or a word of the settings' word list. */
export function coerceEffectiveness(
  value: RawCell, words: Readonly<Record<string, number>>, argument = "control effectiveness",
): Coerced<number> {
  const r = viaEngine(value, argument, () => parseEffectiveness(percentOrFraction(value), argument, words));
  if (r.ok || isExcelError(value)) return r;
  const list = Object.keys(words).map(capitalise).join(", ");
  return fail(`${argument} ${showValue(value)} is not 0–100% or one of ${list}`);
}

/** "almost certain" → "Almost certain". */
export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Likelihood rating 1…scale or a likelihood word. */
export function coerceLikelihood(value: RawCell, scale: number, argument = "likelihood"): Coerced<number> {
  return viaEngine(value, argument, () => parseLikelihood(value, argument, scale));
}

/** Consequence rating 1…scale or a consequence word. */
export function coerceConsequence(value: RawCell, scale: number, argument = "consequence"): Coerced<number> {
  return viaEngine(value, argument, () => parseConsequence(value, argument, scale));
}

/** A 1…scale rating (partnership factors). */
export function coerceRating(value: RawCell, argument: string, scale = 5): Coerced<number> {
  return viaEngine(value, argument, () => parseRating(value, argument, scale));
}

/** Threat or Opportunity. */
export function coerceRiskType(value: RawCell, argument = "type"): Coerced<RiskType> {
  return viaEngine(value, argument, () => parseRiskType(value, argument));
}

/** Higher or Lower (is better). */
export function coerceDirection(value: RawCell, argument = "direction"): Coerced<Direction> {
  return viaEngine(value, argument, () => parseDirection(value, argument));
}

const TRUE_WORDS = ["y", "yes", "true", "1", "x", "✓", "✔", "waived"];
const FALSE_WORDS = ["n", "no", "false", "0", "-", "not waived"];

/** A yes/no flag: TRUE/FALSE, Y/N, Yes/No, 1/0, x. */
export function coerceFlag(value: RawCell, argument: string): Coerced<boolean> {
  if (typeof value === "boolean") return ok(value);
  const w = typeof value === "number" ? String(value) : typeof value === "string" ? normalizeWord(value) : "";
  if (TRUE_WORDS.includes(w)) return ok(true);
  if (FALSE_WORDS.includes(w)) return ok(false);
  return fail(`${argument} ${showValue(value)} is not Y/N, Yes/No or TRUE/FALSE`);
}

/** A date as an Excel serial: a serial number, or a date string (ISO, d/m/yyyy, 12 Mar 2026). */
export function coerceDate(value: RawCell, argument: string): Coerced<number> {
  const n = typeof value === "number" ? value : typeof value === "string" ? toNumber(value) : NaN;
  if (Number.isFinite(n)) {
    return n >= 1 && n <= MAX_SERIAL ? ok(n) : fail(`${argument} ${showValue(value)} is not a date`);
  }
  const s = typeof value === "string" ? parseDateString(value) : NaN;
  if (Number.isFinite(s) && s >= 1) return ok(s);
  if (isExcelError(value)) return fail(`${argument} is the Excel error ${value.trim().toUpperCase()}`);
  return fail(`${argument} ${showValue(value)} is not a date (e.g. 2026-03-12 or 12/3/2026)`);
}

/** A word from a small vocabulary: `words` maps normalized spellings to the tag. */
function coerceWord<T extends string>(
  value: RawCell, argument: string, words: Readonly<Record<string, T>>, expected: string,
): Coerced<T> {
  if (typeof value === "string") {
    const w = normalizeWord(value).replace(/ (management|sector|party)$/, "");
    const t = words[w];
    if (t !== undefined) return ok(t);
  }
  return fail(`${argument} ${showValue(value)} is not ${expected}`);
}

const DISCIPLINES: Readonly<Record<string, Discipline>> = {
  partnership: "partnership", relationship: "partnership", risk: "risk",
  performance: "performance", service: "performance", "service performance": "performance",
};

const ALLOCATIONS: Readonly<Record<string, Allocation>> = {
  public: "public", government: "public", authority: "public", state: "public", client: "public",
  principal: "public", retained: "public", private: "private", operator: "private", spv: "private",
  contractor: "private", "project co": "private", projectco: "private", consortium: "private",
  transferred: "private", shared: "shared", joint: "shared", both: "shared", "public/private": "shared",
};

const STATUSES: Readonly<Record<string, RiskStatus>> = {
  open: "open", active: "open", live: "open", current: "open", new: "open", ongoing: "open",
  closed: "closed", retired: "closed", inactive: "closed", complete: "closed", completed: "closed",
  resolved: "closed", realised: "realised", realized: "realised", occurred: "realised",
  materialised: "realised", materialized: "realised", issue: "realised",
};

/** Partnership / Risk / Performance. */
export function coerceDiscipline(value: RawCell, argument = "discipline"): Coerced<Discipline> {
  return coerceWord(value, argument, DISCIPLINES, "Partnership, Risk or Performance");
}

/** Public / Private / Shared (also Authority, Operator, SPV, Joint, …). */
export function coerceAllocation(value: RawCell, argument = "allocation"): Coerced<Allocation> {
  return coerceWord(value, argument, ALLOCATIONS, "Public, Private or Shared");
}

/** Open / Closed / Realised. */
export function coerceRiskStatus(value: RawCell, argument = "status"): Coerced<RiskStatus> {
  return coerceWord(value, argument, STATUSES, "Open, Closed or Realised");
}

/** Fraction from 10%, "10%", 0.1 or 10 (1 < n ≤ 100 read as a percentage), in 0–1. */
export function coercePercent(value: RawCell, argument: string): Coerced<number> {
  const v = percentOrFraction(value);
  const n = toFraction(typeof v === "string" ? v.replace(/\s+/g, "") : v);
  if (Number.isFinite(n) && n >= 0 && n <= 1) return ok(n);
  if (isExcelError(value)) return fail(`${argument} is the Excel error ${value.trim().toUpperCase()}`);
  return fail(`${argument} ${showValue(value)} is not a percentage (0–100%)`);
}

/**
 * A period label: text as written; a whole number that can only be a date serial (≥ 20000, i.e. 1954 on) —
 * a date-formatted cell — becomes an ISO date "2026-03-31" so periods sort and read well.
 */
export function coercePeriod(value: RawCell): Coerced<string> {
  if (typeof value === "number" && Number.isInteger(value) && value >= 20000 && value <= MAX_SERIAL) {
    const { year, month, day } = ymdFromSerial(value);
    return ok(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
  }
  return ok(coerceText(value) ?? "");
}
