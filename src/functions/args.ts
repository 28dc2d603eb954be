/**
 * The boundary between Excel arguments and typed code: ranges (`any[][]`, a single cell as [[v]]) become read-only
 * `Grid`s of `unknown`, with their shapes, 1×1 broadcasting and shape-mismatch messages naming both arguments.
 */
import { ImmInputError } from "../imm/errors";
import { badShape } from "../imm/checks";

/** A rectangular range of raw cell values, row-major. */
export type Grid = readonly (readonly unknown[])[];

/** Rows × columns of a grid. */
export interface Shape {
  readonly rows: number;
  readonly cols: number;
}

/** A named range argument. */
export interface NamedGrid {
  readonly name: string;
  readonly grid: Grid;
}

/** True when an optional argument was left out (Excel passes null or undefined). */
export function isOmitted(arg: unknown): boolean {
  return arg === undefined || arg === null;
}

/**
 * Narrows an argument to a Grid: a 2-D array as is (must be rectangular), a 1-D array as a column, a scalar as 1×1
 * (Node callers), and a missing required range as one blank cell. Throws ImmInputError naming the argument if ragged.
 */
export function toGrid(arg: unknown, name: string): Grid {
  if (!Array.isArray(arg)) return [[arg ?? null]];
  if (arg.length === 0) return [];
  const first: unknown = arg[0];
  if (!Array.isArray(first)) {
    if (arg.some((row: unknown) => Array.isArray(row))) return badShape(name, "a range (rows of cells)", "a mix of cells and rows");
    return (arg as readonly unknown[]).map((v) => [v]);
  }
  const cols = first.length;
  for (let r = 1; r < arg.length; r++) {
    const row: unknown = arg[r];
    if (!Array.isArray(row) || row.length !== cols) return badShape(name, "a rectangular range", "rows of different lengths");
  }
  return arg as Grid;
}

/** Shape of a grid (an empty row counts as no cells: 0×0). */
export function shapeOf(grid: Grid): Shape {
  const rows = grid.length;
  const cols = rows === 0 ? 0 : grid[0].length;
  return cols === 0 ? { rows: 0, cols: 0 } : { rows, cols };
}

/** "3×1". */
export function showShape(shape: Shape): string {
  return `${shape.rows}×${shape.cols}`;
}

/** Number of cells. */
export function cellCount(grid: Grid): number {
  const s = shapeOf(grid);
  return s.rows * s.cols;
}

/** True for a 1×1 grid (broadcast to any shape). */
export function isSingle(grid: Grid): boolean {
  return grid.length === 1 && grid[0].length === 1;
}

/**
 * The common shape of named grids where 1×1 grids broadcast; throws ImmInputError "a is 3×1 but b is 2×1" on a mismatch
 * and a #N/A-kind error when a grid is empty.
 */
export function broadcastShape(args: readonly NamedGrid[]): Shape {
  let shape: Shape = { rows: 1, cols: 1 };
  let owner = "";
  for (const { name, grid } of args) {
    const s = shapeOf(grid);
    if (s.rows === 0) throw new ImmInputError(name, `${name} is empty: nothing to compute`, "na");
    if (s.rows === 1 && s.cols === 1) continue;
    if (owner === "") {
      shape = s;
      owner = name;
    } else if (s.rows !== shape.rows || s.cols !== shape.cols) {
      throw new ImmInputError(name, `${owner} is ${showShape(shape)} but ${name} is ${showShape(s)}`);
    }
  }
  return shape;
}

/** The cell at (r, c), or the only cell of a 1×1 grid. */
export function pick(grid: Grid, r: number, c: number): unknown {
  return grid.length === 1 && grid[0].length === 1 ? grid[0][0] : grid[r][c];
}

/** All cells row by row. */
export function flatten(grid: Grid): unknown[] {
  const out: unknown[] = [];
  for (const row of grid) for (const v of row) out.push(v);
  return out;
}

/** Where a cell sits in a range, for messages: "ratings" (1×1), "ratings row 3", "ratings column 2", "ratings row 3 column 2". */
export function cellName(name: string, shape: Shape, r: number, c: number): string {
  if (shape.rows <= 1 && shape.cols <= 1) return name;
  if (shape.cols === 1) return `${name} row ${r + 1}`;
  if (shape.rows === 1) return `${name} column ${c + 1}`;
  return `${name} row ${r + 1} column ${c + 1}`;
}
