/** Unique, valid sheet and table names, shared by both hosts (Excel's rules: sheets ≤ 31 chars, case-insensitive; tables are identifiers). */

const MAX_SHEET = 31;

/** Cleans a desired sheet name: no []:*?/\ characters, no leading/trailing quote, ≤ 31 chars, not empty. */
export function cleanSheetName(name: string): string {
  let s = name.replace(/[[\]:*?/\\]/g, " ").replace(/^'+|'+$/g, "").trim();
  if (!s || s.toLowerCase() === "history") s = "Sheet"; // Excel reserves "History" in any case
  return s.slice(0, MAX_SHEET).trim();
}

/** `desired`, or "desired (2)", "(3)"… — the first that is not in `taken` (lower-cased names). */
export function uniqueSheetName(desired: string, taken: ReadonlySet<string>): string {
  const base = cleanSheetName(desired);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, MAX_SHEET - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Cleans a table name to a valid Excel identifier (letters, digits, _ and .; not a cell reference). */
export function cleanTableName(name: string): string {
  let s = name.replace(/[^A-Za-z0-9_.]/g, "_");
  if (!/^[A-Za-z_]/.test(s)) s = `T_${s}`;
  if (/^[A-Za-z]{1,3}\d+$/.test(s) || /^[RrCc]\d*$/.test(s) || /^R\d*C\d*$/i.test(s)) s = `T_${s}`;
  return s.slice(0, 250);
}

/** `name`, or name2, name3… — the first not in `taken` (lower-cased). Adds the result to `taken`. */
export function uniqueTableName(name: string, taken: Set<string>): string {
  const base = cleanTableName(name);
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base}${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** Prefix of the temporary sheets a host builds before swapping them in; leftovers of a failed run are removed. */
export const TEMP_SHEET_PREFIX = "~IMM writing ";
