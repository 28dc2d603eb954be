/** Header mapping: header texts → fields, case-, spacing- and punctuation-insensitive, with synonyms. */
import type { RawCell } from "./types";
import { KV_COLUMNS, type ColumnSpec } from "./synonyms";

/** "Impact ($)" → "impact", "Waived (Y/N)" → "waivedyn", "#" → "number": lower case, letters and digits only. */
export function normalizeHeader(text: string): string {
  const known = normalized.get(text);
  if (known !== undefined) return known;
  const t = text.trim().toLowerCase().replace(/&/g, "and").replace(/#/g, "number");
  const out = t.normalize("NFKD").replace(/[^a-z0-9]/g, "");
  // Every cell of a sheet is a header candidate, and most texts repeat (categories, owners, statuses): remember them.
  if (text.length <= 64) {
    if (normalized.size >= NORMALIZED_CAP) normalized.clear();
    normalized.set(text, out);
  }
  return out;
}

/** Normalized header texts seen so far (cleared when full, so memory stays bounded). */
const normalized = new Map<string, string>();
const NORMALIZED_CAP = 100_000;

/** The header with parenthesised or bracketed parts removed: "Likelihood (1-5)" → "likelihood". */
function withoutBrackets(text: string): string {
  return normalizeHeader(text.replace(/\([^)]*\)|\[[^\]]*\]/g, " "));
}

/** A header cell as text ("" for blanks and formulas without a value; numbers and booleans as written). */
export function headerText(cell: RawCell): string {
  if (cell === null || typeof cell === "object") return "";
  return typeof cell === "string" ? cell.trim() : String(cell);
}

export interface HeaderMap {
  /** field → 0-based column index within the table. */
  fields: Record<string, number>;
  /** Labels of required columns not found. */
  missing: string[];
  /** Columns that named a field already mapped: { index, header, field label }. */
  duplicates: { index: number; header: string; label: string }[];
}

/** Builds a lookup from normalized header text to column spec. */
function lookup(columns: readonly ColumnSpec[]): Map<string, ColumnSpec> {
  const m = new Map<string, ColumnSpec>();
  for (const c of columns) {
    for (const s of [c.label, ...c.synonyms]) {
      const k = normalizeHeader(s);
      if (k && !m.has(k)) m.set(k, c);
    }
  }
  return m;
}

const lookups = new WeakMap<readonly ColumnSpec[], Map<string, ColumnSpec>>();

/** The column spec a header names (exact synonym first, then without bracketed parts), or undefined. */
export function matchHeader(header: string, columns: readonly ColumnSpec[]): ColumnSpec | undefined {
  let m = lookups.get(columns);
  if (!m) { m = lookup(columns); lookups.set(columns, m); }
  const exact = normalizeHeader(header);
  if (!exact) return undefined;
  return m.get(exact) ?? m.get(withoutBrackets(header));
}

/** Maps a header row to fields: the first column naming a field wins; extra columns are ignored. */
export function mapHeaders(headers: readonly RawCell[], columns: readonly ColumnSpec[]): HeaderMap {
  const fields: Record<string, number> = {};
  const duplicates: HeaderMap["duplicates"] = [];
  headers.forEach((cell, index) => {
    const header = headerText(cell);
    const spec = matchHeader(header, columns);
    if (!spec) return;
    if (fields[spec.field] === undefined) fields[spec.field] = index;
    else duplicates.push({ index, header, label: spec.label });
  });
  const missing = columns.filter((c) => c.required && fields[c.field] === undefined).map((c) => c.label);
  return { fields, missing, duplicates };
}

/** Key/value column positions in a header row (key column immediately left of value column), or null. */
export function kvColumns(headers: readonly RawCell[]): { key: number; value: number } | null {
  const m = mapHeaders(headers, KV_COLUMNS);
  const key = m.fields.key;
  const value = m.fields.value;
  return key !== undefined && value !== undefined && value === key + 1 ? { key, value } : null;
}
