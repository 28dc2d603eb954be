/** Element-wise evaluation over broadcast ranges: one result per cell, a bad cell becomes an error value in its place. */
import type { Grid, NamedGrid } from "./args";
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

/**
 * Fast path of element-wise functions of two ranges: when both have the same shape (or one is 1×1) and every cell is a
 * plain number, returns f(a, b) per cell; returns null (use spill) as soon as a cell is not a number or f gives NaN.
 */
export function tryNumeric2(A: Grid, B: Grid, f: (a: number, b: number) => number): number[][] | null {
  const oneA = A.length === 1 && A[0].length === 1;
  const oneB = B.length === 1 && B[0].length === 1;
  const rows = oneA ? B.length : A.length;
  if (rows === 0) return null;
  const cols = oneA ? B[0].length : A[0].length;
  if (cols === 0) return null;
  if (!oneA && !oneB && (B.length !== rows || B[0].length !== cols)) return null;
  const out: number[][] = new Array<number[]>(rows);
  if (cols === 1) {
    for (let r = 0; r < rows; r++) {
      const a = oneA ? A[0][0] : A[r][0];
      const b = oneB ? B[0][0] : B[r][0];
      if (typeof a !== "number" || typeof b !== "number") return null;
      const v = f(a, b);
      if (!(v - v === 0)) return null; // NaN or ±Infinity: let spill report it
      out[r] = [v];
    }
    return out;
  }
  for (let r = 0; r < rows; r++) {
    const line = new Array<number>(cols);
    for (let c = 0; c < cols; c++) {
      const a = oneA ? A[0][0] : A[r][c];
      const b = oneB ? B[0][0] : B[r][c];
      if (typeof a !== "number" || typeof b !== "number") return null;
      const v = f(a, b);
      if (!(v - v === 0)) return null; // NaN or ±Infinity: let spill report it
      line[c] = v;
    }
    out[r] = line;
  }
  return out;
}
