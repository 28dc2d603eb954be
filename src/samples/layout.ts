/** Where each part of a sample sheet goes: title in A1, text lines below it, tables stacked with a blank row between. */
import type { SampleSheet, SampleTable } from "./types";

/** A table placed on its sheet: 0-based row/col of the header row's first cell. */
export interface PlacedTable {
  table: SampleTable;
  row: number;
  col: number;
}

/** 0-based row of the first text line (row after the title and a blank row, or row 0 without a title). */
export function firstContentRow(sheet: SampleSheet): number {
  return sheet.title === undefined ? 0 : 2;
}

/** Positions of a sheet's tables: starting after the title and text, each table one blank row below the previous. */
export function placeTables(sheet: SampleSheet): PlacedTable[] {
  let row = firstContentRow(sheet);
  if (sheet.text && sheet.text.length > 0) row += sheet.text.length + 1;
  return sheet.tables.map((table) => {
    const placed = { table, row, col: 0 };
    row += 1 + table.rows.length + 1;
    return placed;
  });
}
