/**
 * Excel number formatting for the read-only grid, by the `numfmt` package (Excel's own format semantics:
 * General, sections and conditions, dates and times with AM/PM and minutes, scientific, fractions, scaling commas).
 */
import { format } from "numfmt";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** The format Excel shows a date cell in when the file gives none. */
const DEFAULT_DATE_FORMAT = "dd mmm yyyy";

type CellValue = string | number | boolean | Date | null | undefined;

/** Excel serial number of a JS Date (UTC parts, as ExcelJS reads dates). */
export function dateToSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH_MS) / 86400000;
}

/** Formats `value` with `pattern`; null when numfmt rejects the pattern. */
function tryFormat(pattern: string, value: string | number | boolean): string | null {
  try {
    return format(pattern, value, { locale: "en-US", throws: true });
  } catch {
    return null;
  }
}

/** Formats a number like Excel's General in a standard-width column: up to 11 characters, "1.23457E+11" beyond. */
export function formatGeneral(n: number): string {
  if (!Number.isFinite(n)) return "#NUM!";
  return tryFormat("General", n) ?? String(n);
}

/**
 * Formats a cell value with an Excel number format; text passes through (or fills the 4th section's "@").
 * A pattern Excel would reject (a damaged file) shows the value as General rather than failing the grid.
 */
export function formatValue(value: CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const given = numFmt && !/^\s*general\s*$/i.test(numFmt) ? numFmt : undefined;
  const pattern = given ?? (value instanceof Date ? DEFAULT_DATE_FORMAT : "General");
  if (typeof value === "string") return tryFormat(pattern, value) ?? value;
  const n = value instanceof Date ? dateToSerial(value) : value;
  if (!Number.isFinite(n)) return "#NUM!";
  return tryFormat(pattern, n) ?? formatGeneral(n);
}
