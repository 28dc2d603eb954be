/**
 * Reading a row table: header check (missing required columns → error, table null), blank rows skipped,
 * and per-row field access that records located problems (bad required field → error and the row is dropped;
 * bad optional field → warning and the field is ignored). A formula with no calculated value is reported at its
 * cell as such (never read as blank); a value read by a documented choice carries a warning at its cell.
 */
import { isBlank } from "../imm/scales";
import { isUncalculated, NO_CALCULATED_VALUE, type Coerced } from "./coerce";
import { dataCell, type FoundTable } from "./find";
import { headerText, mapHeaders, type HeaderMap } from "./headers";
import { cellA1, sheetRef, type ProblemSink } from "./problems";
import { showValue } from "../imm/errors";
import { TABLE_COLUMNS, type RowTableId } from "./synonyms";
import type { RawCell, RowSource, Severity } from "./types";

/** One data row being read. */
export interface RowContext {
  /** 1-based Excel row number. */
  excelRow: number;
  /** True once a required field failed: the row is to be dropped. */
  readonly bad: boolean;
  /** The raw cell of a field (null when the column is absent). */
  raw(field: string): RawCell;
  /** True when the field's column is absent or its cell is blank (a formula without a value is not blank). */
  blank(field: string): boolean;
  /** A1 address of the field's cell ("" when the column is absent). */
  address(field: string): string;
  /** A required value: blank or bad → error, row marked bad, undefined returned. */
  required<T>(field: string, argument: string, coerce: (v: RawCell) => Coerced<T>): T | undefined;
  /** An optional value: blank → undefined; bad → warning "…; ignored" and undefined. */
  optional<T>(field: string, coerce: (v: RawCell) => Coerced<T>): T | undefined;
  /** Adds a problem located at a field's cell (or the row's first cell); a row's problems come out in column order. */
  report(severity: Severity, field: string, text: string): void;
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
  const map = checkHeaders(t, problems);
  if (!map) return null;
  const out: T[] = [];
  const formulasOnly: { row: number; address: string }[] = [];
  const mapped = Object.keys(map.fields);
  t.rows.forEach((row, i) => {
    const ctx = new TableRow(t, map.fields, row, i);
    if (mapped.every((f) => ctx.blank(f))) return;
    const formula = mapped.find((f) => isUncalculated(ctx.raw(f)));
    if (formula && mapped.every((f) => ctx.blank(f) || isUncalculated(ctx.raw(f)))) {
      formulasOnly.push({ row: ctx.excelRow, address: ctx.address(formula) });
      return;
    }
    if (strayRow(t, ctx, map.fields, requiredValues, problems)) return;
    const value = read(ctx);
    ctx.flush(problems);
    if (value !== undefined && !ctx.bad) out.push(value);
  });
  warnFormulasOnly(t, formulasOnly, problems);
  warnUnread(t, problems);
  return out;
}

/**
 * Rows holding nothing but formulas with no calculated value (a filled-down template saved by a script): one
 * warning at the first such cell, naming the rows, instead of one "row skipped" per row.
 */
function warnFormulasOnly(t: FoundTable, rows: readonly { row: number; address: string }[], problems: ProblemSink): void {
  if (rows.length === 0) return;
  const which = rows.length === 1 ? `row ${rows[0].row} holds` : `${rows.length} rows from row ${rows[0].row} to ${rows[rows.length - 1].row} hold`;
  problems.add("warning", t.table, t.sheet, rows[0].address,
    `${NO_CALCULATED_VALUE} (${which} nothing else; skipped)`);
}

/** Duplicate columns → warnings; missing required columns → one error and null. */
function checkHeaders(t: FoundTable, problems: ProblemSink): HeaderMap | null {
  const map = mapHeaders(t.headers, TABLE_COLUMNS[t.table as RowTableId]);
  const headerRow = t.headerRow ?? t.firstRow;
  for (const d of map.duplicates) {
    problems.add("warning", t.table, t.sheet, cellA1(headerRow, t.col + d.index),
      `column "${d.header}" is a second "${d.label}" column; ignored`);
  }
  if (map.missing.length === 0) return map;
  const list = map.missing.map((m) => `"${m}"`).join(", ");
  const noun = map.missing.length === 1 ? "column" : "columns";
  problems.add("error", t.table, t.sheet, cellA1(headerRow, t.col),
    `${t.table} (${sheetRef(t.sheet)}!${t.range}): required ${noun} ${list} not found`, false);
  return null;
}

/** A row where most required values are blank is stray text: one warning at its first filled cell, skipped. */
function strayRow(t: FoundTable, ctx: RowContext, fields: Record<string, number>,
  requiredValues: Readonly<Record<string, string>>, problems: ProblemSink): boolean {
  const required = Object.keys(requiredValues);
  const missing = required.filter((f) => ctx.blank(f));
  if (!(missing.length >= 2 && missing.length * 2 > required.length)) return false;
  const first = Object.keys(fields).filter((f) => !ctx.blank(f)).sort((a, b) => fields[a] - fields[b])[0];
  const names = missing.map((f) => requiredValues[f]);
  problems.add("warning", t.table, t.sheet, ctx.address(first),
    `row skipped: ${showValue(headerText(ctx.raw(first)))} has no ${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`);
  return true;
}

/**
 * A plain range that ended at blank rows with more rows below that look like its data (plain-range.ts: at least half
 * of its required columns filled): one warning naming that row, so they are never dropped silently.
 */
function warnUnread(t: FoundTable, problems: ProblemSink): void {
  if (!t.unread) return;
  const { row, end } = t.unread;
  problems.add("warning", t.table, t.sheet, cellA1(row, t.col),
    `row ${row + 1} and below look like more of ${t.table} (${sheetRef(t.sheet)}!${t.range}) but are not read: the table ends at blank row ${end + 1}; delete the blank rows (and any line between) to include them`);
}

interface Pending { col: number; severity: Severity; address: string; text: string }

/**
 * The RowContext of data row `i`, with `flush` to emit its problems in column order. A class (not closures) because one
 * is made per data row: a large register has tens of thousands.
 */
class TableRow implements RowContext {
  readonly excelRow: number;
  private failed = false;
  private readonly pending: Pending[] = [];

  constructor(private readonly t: FoundTable, private readonly fields: Record<string, number>, private readonly row: readonly RawCell[], private readonly i: number) {
    this.excelRow = t.firstRow + i + 1;
  }

  get bad(): boolean {
    return this.failed;
  }

  raw(field: string): RawCell {
    const j = this.fields[field];
    return j === undefined ? null : this.row[j] ?? null;
  }

  blank(field: string): boolean {
    return isBlank(this.raw(field));
  }

  address(field: string): string {
    const j = this.fields[field];
    return j === undefined ? "" : dataCell(this.t, this.i, j);
  }

  report(severity: Severity, field: string, text: string): void {
    this.pending.push({ col: this.fields[field] ?? 0, severity, address: this.address(field) || dataCell(this.t, this.i, 0), text });
  }

  /** The coerced value of a filled cell, or the failure text; a formula without a value fails as such. */
  private coerceCell<T>(field: string, coerce: (v: RawCell) => Coerced<T>): Coerced<T> {
    const v = this.raw(field);
    if (isUncalculated(v)) return { ok: false, message: NO_CALCULATED_VALUE };
    const r = coerce(v);
    if (r.ok && r.warning) this.report("warning", field, r.warning);
    return r;
  }

  required<T>(field: string, argument: string, coerce: (v: RawCell) => Coerced<T>): T | undefined {
    if (isBlank(this.raw(field))) {
      this.failed = true;
      this.report("error", field, `${argument} is blank`);
      return undefined;
    }
    const r = this.coerceCell(field, coerce);
    if (r.ok) return r.value;
    this.failed = true;
    this.report("error", field, r.message);
    return undefined;
  }

  optional<T>(field: string, coerce: (v: RawCell) => Coerced<T>): T | undefined {
    if (isBlank(this.raw(field))) return undefined;
    const r = this.coerceCell(field, coerce);
    if (r.ok) return r.value;
    this.report("warning", field, r.message === NO_CALCULATED_VALUE ? r.message : `${r.message}; ignored`);
    return undefined;
  }

  source(): RowSource {
    const cells: Record<string, string> = {};
    for (const f of Object.keys(this.fields)) cells[f] = this.address(f);
    return { sheet: this.t.sheet, row: this.excelRow, cells };
  }

  flush(problems: ProblemSink): void {
    this.pending.sort((a, b) => a.col - b.col);
    for (const p of this.pending) problems.add(p.severity, this.t.table, this.t.sheet, p.address, p.text);
  }
}
