/**
 * Reading the workbook for the review, bounded: only what the table finder can use, each cell at most once, and
 * every response under the byte budget (`read-ranges.ts`). Excel on the web fails a sync whose response is over
 * 5 MB, which one sync of every table and every used range reached at about 10k risks.
 *
 * - sync 1: sheets, names (ownership marks) and tables;
 * - sync 2: the size of each table's header and body and of each sheet's used range (no values);
 * - then, in budgeted syncs: every table's header row, the body of each table with an IMM name, and the first
 *   `WINDOW` rows of each sheet's used range outside its tables (where plain-range headers are looked for);
 * - the body of each other table whose headers make it an IMM table (`mayBeInputTable`);
 * - and, while the table finder finds a plain range (no Excel table) on a sheet, `WINDOW` rows past its end, so a
 *   plain register is read to its end and a second range stacked below it is found too.
 *
 * Rule (for the release note): a plain range's header row must lie in the first 100 rows of its sheet's used range,
 * or within 100 rows below another plain IMM range. An unrelated data sheet is read no further than its first 100
 * rows, whatever its size; an Excel table that is not an IMM table is not read past its header row.
 * Generated (owned) sheets and the host's hidden work sheets are left out, so review output is never read as input;
 * the IMM History sheet is read (its tables are the previous reviews, see tables/read-history.ts).
 */
import type { RawCell, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from "../../tables/types";
import { findTables, mayBeInputTable, tableForName, type FoundTables } from "../../tables/find";
import { nextReadTo, wanted, WINDOW } from "../../tables/read-bounds";
import { notReadBack } from "../../review/sheets/registry";
import { paymentCell } from "../../tables/payment-cell";
import { TEMP_SHEET_PREFIX } from "../sheet-names";
import { readRanges, RESPONSE_BUDGET, type RangeRead } from "./read-ranges";
import { subtractRects, type Rect } from "./read-plan";
import { queueWorkbookInfo } from "./workbook-info";


/** Places a used-range grid at its offset so values[r][c] is the cell at row r, column c from A1. */
export function fromA1(values: RawCell[][], rowIndex: number, columnIndex: number): RawCell[][] {
  const pad = new Array<RawCell>(columnIndex).fill(null);
  const rows: RawCell[][] = Array.from({ length: rowIndex }, () => []);
  for (const r of values) rows.push(columnIndex ? [...pad, ...r] : r);
  return rows;
}

interface Dims {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

function rectOf(d: Dims): Rect {
  return { row: d.rowIndex, col: d.columnIndex, rows: d.rowCount, cols: d.columnCount };
}

interface TableRead {
  name: string;
  sheet: string;
  header: Rect;
  body: Rect;
  headers: string[] | null;
  rows: RawCell[][] | null;
}

/** A sheet being read: its used range, the tables on it, its values from A1 so far and the rows read down to. */
interface SheetRead {
  name: string;
  used: Rect;
  tables: Rect[];
  values: RawCell[][];
  readTo: number;
}

function headerTexts(row: readonly RawCell[]): string[] {
  return row.map((h) => (h === null ? "" : typeof h === "object" ? "" : String(h)));
}

/** Copies a grid read at `rect` into a sheet's values from A1. */
function place(s: SheetRead, rect: Rect, grid: RawCell[][]): void {
  const width = s.used.col + s.used.cols;
  grid.forEach((row, i) => {
    const r = rect.row + i;
    while (s.values.length <= r) s.values.push([]);
    const line = s.values[r];
    while (line.length < width) line.push(null);
    row.forEach((v, j) => { line[rect.col + j] = v; });
  });
}

/** The reads that take a sheet from `readTo` down to row `to` (exclusive), outside its tables. */
function sheetRows(s: SheetRead, to: number): { sheet: SheetRead; rect: Rect }[] {
  const end = Math.min(to, s.used.row + s.used.rows);
  if (end <= s.readTo) return [];
  const area = { row: s.readTo, col: s.used.col, rows: end - s.readTo, cols: s.used.cols };
  s.readTo = end;
  return subtractRects(area, s.tables).map((rect) => ({ sheet: s, rect }));
}

function snapshotOf(tables: readonly TableRead[], sheets: readonly SheetRead[], source: string): WorkbookSnapshot {
  const tableSnaps: TableSnapshot[] = tables
    .filter((t) => t.headers !== null && t.rows !== null)
    .map((t) => ({ name: t.name, sheet: t.sheet, row: t.header.row, col: t.header.col, headers: t.headers ?? [], rows: t.rows ?? [] }));
  const sheetSnaps: SheetSnapshot[] = sheets.map((s) => ({ name: s.name, values: s.values }));
  return { tables: tableSnaps, sheets: sheetSnaps, source };
}

/** Reads the IMM tables, settings and plain ranges the review can use (see the file comment). */
export async function readSnapshot(ctx: Excel.RequestContext, source: string, budget = RESPONSE_BUDGET): Promise<WorkbookSnapshot> {
  const readInfo = queueWorkbookInfo(ctx);
  const tables = ctx.workbook.tables;
  await ctx.sync();
  const info = readInfo();
  const skip = new Set([
    // Generated sheets are not input, except the history sheet (its tables are the previous reviews).
    ...notReadBack(info.owned).map((n) => n.toLowerCase()),
    ...info.sheets.filter((s) => s.name.startsWith(TEMP_SHEET_PREFIX) && s.visibility !== "Visible").map((s) => s.name.toLowerCase()),
  ]);

  const tableDims = tables.items
    .filter((t) => !skip.has(t.worksheet.name.toLowerCase()))
    .map((t) => ({
      name: t.name,
      sheet: t.worksheet.name,
      header: t.getHeaderRowRange().load("rowIndex, columnIndex, rowCount, columnCount"),
      body: t.getDataBodyRange().load("rowIndex, columnIndex, rowCount, columnCount"),
      whole: t.getRange().load("rowIndex, columnIndex, rowCount, columnCount"),
    }));
  const sheetDims = info.sheets
    .filter((s) => !skip.has(s.name.toLowerCase()))
    .map((s) => ({ name: s.name, used: ctx.workbook.worksheets.getItem(s.name).getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, rowCount, columnCount") }));
  await ctx.sync();

  const tableReads: TableRead[] = tableDims.map((t) => ({
    name: t.name, sheet: t.sheet, header: rectOf(t.header), body: rectOf(t.body), headers: null, rows: null,
  }));
  const sheets: SheetRead[] = sheetDims.map((s) => {
    const used = s.used.isNullObject ? { row: 0, col: 0, rows: 0, cols: 0 } : rectOf(s.used);
    const onSheet = tableDims.filter((t) => t.sheet.toLowerCase() === s.name.toLowerCase()).map((t) => rectOf(t.whole));
    return { name: s.name, used, tables: onSheet, values: [], readTo: used.row };
  });

  // Headers of every table, bodies of tables with IMM names, and the top of every sheet.
  const first: Planned[] = [];
  for (const t of tableReads) {
    first.push({ sheet: t.sheet, rect: t.header, done: (g) => { t.headers = headerTexts(g[0] ?? []); } });
    if (tableForName(t.name)) first.push({ sheet: t.sheet, rect: t.body, done: (g) => { t.rows = g; } });
  }
  for (const s of sheets) {
    for (const r of sheetRows(s, s.used.row + WINDOW)) first.push({ sheet: s.name, rect: r.rect, done: (g) => place(s, r.rect, g) });
  }
  await readAll(ctx, first, budget);

  // Bodies of the other tables that may be IMM tables by their headers.
  const bodies = tableReads.filter((t) => t.rows === null && t.headers !== null && mayBeInputTable(t.name, t.headers));
  await readAll(ctx, bodies.map((t): Planned => ({ sheet: t.sheet, rect: t.body, done: (g) => { t.rows = g; } })), budget);

  // Plain ranges: read on past each one found, doubling the step so a long register takes few rounds.
  for (;;) {
    const snapshot = snapshotOf(tableReads, sheets, source);
    const found = findTables(snapshot);
    const more = sheets.flatMap((s) => {
      const need = wanted(found, s);
      if (need <= s.readTo) return [];
      return sheetRows(s, nextReadTo(need, s.readTo, s)).map((r): Planned => ({
        sheet: s.name, rect: r.rect, done: (g) => place(s, r.rect, g),
      }));
    });
    if (more.length === 0) return withFormatAndLocale(ctx, snapshot, found);
    await readAll(ctx, more, budget);
  }
}

/** Office's display language ("en-AU"), or undefined outside Office. */
function displayLanguage(): string | undefined {
  try {
    return typeof Office !== "undefined" ? Office.context?.displayLanguage || undefined : undefined;
  } catch {
    return undefined;
  }
}

/** The snapshot with the Annual service payment cell's number format (one small read) and the display language. */
async function withFormatAndLocale(ctx: Excel.RequestContext, snapshot: WorkbookSnapshot, found: FoundTables): Promise<WorkbookSnapshot> {
  const out: WorkbookSnapshot = { ...snapshot };
  const locale = displayLanguage();
  if (locale) out.locale = locale;
  const at = paymentCell(found);
  if (!at) return out;
  const cell = ctx.workbook.worksheets.getItem(at.sheet).getRange(at.address).load("numberFormat");
  await ctx.sync();
  const fmt = cell.numberFormat?.[0]?.[0];
  if (typeof fmt === "string" && fmt !== "" && fmt.toLowerCase() !== "general") out.paymentFormat = fmt;
  return out;
}

/** A read and what to do with its values. */
type Planned = RangeRead & { done: (grid: RawCell[][]) => void };

async function readAll(ctx: Excel.RequestContext, reads: Planned[], budget: number): Promise<void> {
  if (reads.length === 0) return;
  const grids = await readRanges(ctx, reads, budget);
  reads.forEach((r, i) => r.done(grids[i]));
}
