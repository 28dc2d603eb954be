/**
 * Reading a row table: header check (missing required columns → error, table null), blank rows skipped,
 * and per-row field access that records located problems (bad required field → error and the row is dropped;
 * bad optional field → warning and the field is ignored).
 */
import { isBlank } from "../imm/scales";
import type { Coerced } from "./coerce";
import { dataCell, type FoundTable } from "./find";
import { headerText, mapHeaders } from "./headers";
import { cellA1, sheetRef, type ProblemSink } from "./problems";
import { showValue } from "../imm/errors";
import { TABLE_COLUMNS, type RowTableId } from "./synonyms";
import type { RawCell, RowSource } from "./types";

/** One data row being read. */
export interface RowContext {
  /** 1-based Excel row number. */
  excelRow: number;
  /** True once a required field failed: the row is to be dropped. */
  readonly bad: boolean;
  /** The raw cell of a field (null when the column is absent). */
  raw(field: string): RawCell;
  /** True when the field's column is absent or its cell is blank. */
  blank(field: string): boolean;
  /** A1 address of the field's cell ("" when the column is absent). */
  address(field: string): string;
  /** A required value: blank or bad → error, row marked bad, undefined returned. */
  required<T>(field: string, argument: string, coerce: (v: RawCell) => Coerced<T>): T | undefined;
  /** An optional value: blank → undefined; bad → warning "…; ignored" and undefined. */
  optional<T>(field: string, coerce: (v: RawCell) => Coerced<T>): T | undefined;
  /** Adds a problem located at a field's cell (or the row's first cell); a row's problems come out in column order. */
  report(severity: "error" | "warning" | "info", field: string, text: string): void;
  /** Where the row came from (every mapped field's address). */
  source(): RowSource;
}

/**
 * Opens a row table: reports missing required columns (`IMM_Risks (Risks!A3:P43): required column "Consequence"
 * not found`) and returns null then; otherwise calls `read` for every row that is not blank in its mapped
 * columns, skipping rows where most required values are blank (stray text: one warning).
 * `requiredValues` maps the fields whose values are required to their names in messages.
 */
export function readRowTable<T>(
  t: FoundTable, problems: ProblemSink, requiredValues: Readonly<Record<string, string>>,
  read: (ctx: RowContext) => T | undefined,
): T[] | null {
  const table: RowTableId = t.table as RowTableId;
  const columns = TABLE_COLUMNS[table];
  const map = mapHeaders(t.headers, columns);
  const headerAddress = cellA1(t.headerRow ?? t.firstRow, t.col);
  const where = `${t.table} (${sheetRef(t.sheet)}!${t.range})`;
  for (const d of map.duplicates) {
    problems.add("warning", t.table, t.sheet, cellA1(t.headerRow ?? t.firstRow, t.col + d.index),
      `column "${d.header}" is a second "${d.label}" column; ignored`);
  }
  if (map.missing.length > 0) {
    const list = map.missing.map((m) => `"${m}"`).join(", ");
    const noun = map.missing.length === 1 ? "column" : "columns";
    problems.add("error", t.table, t.sheet, headerAddress, `${where}: required ${noun} ${list} not found`, false);
    return null;
  }
  const fields = map.fields;
  const out: T[] = [];
  t.rows.forEach((row, i) => {
    const raw = (field: string): RawCell => (fields[field] === undefined ? null : row[fields[field]] ?? null);
    const mapped = Object.keys(fields);
    if (mapped.every((f) => isBlank(raw(f)))) return;
    const address = (field: string): string => (fields[field] === undefined ? "" : dataCell(t, i, fields[field]));
    const required = Object.keys(requiredValues);
    const missing = required.filter((f) => isBlank(raw(f)));
    if (missing.length >= 2 && missing.length * 2 > required.length) {
      const first = mapped.filter((f) => !isBlank(raw(f))).sort((a, b) => fields[a] - fields[b])[0];
      const names = missing.map((f) => requiredValues[f]);
      problems.add("warning", t.table, t.sheet, address(first),
        `row skipped: ${showValue(headerText(raw(first)))} has no ${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`);
      return;
    }
    let bad = false;
    const pending: { col: number; severity: "error" | "warning" | "info"; address: string; text: string }[] = [];
    const add = (severity: "error" | "warning" | "info", field: string, text: string): void => {
      pending.push({ col: fields[field] ?? 0, severity, address: address(field) || dataCell(t, i, 0), text });
    };
    const ctx: RowContext = {
      excelRow: t.firstRow + i + 1,
      get bad() { return bad; },
      raw,
      blank: (field) => isBlank(raw(field)),
      address,
      required(field, argument, coerce) {
        const v = raw(field);
        if (isBlank(v)) {
          bad = true;
          add("error", field, `${argument} is blank`);
          return undefined;
        }
        const r = coerce(v);
        if (r.ok) return r.value;
        bad = true;
        add("error", field, r.message);
        return undefined;
      },
      optional(field, coerce) {
        const v = raw(field);
        if (isBlank(v)) return undefined;
        const r = coerce(v);
        if (r.ok) return r.value;
        add("warning", field, `${r.message}; ignored`);
        return undefined;
      },
      report(severity, field, text) {
        add(severity, field, text);
      },
      source() {
        const cells: Record<string, string> = {};
        for (const f of mapped) cells[f] = address(f);
        return { sheet: t.sheet, row: t.firstRow + i + 1, cells };
      },
    };
    const value = read(ctx);
    pending.sort((a, b) => a.col - b.col);
    for (const p of pending) problems.add(p.severity, t.table, t.sheet, p.address, p.text);
    if (value !== undefined && !bad) out.push(value);
  });
  return out;
}
