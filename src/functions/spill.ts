/** Element-wise evaluation over broadcast ranges: one result per cell, a bad cell becomes an error value in its place. */
import type { NamedGrid } from "./args";
import { broadcastShape } from "./args";
import type { ErrorValue } from "./result-error";
import { errorFrom } from "./result-error";

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
        line[c] = cell(r, c);
      } catch (e) {
        line[c] = errorFrom(e, functionName);
      }
    }
    out[r] = line;
  }
  return out;
}
