/**
 * Where a plain range (no Excel table) ends — the rule, as a finance user lays out a register:
 * - two or more consecutive blank rows, or the end of the used range, end it;
 * - a single blank row is read past when the row after it is plainly more data: it fills every required column
 *   of the table (ID, Risk, Type, Likelihood, Consequence for a register) and is not a header row of another table
 *   (`looksLikeHeader`). A single blank row followed by a note ("Source: workshop 3", "Prepared by | J. Smith"),
 *   a section heading or another table's headers ends it.
 * - Key/value blocks end at their first blank row (a note below them is not a setting).
 * When a row below the end (past blank rows and one-line headings or notes, up to the next table's headers) still
 * looks like data of the table, the reader warns naming that row (`FoundTable.unread`): nothing is dropped silently.
 */
import { isBlank } from "../imm/scales";
import { kvColumns, mapHeaders } from "./headers";
import { TABLE_COLUMNS } from "./synonyms";
import type { RawCell } from "./types";

/** The first row below a table's end that still looks like its data: 0-based sheet row, the blank row that ended it, its cells. */
export interface UnreadRow { row: number; end: number; cells: RawCell[] }

/** True when a row's cells from `c0` to `c1` are all blank. */
function blankRow(values: readonly RawCell[][], r: number, c0: number, c1: number): boolean {
  for (let c = c0; c <= c1; c++) if (!isBlank(values[r]?.[c] ?? null)) return false;
  return true;
}

/** How many of a row's cells from `c0` to `c1` are filled. */
function filled(values: readonly RawCell[][], r: number, c0: number, c1: number): number {
  let n = 0;
  for (let c = c0; c <= c1; c++) if (!isBlank(values[r]?.[c] ?? null)) n++;
  return n;
}

/**
 * True when a row reads like a header row of an IMM table: two or more of its texts name one table's columns, and it
 * holds at most one number. Headers are text (a year, at most, is typed as a number); a data row whose words happen to
 * be column names ("Issue", "Authority" name a factor and a rating) also holds its figures, so it stays data.
 */
export function looksLikeHeader(row: readonly RawCell[]): boolean {
  const texts = row.filter((v) => typeof v === "string");
  if (texts.length < 2 || row.filter((v) => typeof v === "number").length > 1) return false;
  return Object.values(TABLE_COLUMNS).some((columns) => Object.keys(mapHeaders(texts, columns).fields).length >= 2)
    || kvColumns(texts) !== null;
}

/** True when sheet row `r` can continue a plain-range table across a blank row (see the file comment). */
function moreData(values: readonly RawCell[][], r: number, c0: number, c1: number): boolean {
  return filled(values, r, c0, c1) >= 2 && !looksLikeHeader((values[r] ?? []).slice(c0, c1 + 1));
}

/** True when sheet row `r` fills every one of `cols` (the required columns) and is not a header row. */
function fullRow(values: readonly RawCell[][], r: number, c0: number, c1: number, cols: readonly number[]): boolean {
  return cols.length > 0 && cols.every((c) => !isBlank(values[r]?.[c] ?? null)) && moreData(values, r, c0, c1);
}

/**
 * Rows below a header, from `c0` to `c1`, down to the end of the table (see the file comment). `required` holds the
 * sheet columns of the table's required fields: a single blank row is read past when the row after it fills all of
 * them; null (key/value blocks) ends at the first blank row. Returns the rows (bridged blank rows included, which
 * readers skip) and `unread`.
 */
export function dataBelow(values: readonly RawCell[][], headerRow: number, c0: number, c1: number,
  required: readonly number[] | null): { rows: RawCell[][]; unread?: UnreadRow } {
  const rows: RawCell[][] = [];
  let r = headerRow + 1;
  for (; r < values.length; r++) {
    if (blankRow(values, r, c0, c1)) {
      if (required && fullRow(values, r + 1, c0, c1, required)) {
        rows.push(new Array<RawCell>(c1 - c0 + 1).fill(null));
        continue;
      }
      break;
    }
    const row: RawCell[] = [];
    for (let c = c0; c <= c1; c++) row.push(values[r]?.[c] ?? null);
    rows.push(row);
  }
  if (!required) return { rows };
  const below = dataAfter(values, r, c0, c1, required);
  return below === undefined ? { rows }
    : { rows, unread: { row: below, end: r, cells: (values[below] ?? []).slice(c0, c1 + 1).map((v) => v ?? null) } };
}

/** How far below a table's end `dataAfter` looks past blank rows and one-cell lines (section headings, notes). */
const LOOK_BELOW = 10;

/**
 * The first row below a table's end (0-based `end`, its first blank row) that looks like more of its data — two or
 * more cells and at least half of the `required` columns filled — passing blank rows, one-cell lines ("Operational
 * risks") and partial lines (a total, a stray note), and stopping at another table's header row; or undefined.
 */
function dataAfter(values: readonly RawCell[][], end: number, c0: number, c1: number, required: readonly number[]): number | undefined {
  const halfRequired = (r: number): boolean => 2 * required.filter((c) => !isBlank(values[r]?.[c] ?? null)).length >= required.length;
  for (let r = end, seen = 0; r < values.length && seen < LOOK_BELOW; r++) {
    const n = filled(values, r, c0, c1);
    if (n === 0) continue;
    if (n >= 2 && looksLikeHeader((values[r] ?? []).slice(c0, c1 + 1))) return undefined;
    if (moreData(values, r, c0, c1) && halfRequired(r)) return r;
    seen++;
  }
  return undefined;
}

