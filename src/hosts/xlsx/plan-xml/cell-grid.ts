/**
 * The cells of one generated sheet while its plan is applied, with the cell semantics the ExcelJS path has
 * (so both write the same sheet): merging gives every covered cell the top-left cell's style and makes it read and
 * write through to that cell; values are plain (text, number, boolean, blank). Coordinates are 0-based. Kept as
 * two arrays per row (values, style ids) rather than an object per cell: a large register holds hundreds of
 * thousands of cells, and per-cell objects would mostly be garbage-collector work.
 */

/** A cell value as written: text, a finite number, a boolean, or blank. */
export type GridValue = string | number | boolean | null;

/** One row: values and style ids by 0-based column (holes are blank, style 0). */
export interface GridRow {
  values: GridValue[];
  styles: number[];
}

/** Columns per row in a merge key (Excel has 16,384). */
const WIDTH = 1 << 14;

export class CellGrid {
  /** Rows by 0-based index; holes are rows never written. */
  readonly rows: (GridRow | undefined)[] = [];
  /** Covered cell (row × WIDTH + col) → its merge's top-left cell (row × WIDTH + col). */
  private readonly masters = new Map<number, number>();

  private row(r: number): GridRow {
    return (this.rows[r] ??= { values: [], styles: [] });
  }

  /** The top-left cell of the merge covering (row, col), or the cell itself, as row × WIDTH + col. */
  private master(row: number, col: number): number {
    const key = row * WIDTH + col;
    return this.masters.get(key) ?? key;
  }

  /** True once a merge was made. */
  hasMerges(): boolean {
    return this.masters.size > 0;
  }

  /** The value at (row, col): a covered cell reads its merge's top-left value. */
  value(row: number, col: number): GridValue {
    if (this.masters.size === 0) return this.rows[row]?.values[col] ?? null;
    const m = this.master(row, col);
    return this.rows[Math.floor(m / WIDTH)]?.values[m % WIDTH] ?? null;
  }

  /** Sets the value at (row, col): on a covered cell, the merge's top-left value. */
  setValue(row: number, col: number, v: GridValue): void {
    if (this.masters.size === 0) {
      this.row(row).values[col] = v;
      return;
    }
    const m = this.master(row, col);
    this.row(Math.floor(m / WIDTH)).values[m % WIDTH] = v;
  }

  /** The cell's own style id (0 = default). */
  style(row: number, col: number): number {
    return this.rows[row]?.styles[col] ?? 0;
  }

  /** Sets the cell's own style id (a covered cell has its own style, as in ExcelJS). */
  setStyle(row: number, col: number, style: number): void {
    this.row(row).styles[col] = style;
  }

  /** Merges the rectangle: every cell but the top-left takes its style and is blanked (it reads through to it). */
  merge(row: number, col: number, rows: number, cols: number): void {
    const style = this.style(row, col);
    for (let i = row; i < row + rows; i++) {
      const r = this.row(i);
      for (let j = col; j < col + cols; j++) {
        if (i === row && j === col) continue;
        r.values[j] = null;
        r.styles[j] = style;
        this.masters.set(i * WIDTH + j, row * WIDTH + col);
      }
    }
  }
}
