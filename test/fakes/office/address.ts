/** A1 address parsing and formatting for the fake (0-based coordinates). */
import { fail } from "./errors";

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Column letters for a 0-based column. */
export function colLetters(col: number): string {
  let c = col + 1;
  let s = "";
  while (c > 0) {
    const m = (c - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    c = Math.floor((c - 1) / 26);
  }
  return s;
}

/** "A1" for a 0-based cell. */
export function cellA1(row: number, col: number): string {
  return `${colLetters(col)}${row + 1}`;
}

/** "A1:B2" (or "A1") for a rectangle. */
export function rectA1(r: Rect): string {
  const start = cellA1(r.row, r.col);
  return r.rows === 1 && r.cols === 1 ? start : `${start}:${cellA1(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** Sheet name quoted as Excel does in addresses: 'My Sheet' when it holds anything but letters, digits, _ and . */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function parseCell(s: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(s.trim());
  if (!m) fail("InvalidArgument", `"${s}" is not an A1 cell address`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]) - 1;
  if (row < 0 || row >= 1048576 || col > 16384) fail("InvalidArgument", `"${s}" is outside the grid`);
  return { row, col: col - 1 };
}

/** Splits "'Sheet'!A1:B2" into the sheet name (or null) and the local part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const a = address.trim().replace(/^=/, "");
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(a);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), local: quoted[2] };
  const plain = /^([^!']+)!(.+)$/.exec(a);
  if (plain) return { sheet: plain[1], local: plain[2] };
  return { sheet: null, local: a };
}

/** Parses "A1" or "A1:B2" (no sheet part) into a rectangle. */
export function parseRect(local: string): Rect {
  const parts = local.split(":");
  if (parts.length > 2) fail("InvalidArgument", `"${local}" is not an A1 range`);
  const a = parseCell(parts[0]);
  const b = parts.length === 2 ? parseCell(parts[1]) : a;
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
}
