/** Narrowing Excel's `any[][]` to RawCell, and preparing plan values so strings stay literal text. */
import type { PlanValue } from "../../review/kit/plan";
import type { RawCell } from "../../tables/types";

/** One Excel value as a RawCell: "" (empty) → null; non-finite or unknown → null. */
export function toRawCell(v: unknown): RawCell {
  if (typeof v === "string") return v === "" ? null : v;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return v;
  return null;
}

/** A 2-D Excel values array as RawCell[][] (anything not an array of arrays → []). */
export function toRawGrid(v: unknown): RawCell[][] {
  if (!Array.isArray(v)) return [];
  return v.map((row: unknown) => (Array.isArray(row) ? row.map(toRawCell) : []));
}

/** A loaded string (e.g. a name or address), or "" when Excel returned something else. */
export function asString(v: unknown): string {
  return typeof v === "string" ? v : "";
}

/** Number format that makes Excel keep what is written as text. */
export const TEXT_FORMAT = "@";

/**
 * How one plan string is written so that Excel keeps it as the same text. The rule depends on the value's TYPE (it is
 * a string), never on what the string looks like: writing `range.values` is parsed like typing (Excel.Range.values in
 * @types/office-js: a leading "=", "+" or "-" makes a formula, ISO dates become dates, and what is parsed depends on
 * the workbook's locale), and typing also turns "Jan 2025", "Mar-25", "10:30 AM", "007", "1/2", "TRUE", "50%" into
 * dates, times, numbers and booleans, and "#N/A" into an error. No pattern list can follow every locale; the type can.
 * - Every string gets the text number format "@" first, so the values write that follows stores it literally
 *   (formula starts included: a text-formatted cell does not evaluate what is entered).
 * - A string starting with an apostrophe is the one exception: typing consumes a leading apostrophe as the quote
 *   prefix (OfficeDev/office-js#6687: the apostrophe never reaches the value), and whether a text-formatted cell also
 *   consumes it is not documented. So it is written the way a user types it to be certain, with one more apostrophe
 *   in front, on a cell that keeps the column's format: "'abc" is entered as "''abc" and stored as "'abc".
 * `format` null means: the column's own format.
 */
export function textCell(s: string): { value: string; format: string | null } {
  if (s.startsWith("'")) return { value: `'${s}`, format: null };
  return { value: s, format: TEXT_FORMAT };
}

/** A plan value as Excel accepts it in `values` (non-finite numbers become ""). */
export function toExcelValue(v: PlanValue): string | number | boolean {
  if (v === null) return "";
  if (typeof v === "number" && !Number.isFinite(v)) return "";
  return v;
}
