/** Element-wise evaluation over broadcast ranges: one result per cell, a bad cell becomes an error value in its place. */
import type { NamedGrid } from "./args";
import { broadcastShape } from "./args";
import type { ErrorValue } from "./result-error";
import { errorFrom, errorValue } from "./result-error";

/** The error value of a result too large for a number (e.g. 1e308 × 10): names the arguments involved. */
export function overflow(names: readonly string[]): ErrorValue {
  return errorValue("value", `${names.join(", ")}: the values are too large to compute (the result overflows)`);
}

/** One cell of a spilled result. */
export type Cell = number | string | ErrorValue;

/**
 * Evaluates cell(r, c) over the common shape of args (1×1 args broadcast). A shape mismatch gives a 1×1 result holding the
 * error; a cell whose computation throws holds its own error value. Never throws.
 */
export function spill(functionName: string, args: readonly NamedGrid[], cell: (r: number, c: number) => number | string): Cell[][] {
  let rows: number;
  let cols: number;
  try {
    ({ rows, cols } = broadcastShape(args));
  } catch (e) {
    return [[errorFrom(e, functionName)]];
  }
  const out: Cell[][] = new Array<Cell[]>(rows);
  for (let r = 0; r < rows; r++) {
    const line: Cell[] = new Array<Cell>(cols);
    for (let c = 0; c < cols; c++) {
      try {
        const v = cell(r, c);
        line[c] = typeof v === "number" && !Number.isFinite(v) ? overflow(args.map((a) => a.name)) : v;
      } catch (e) {
        line[c] = errorFrom(e, functionName);
      }
    }
    out[r] = line;
  }
  return out;
}

/** The only cell of a 1×1 range (a 2-D array with one row of one cell), else undefined. */
function onlyCell(range: readonly unknown[]): unknown {
  if (range.length !== 1) return undefined;
  const row: unknown = range[0];
  return Array.isArray(row) && row.length === 1 ? (row as unknown[])[0] : undefined;
}

/** True for a plain number in [1, max] (NaN fails every comparison). */
function inScale(v: unknown, max: number): v is number {
  return typeof v === "number" && v >= 1 && v <= max;
}

/**
 * Fast path of RISKSCORE on raw Excel arguments (before any narrowing): when both are 2-D ranges of the same shape (or one is
 * 1×1) and every cell is a plain number with 1 ≤ a ≤ aMax and 1 ≤ b ≤ bMax, returns a × b per cell in one pass; returns null
 * (use the general, cell-by-cell path, which also makes every message) as soon as anything else is seen.
 */
export function tryRatingProducts(A: unknown, B: unknown, aMax: number, bMax: number): number[][] | null {
  if (!Array.isArray(A) || !Array.isArray(B)) return null;
  const a1 = onlyCell(A);
  const b1 = onlyCell(B);
  if (a1 !== undefined && !inScale(a1, aMax)) return null;
  if (b1 !== undefined && !inScale(b1, bMax)) return null;
  const oneA = a1 !== undefined;
  const oneB = b1 !== undefined;
  const rows: readonly unknown[] = oneA ? B : A;
  const n = rows.length;
  if (n === 0 || (!oneA && !oneB && B.length !== n)) return null;
  const first: unknown = rows[0];
  if (!Array.isArray(first)) return null;
  const cols = first.length;
  if (cols === 0) return null;
  const out = new Array<number[]>(n);
  if (cols === 1) {
    // The usual column of ratings: one check per cell, a one-cell row per result.
    for (let r = 0; r < n; r++) {
      let a: unknown = a1;
      let b: unknown = b1;
      if (!oneA) {
        const row: unknown = A[r];
        if (!Array.isArray(row) || row.length !== 1) return null;
        a = row[0];
        if (!inScale(a, aMax)) return null;
      }
      if (!oneB) {
        const row: unknown = B[r];
        if (!Array.isArray(row) || row.length !== 1) return null;
        b = row[0];
        if (!inScale(b, bMax)) return null;
      }
      out[r] = [(a as number) * (b as number)];
    }
    return out;
  }
  for (let r = 0; r < n; r++) {
    const rowA: unknown = oneA ? undefined : A[r];
    const rowB: unknown = oneB ? undefined : B[r];
    if (!oneA && (!Array.isArray(rowA) || rowA.length !== cols)) return null;
    if (!oneB && (!Array.isArray(rowB) || rowB.length !== cols)) return null;
    const line = new Array<number>(cols);
    for (let c = 0; c < cols; c++) {
      const a: unknown = oneA ? a1 : (rowA as unknown[])[c];
      const b: unknown = oneB ? b1 : (rowB as unknown[])[c];
      if (!inScale(a, aMax) || !inScale(b, bMax)) return null;
      line[c] = a * b;
    }
    out[r] = line;
  }
  return out;
}
