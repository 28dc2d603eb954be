/** Reading a small range's current values (one cell, or one row of a generated sheet) in one sync. */
import type { PlainCell } from "../../tables/types";
import type { CellRef } from "../port";
import { toRawCell } from "./cells";

/** At most this many cells: the method is for checks, not bulk reads (those go through readSnapshot). */
export const MAX_CELLS = 1000;

/** The values of `ref.address` on `ref.sheet`; blank cells are null. */
export async function readCells(ctx: Excel.RequestContext, ref: CellRef): Promise<PlainCell[][]> {
  const range = ctx.workbook.worksheets.getItem(ref.sheet).getRange(ref.address).load("values, rowCount, columnCount");
  await ctx.sync();
  if (range.rowCount * range.columnCount > MAX_CELLS) {
    throw new Error(`${ref.sheet}!${ref.address} is too big to read here (at most ${MAX_CELLS} cells).`);
  }
  return (range.values as unknown[][]).map((row) => row.map((v) => toRawCell(v) as PlainCell));
}
