/**
 * Chronological order of period labels (one rule for every pillar and chart). A label is parsed to a sort key:
 * ISO dates "2025-03-31" / "2025-03", quarters "2025-Q1", "2025 Q1", "Q1 2025", "Q1-25", halves "H1 2025",
 * months "Jan 2025", "January-2025", "2025 Jan", financial years "FY2025", "FY 2024/25", "FY25" (the year
 * it ends), and a bare year "2025". When every label parses, periods are sorted by key (ties keep their
 * first-appearance order); when any label cannot be parsed (e.g. "Current", "Year 1"), the first-appearance
 * order of the table is kept unchanged.
 */

const MONTHS_FULL = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december"];

/** Month number 1–12 of a month name or its abbreviation ("Sep", "Sept", "September"); null otherwise. */
function monthOf(word: string): number | null {
  const i = MONTHS_FULL.findIndex((m) => word.length >= 3 && m.startsWith(word));
  return i < 0 ? null : i + 1;
}

const year = (s: string): number => (s.length === 2 ? 2000 + Number(s) : Number(s));

/** Key in days-like units: year × 400 + (month − 1) × 31 + day − 1; null when the label is not a recognised period. */
export function periodKey(label: string): number | null {
  const s = label.trim().toLowerCase().replace(/\s+/g, " ");
  const at = (y: number, month = 1, day = 1): number => y * 400 + (month - 1) * 31 + (day - 1);
  let m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return at(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 1);
  m = /^(\d{4}|\d{2})[ \-/]?q([1-4])$/.exec(s);
  if (m) return at(year(m[1]), 3 * (Number(m[2]) - 1) + 1);
  m = /^q([1-4])[ \-/]?(?:fy)?(\d{4}|\d{2})$/.exec(s);
  if (m) return at(year(m[2]), 3 * (Number(m[1]) - 1) + 1);
  m = /^(\d{4})[ \-/]?h([12])$/.exec(s) ?? /^h([12])[ \-/]?(\d{4})$/.exec(s);
  if (m) {
    const [y, h] = /^\d{4}$/.test(m[1]) ? [m[1], m[2]] : [m[2], m[1]];
    return at(Number(y), Number(h) === 1 ? 1 : 7);
  }
  m = /^([a-z]{3,9})\.?[ \-/]?(\d{4}|\d{2})$/.exec(s);
  if (m && monthOf(m[1]) !== null) return at(year(m[2]), monthOf(m[1]) as number);
  m = /^(\d{4})[ \-/]([a-z]{3,9})$/.exec(s);
  if (m && monthOf(m[2]) !== null) return at(Number(m[1]), monthOf(m[2]) as number);
  m = /^fy ?(\d{4}|\d{2})(?:[ \-/](\d{4}|\d{2}))?$/.exec(s);
  if (m) return at(year(m[2] ?? m[1]), 12, 31);
  m = /^(\d{4})$/.exec(s);
  if (m) return at(Number(m[1]));
  return null;
}

/** The labels in chronological order when all parse, else unchanged (first-appearance order). Never mutates. */
export function orderPeriods(labels: readonly string[]): string[] {
  const keys = labels.map(periodKey);
  if (keys.some((k) => k === null)) return [...labels];
  return labels.map((l, i) => ({ l, i, k: keys[i] as number })).sort((a, b) => a.k - b.k || a.i - b.i).map((x) => x.l);
}
