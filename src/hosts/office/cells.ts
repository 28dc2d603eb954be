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

/**
 * True when Excel would not keep this string as typed text: formula starts (= + - @) and numbers, percentages,
 * booleans and date-like strings, which Excel converts unless the cell is formatted as text ("@").
 */
export function needsTextFormat(s: string): boolean {
  if (/^[=+\-@]/.test(s)) return true;
  const t = s.trim();
  if (/^(true|false)$/i.test(t)) return true;
  return /\d/.test(t) && /^[\s\d.,:/\-+$£€%()eE]*$/.test(t);
}

/** A plan value as Excel accepts it in `values` (non-finite numbers become ""). */
export function toExcelValue(v: PlanValue): string | number | boolean {
  if (v === null) return "";
  if (typeof v === "number" && !Number.isFinite(v)) return "";
  return v;
}
