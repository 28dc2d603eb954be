/** Turns a sample workbook into the WorkbookSnapshot a host would read from the generated .xlsx (no ExcelJS). */
import type { RawCell, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from "../tables/types";
import { firstContentRow, placeTables } from "./layout";
import type { SampleSheet, SampleWorkbook } from "./types";

function setCell(values: RawCell[][], row: number, col: number, value: RawCell): void {
  while (values.length <= row) values.push([]);
  const line = values[row];
  while (line.length <= col) line.push(null);
  line[col] = value;
}

/** Pads every row of a grid with nulls to the same width (a rectangular used range, as hosts deliver it). */
function rectangular(values: RawCell[][]): RawCell[][] {
  const width = values.reduce((w, r) => Math.max(w, r.length), 0);
  return values.map((r) => [...r, ...new Array<RawCell>(width - r.length).fill(null)]);
}

function sheetSnapshot(sheet: SampleSheet): SheetSnapshot {
  const values: RawCell[][] = [];
  if (sheet.title !== undefined) setCell(values, 0, 0, sheet.title);
  const textRow = firstContentRow(sheet);
  (sheet.text ?? []).forEach((line, i) => setCell(values, textRow + i, 0, line));
  for (const { table, row, col } of placeTables(sheet)) {
    table.headers.forEach((h, c) => setCell(values, row, col + c, h));
    table.rows.forEach((r, i) => r.forEach((v, c) => setCell(values, row + 1 + i, col + c, v)));
  }
  return { name: sheet.name, values: rectangular(values) };
}

/** The snapshot of a sample: one TableSnapshot per table (0-based header position) and each sheet's values from A1. */
export function sampleToSnapshot(s: SampleWorkbook): WorkbookSnapshot {
  const tables: TableSnapshot[] = s.sheets.flatMap((sheet) =>
    placeTables(sheet).map(({ table, row, col }) => ({
      name: table.name,
      sheet: sheet.name,
      row,
      col,
      headers: [...table.headers],
      rows: table.rows.map((r) => [...r]),
    })),
  );
  return { tables, sheets: s.sheets.map(sheetSnapshot), source: s.name };
}
