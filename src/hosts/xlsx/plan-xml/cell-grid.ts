/**
 * The cells of one generated sheet while its plan is applied, with the cell semantics the ExcelJS path has
 * (so both write the same sheet): a cell exists once touched; merging gives every covered cell the top-left
 * cell's style and makes it read and write through to that cell; values are plain (text, number, boolean, blank).
 * Coordinates are 0-based.
 */

/** A cell value as written: text, a finite number, a boolean, or blank. */
export type GridValue = string | number | boolean | null;

export interface GridCell {
  value: GridValue;
  /** Style id (StyleRegistry); 0 = default. */
  style: number;
  /** The top-left cell of the merge covering this one (not set on the top-left cell itself). */
  master?: GridCell;
}

export class CellGrid {
  /** Rows of cells, by 0-based row and column; holes are cells never touched. */
  readonly rows: (GridCell | undefined)[][] = [];

  /** The cell at (row, col), created blank when new. */
  cell(row: number, col: number): GridCell {
    const r = (this.rows[row] ??= []);
    return (r[col] ??= { value: null, style: 0 });
  }

  /** The cell if it was ever touched. */
  peek(row: number, col: number): GridCell | undefined {
    return this.rows[row]?.[col];
  }

  /** The value at (row, col): a covered cell reads its merge's top-left value. */
  value(row: number, col: number): GridValue {
    const c = this.peek(row, col);
    return c ? (c.master ?? c).value : null;
  }

  /** Sets the value at (row, col): on a covered cell, the merge's top-left value. */
  setValue(row: number, col: number, v: GridValue): void {
    const c = this.cell(row, col);
    (c.master ?? c).value = v;
  }

  /** Merges the rectangle: every cell but the top-left takes its style and is blanked (it reads through to it). */
  merge(row: number, col: number, rows: number, cols: number): void {
    const master = this.cell(row, col);
    for (let i = row; i < row + rows; i++) {
      for (let j = col; j < col + cols; j++) {
        if (i === row && j === col) continue;
        const c = this.cell(i, j);
        c.value = null;
        c.master = master;
        c.style = master.style;
      }
    }
  }
}
