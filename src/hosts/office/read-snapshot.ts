/**
 * Reading the workbook in one pass: sync 1 loads sheets, names and tables; sync 2 loads every table's header and
 * body values and every sheet's used values. Two syncs whatever the row count. Generated (owned) sheets and the
 * host's hidden work sheets are left out, so review output is never read back as input.
 */
import type { RawCell, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from "../../tables/types";
import { asString, toRawGrid } from "./cells";
import { TEMP_SHEET_PREFIX } from "../sheet-names";
import { queueWorkbookInfo } from "./workbook-info";

/** Places a used-range grid at its offset so values[r][c] is the cell at row r, column c from A1. */
export function fromA1(values: RawCell[][], rowIndex: number, columnIndex: number): RawCell[][] {
  const pad = new Array<RawCell>(columnIndex).fill(null);
  const rows: RawCell[][] = Array.from({ length: rowIndex }, () => []);
  for (const r of values) rows.push(columnIndex ? [...pad, ...r] : r);
  return rows;
}

/** Reads every table and every (user) sheet's used values. */
export async function readSnapshot(ctx: Excel.RequestContext, source: string): Promise<WorkbookSnapshot> {
  const readInfo = queueWorkbookInfo(ctx);
  const tables = ctx.workbook.tables;
  await ctx.sync();
  const info = readInfo();
  const skip = new Set([
    ...info.owned.map((o) => o.name.toLowerCase()),
    ...info.sheets.filter((s) => s.name.startsWith(TEMP_SHEET_PREFIX) && s.visibility !== "Visible").map((s) => s.name.toLowerCase()),
  ]);

  const tableLoads = tables.items
    .filter((t) => !skip.has(t.worksheet.name.toLowerCase()))
    .map((t) => ({
      name: t.name,
      sheet: t.worksheet.name,
      header: t.getHeaderRowRange().load("values, rowIndex, columnIndex"),
      body: t.getDataBodyRange().load("values"),
    }));
  const sheetLoads = info.sheets
    .filter((s) => !skip.has(s.name.toLowerCase()))
    .map((s) => ({ name: s.name, used: ctx.workbook.worksheets.getItem(s.name).getUsedRangeOrNullObject(true).load("values, rowIndex, columnIndex") }));
  await ctx.sync();

  const tableSnaps: TableSnapshot[] = tableLoads.map((t) => ({
    name: t.name,
    sheet: t.sheet,
    row: t.header.rowIndex,
    col: t.header.columnIndex,
    headers: (t.header.values[0] ?? []).map((h: unknown) => asString(h) || String(h ?? "")),
    rows: toRawGrid(t.body.values),
  }));
  const sheetSnaps: SheetSnapshot[] = sheetLoads.map((s) => ({
    name: s.name,
    values: s.used.isNullObject ? [] : fromA1(toRawGrid(s.used.values), s.used.rowIndex, s.used.columnIndex),
  }));
  return { tables: tableSnaps, sheets: sheetSnaps, source };
}
