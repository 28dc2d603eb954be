/**
 * Dates as Excel serial numbers (days since 1899-12-30, the 1900 date system). Strings accepted:
 * ISO `2026-03-12`, day-first `12/3/2026` (d/m/yyyy, the Commonwealth order PPP registers use; also `.` or `-`),
 * `12 Mar 2026`, `12-Mar-26`, `Mar 12, 2026` and `March 2026` (the 1st). Two-digit years: see `year4`.
 */
const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december"];

const DAY_MS = 86400000;
const EPOCH = Date.UTC(1899, 11, 30);
/** 9999-12-31, Excel's last date. */
export const MAX_SERIAL = 2958465;

/** Excel serial of a calendar date; NaN when the date does not exist (31 Feb). */
export function serialFromYmd(year: number, month: number, day: number): number {
  if (month < 1 || month > 12 || day < 1) return NaN;
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return NaN;
  return Math.round((t - EPOCH) / DAY_MS);
}

/** Calendar date { year, month, day } of an Excel serial (fractions = time of day, dropped). */
export function ymdFromSerial(serial: number): { year: number; month: number; day: number } {
  const d = new Date(EPOCH + Math.floor(serial) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * A four-digit year from a written year. Two-digit years pivot as Excel does (its default "2029" rule):
 * 00–29 → 2000–2029, 30–99 → 1930–1999, so "12-Mar-99" is 1999 and "12-Mar-26" is 2026.
 */
export function year4(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  return n <= 29 ? 2000 + n : 1900 + n;
}

/** 1–12 for a month name or its abbreviation of 3+ letters ("Mar", "Sept", "March"); undefined otherwise. */
function month(word: string): number | undefined {
  const w = word.toLowerCase();
  const i = MONTH_NAMES.findIndex((name) => w.length >= 3 && name.startsWith(w));
  return i < 0 ? undefined : i + 1;
}

/** Excel serial from a date string in one of the accepted forms; NaN when not a date. */
export function parseDateString(text: string): number {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(t);
  if (m) return serialFromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(t);
  if (m) return serialFromYmd(year4(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]{3,9})\.?,?[\s-]+(\d{4}|\d{2})$/.exec(t);
  if (m) {
    const mo = month(m[2]);
    return mo ? serialFromYmd(year4(m[3]), mo, Number(m[1])) : NaN;
  }
  m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(t);
  if (m) {
    const mo = month(m[1]);
    return mo ? serialFromYmd(Number(m[3]), mo, Number(m[2])) : NaN;
  }
  m = /^([A-Za-z]{3,9})\.?[\s-]+(\d{4})$/.exec(t);
  if (m) {
    const mo = month(m[1]);
    return mo ? serialFromYmd(Number(m[2]), mo, 1) : NaN;
  }
  return NaN;
}
