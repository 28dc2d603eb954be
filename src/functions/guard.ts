/** What every custom function shares: running a body so that nothing is ever thrown to Excel, and walking broadcast ranges. */
import type { NamedGrid } from "./args";
import { broadcastShape, cellName } from "./args";
import type { ErrorValue } from "./result-error";
import { errorFrom } from "./result-error";
import type { Cell } from "./spill";
import { overflow } from "./spill";

/** Runs an aggregate's body; anything thrown becomes an error value, and so does a non-finite result (naming the arguments). */
export function guard(functionName: string, names: readonly string[], body: () => number | string): number | string | ErrorValue {
  try {
    const v = body();
    return typeof v === "number" && !Number.isFinite(v) ? overflow(names) : v;
  } catch (e) {
    return errorFrom(e, functionName);
  }
}

/** Runs an element-wise function's body; anything thrown (e.g. a ragged range) becomes a 1×1 error result. */
export function guardSpill(functionName: string, body: () => Cell[][]): Cell[][] {
  try {
    return body();
  } catch (e) {
    return [[errorFrom(e, functionName)]];
  }
}

/** Iterates the cells of the common (broadcast) shape of args, calling visit(r, c, name-of-cell helper). */
export function eachCell(args: readonly NamedGrid[], visit: (r: number, c: number, at: (name: string) => string) => void): void {
  const shape = broadcastShape(args);
  for (let r = 0; r < shape.rows; r++) {
    for (let c = 0; c < shape.cols; c++) visit(r, c, (name) => cellName(name, shape, r, c));
  }
}
