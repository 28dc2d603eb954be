/**
 * Planning bounded reads: which rectangles of a sheet to read (an area minus the Excel tables on it, so no cell is
 * read twice) and how to cut a rectangle into pieces of at most a given number of cells (row chunks; column chunks
 * only when one row alone is too big). Pure functions on 0-based rectangles.
 */

/** A 0-based rectangle: first row and column, and its size. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Number of cells of a rectangle. */
export function cellsOf(r: Rect): number {
  return r.rows * r.cols;
}

/** The overlap of two rectangles, or null. */
export function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rowEnd = Math.min(a.row + a.rows, b.row + b.rows);
  const colEnd = Math.min(a.col + a.cols, b.col + b.cols);
  return rowEnd > row && colEnd > col ? { row, col, rows: rowEnd - row, cols: colEnd - col } : null;
}

/** Column spans [start, end) of `area` that no hole covers, for a band of rows every hole either spans or misses. */
function freeSpans(area: Rect, holes: readonly Rect[]): [number, number][] {
  const spans: [number, number][] = [];
  let at = area.col;
  const sorted = [...holes].sort((a, b) => a.col - b.col);
  for (const h of sorted) {
    if (h.col > at) spans.push([at, h.col]);
    at = Math.max(at, h.col + h.cols);
  }
  if (at < area.col + area.cols) spans.push([at, area.col + area.cols]);
  return spans;
}

/**
 * The parts of `area` outside every hole, as few rectangles as bands allow: the area is cut into row bands at the
 * holes' top and bottom edges, each band into the column spans no hole covers, and equal spans of adjacent bands
 * are joined.
 */
export function subtractRects(area: Rect, holes: readonly Rect[]): Rect[] {
  const inside = holes.map((h) => intersect(area, h)).filter((h): h is Rect => h !== null);
  if (inside.length === 0) return cellsOf(area) > 0 ? [area] : [];
  const cuts = [...new Set([area.row, area.row + area.rows, ...inside.flatMap((h) => [h.row, h.row + h.rows])])].sort((a, b) => a - b);
  const out: Rect[] = [];
  let open: Rect[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const band = { row: cuts[i], rows: cuts[i + 1] - cuts[i] };
    const here = inside.filter((h) => h.row <= band.row && h.row + h.rows > band.row);
    const next: Rect[] = [];
    for (const [c0, c1] of freeSpans(area, here)) {
      const joined = open.find((o) => o.col === c0 && o.cols === c1 - c0 && o.row + o.rows === band.row);
      if (joined) {
        joined.rows += band.rows;
        next.push(joined);
      } else {
        const r = { row: band.row, col: c0, rows: band.rows, cols: c1 - c0 };
        out.push(r);
        next.push(r);
      }
    }
    open = next;
  }
  return out;
}

/** Cuts a rectangle into pieces of at most `maxCells` cells: whole-row chunks, or column chunks of one row. */
export function splitRect(r: Rect, maxCells: number): Rect[] {
  const limit = Math.max(1, Math.floor(maxCells));
  if (cellsOf(r) <= limit) return [r];
  const out: Rect[] = [];
  if (r.cols <= limit) {
    const step = Math.floor(limit / r.cols);
    for (let i = 0; i < r.rows; i += step) out.push({ ...r, row: r.row + i, rows: Math.min(step, r.rows - i) });
    return out;
  }
  for (let i = 0; i < r.rows; i++) {
    for (let j = 0; j < r.cols; j += limit) out.push({ row: r.row + i, col: r.col + j, rows: 1, cols: Math.min(limit, r.cols - j) });
  }
  return out;
}
