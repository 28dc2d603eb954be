/**
 * Converting ExcelJS cell values to the plain RawCell values the table reader expects
 * (dates → Excel serial numbers, rich text / hyperlinks → text, formulas → cached result, errors → "#N/A").
 */
import type { CellValue } from "exceljs";
import type { PlainCell } from "../../tables/types";

const MS_PER_DAY = 86_400_000;
/** Serial number of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;

/** Excel serial number (1900 date system) of a JS Date as ExcelJS delivers it (UTC calendar date and time). */
export function dateToSerial(d: Date): number {
  return d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** JS Date (UTC) of an Excel serial number (1900 date system). */
export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

function richTextToString(rt: unknown): string {
  if (!Array.isArray(rt)) return "";
  return rt.map((part) => (isObject(part) && typeof part.text === "string" ? part.text : "")).join("");
}

/** Converts an ExcelJS cell value to a plain value (strings, numbers, booleans or null; a formula without result is null). */
export function toRawCell(value: CellValue | unknown): PlainCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dateToSerial(value);
  if (!isObject(value)) return null;
  if ("formula" in value || "sharedFormula" in value) {
    return "result" in value ? toRawCell(value.result) : null;
  }
  if ("richText" in value) return richTextToString(value.richText);
  if ("hyperlink" in value && "text" in value) {
    const text = value.text;
    return typeof text === "string" ? text : isObject(text) && "richText" in text ? richTextToString(text.richText) : null;
  }
  if ("error" in value && typeof value.error === "string") return value.error;
  return null;
}
