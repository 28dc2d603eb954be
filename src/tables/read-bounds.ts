/**
 * How far a host reads a sheet for the review, shared by the Office host (office/read-snapshot.ts) and the .xlsx
 * package reader (xlsx/package-read/): the rule, for the release note —
 * - every table's header row; the body of each table whose name or headers may make it an input table
 *   (`mayBeInputTable`); the first `WINDOW` rows of each sheet's used range;
 * - and, while the table finder finds a plain range (no Excel table) on a sheet, `WINDOW` rows past its end, so a
 *   plain register is read to its end and a second range stacked below it is found too.
 * A plain range's header row must therefore lie in the first 100 rows of its sheet's used range, or within 100 rows
 * below another plain IMM range. An unrelated data sheet is read no further than its first 100 rows, whatever its
 * size; an Excel table that is not an IMM table is not read past its header row (nor past the sheet's window).
 */
import type { FoundTables } from "./find";

/** Rows of a sheet's used range read to look for plain-range headers, and read past each plain range found. */
export const WINDOW = 100;

/** A sheet being read: its name and the rows of its used range (0-based first row, row count; Infinity when unknown). */
export interface BoundedSheet {
  name: string;
  used: { row: number; rows: number };
}

/** How far down (exclusive, 0-based row) a sheet must be read: its first `WINDOW` rows, and `WINDOW` rows past the end of every plain range found on it. */
export function wanted(found: FoundTables, sheet: BoundedSheet): number {
  let need = sheet.used.row + Math.min(WINDOW, sheet.used.rows);
  for (const t of Object.values(found)) {
    if (!t || t.name !== null || t.sheet !== sheet.name) continue;
    need = Math.max(need, t.firstRow + t.rows.length + WINDOW, (t.unread?.row ?? 0) + WINDOW);
  }
  return need;
}

/** The next row to read down to when a sheet read down to `readTo` needs rows down to `need`: at least double what was read, so a long register takes few rounds (readTo(n+1) = max(need, 2·readTo − used.row)). */
export function nextReadTo(need: number, readTo: number, sheet: BoundedSheet): number {
  return Math.max(need, readTo + (readTo - sheet.used.row));
}
