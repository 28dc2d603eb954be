/**
 * How Excel (en-US) parses a string written to `range.values` on a cell that is not text-formatted: as if the user had
 * typed it. Excel.Range.values (@types/office-js) documents that a value starting with "+", "-" or "=" is interpreted
 * as a formula, that ISO dates (YYYY-MM-DD) are stored as dates (only strings shaped for another locale stay text),
 * and that "cells that contain an error will return the error string" — so "#N/A" typed becomes an error that reads
 * back as the same string. Typing also turns numbers, percentages, currency, fractions, month names, times and
 * booleans into non-text values, and consumes a leading apostrophe as the quote prefix (the text after it is kept;
 * OfficeDev/office-js#6687 shows the apostrophe is not part of what the API reads back). This fake is an en-US
 * workbook. A cell formatted as text ("@") keeps the string as written; grid.ts models that.
 */

export type TypedScalar = string | number | boolean;

/** The serial number Excel stores for a date (days since 1899-12-30; Excel's 1900 leap-year bug is irrelevant after March 1900). */
export function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** The year Excel assumes for "15-Mar" or "Mar-25" style entries; fixed so tests are deterministic. */
export const FAKE_CURRENT_YEAR = 2026;

const ERRORS = ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"];

const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** 1–12 for a month name or its abbreviation of three letters or more ("Mar", "Sept", "March"); 0 otherwise. */
function month(s: string): number {
  const k = s.toLowerCase();
  return k.length >= 3 ? MONTH_NAMES.findIndex((m) => m.startsWith(k)) + 1 : 0;
}

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length <= 2 ? (n < 30 ? 2000 + n : 1900 + n) : n;
}

/** A date typed in one of Excel's en-US forms, as a serial; null when it is not one. */
function parseDate(t: string): number | null {
  let m = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2}|\d{4}))?$/.exec(t); // 1/2, 1/2/2025, 1-2-25 (month first)
  if (m) {
    const y = m[3] ? fullYear(m[3]) : FAKE_CURRENT_YEAR;
    const mo = Number(m[1]), d = Number(m[2]);
    return validDay(y, mo, d) ? dateSerial(y, mo, d) : null;
  }
  m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(t); // 2025-01-15
  if (m && validDay(Number(m[1]), Number(m[2]), Number(m[3]))) return dateSerial(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^([A-Za-z]{3,9})\.?[\s/-]+(\d{1,4})(?:,?[\s/-]+(\d{2}|\d{4}))?$/.exec(t); // Jan 2025, Mar-25, March 15, 2025
  if (m && month(m[1]) > 0) {
    const mo = month(m[1]);
    const n = Number(m[2]);
    if (m[3]) return validDay(fullYear(m[3]), mo, n) ? dateSerial(fullYear(m[3]), mo, n) : null;
    if (m[2].length <= 2 && validDay(FAKE_CURRENT_YEAR, mo, n)) return dateSerial(FAKE_CURRENT_YEAR, mo, n); // "Mar-25" → 25 March
    return dateSerial(fullYear(m[2]), mo, 1); // "Jan 2025" → 1 January 2025
  }
  m = /^(\d{1,2})[\s/-]+([A-Za-z]{3,9})\.?(?:[\s/-]+(\d{2}|\d{4}))?$/.exec(t); // 15-Mar, 15 Mar 2025
  if (m && month(m[2]) > 0) {
    const y = m[3] ? fullYear(m[3]) : FAKE_CURRENT_YEAR;
    return validDay(y, month(m[2]), Number(m[1])) ? dateSerial(y, month(m[2]), Number(m[1])) : null;
  }
  return null;
}

/** A time of day typed as 10:30, 10:30:15, 10:30 AM, 10 PM (fraction of a day); null when it is not one. */
function parseTime(t: string): number | null {
  const m = /^(\d{1,2})(?::(\d{1,2}))?(?::(\d{1,2}(?:\.\d+)?))?\s*([AaPp][Mm]?)?$/.exec(t);
  if (!m || (m[2] === undefined && !m[4])) return null;
  let h = Number(m[1]);
  const min = Number(m[2] ?? 0), sec = Number(m[3] ?? 0);
  if (m[4]) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (/^p/i.test(m[4]) ? 12 : 0);
  }
  if (h > 23 || min > 59 || sec >= 60) return null;
  return (h * 3600 + min * 60 + sec) / 86_400;
}

/** A number typed with optional sign, thousands separators, currency, parentheses, exponent or percent; null otherwise. */
function parseNumber(t: string): number | null {
  let s = t;
  let sign = 1;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) { s = paren[1]; sign = -1; }
  if (/^[+-]/.test(s)) { if (s[0] === "-") sign = -sign; s = s.slice(1); }
  s = s.replace(/^[$£€]\s?/, "");
  if (/^[+-]/.test(s)) { if (s[0] === "-") sign = -sign; s = s.slice(1); }
  let pct = false;
  if (s.endsWith("%")) { pct = true; s = s.slice(0, -1).trim(); }
  if (!/^(\d{1,3}(,\d{3})+|\d+)?(\.\d*)?(e[+-]?\d+)?$/i.test(s) || !/\d/.test(s) || /^e/i.test(s)) return null;
  const n = Number(s.replace(/,/g, ""));
  if (!Number.isFinite(n)) return null;
  return sign * (pct ? n / 100 : n);
}

/** "1 1/2" → 1.5 (a fraction with a whole part; "1/2" alone is a date in en-US). */
function parseMixedFraction(t: string): number | null {
  const m = /^([+-]?)(\d+)\s+(\d+)\/(\d+)$/.exec(t);
  if (!m || Number(m[4]) === 0 || Number(m[3]) >= Number(m[4])) return null;
  const v = Number(m[2]) + Number(m[3]) / Number(m[4]);
  return m[1] === "-" ? -v : v;
}

/** What Excel stores when `input` is typed into a General cell: the value, and the formula when it became one. */
export function typedInput(input: string): { value: TypedScalar; formula: string | null; error?: true } {
  if (input.startsWith("'")) return { value: input.slice(1), formula: null }; // the quote prefix: the rest stays text
  if (input.length > 1 && /^[=+\-@]/.test(input) && parseNumber(input.trim()) === null) {
    const formula = input.startsWith("=") ? input : `=${input.startsWith("@") ? input.slice(1) : input}`;
    return { value: "#FORMULA!", formula };
  }
  const t = input.trim();
  if (t === "") return { value: input, formula: null };
  const upper = t.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE", formula: null };
  if (ERRORS.includes(upper)) return { value: upper, formula: null, error: true }; // an error value, no longer text
  const num = parseNumber(t) ?? parseMixedFraction(t) ?? parseTime(t) ?? parseDate(t);
  if (num !== null) return { value: num, formula: null };
  const dt = /^(.+?)\s+(\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp][Mm])?)$/.exec(t); // "1/2/2025 10:30"
  if (dt) {
    const d = parseDate(dt[1]);
    const h = parseTime(dt[2]);
    if (d !== null && h !== null) return { value: d + h, formula: null };
  }
  return { value: input, formula: null };
}
