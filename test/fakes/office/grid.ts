/** A sheet's cells: values, formulas and number formats, stored sparsely by row. Applies Excel's input coercion. */
import type { Rect } from "./address";
import { fail } from "./errors";
import { typedInput } from "./typed-input";

type Scalar = string | number | boolean;

interface Cell {
  value: Scalar;
  formula: string | null;
  numberFormat: string | null;
  /** True when the value is an error (#N/A…), which Office.js reads back as the same string as text. */
  error?: boolean;
}

/** Converts what a user would type into what Excel stores (typed-input.ts) unless the cell is text-formatted ("@"). */
function coerce(input: Scalar, numberFormat: string | null): { value: Scalar; formula: string | null; error?: true } {
  if (typeof input !== "string" || numberFormat === "@") return { value: input, formula: null };
  return typedInput(input);
}

/** Sparse cell storage for one sheet. */
export class Grid {
  private rows: (Cell | undefined)[][] = [];

  private cell(r: number, c: number, create: boolean): Cell | undefined {
    let row = this.rows[r];
    if (!row) {
      if (!create) return undefined;
      row = this.rows[r] = [];
    }
    let cell = row[c];
    if (!cell && create) cell = row[c] = { value: "", formula: null, numberFormat: null };
    return cell;
  }

  /** Writes values as Excel does: null leaves a cell unchanged; strings are coerced unless the cell is text-formatted. */
  setValues(rect: Rect, values: unknown): void {
    const grid = checkShape(rect, values, "values");
    for (let i = 0; i < rect.rows; i++) {
      for (let j = 0; j < rect.cols; j++) {
        const v = grid[i][j];
        if (v === null) continue;
        if (typeof v === "number" && !Number.isFinite(v)) fail("InvalidArgument", `values[${i}][${j}] is not a finite number`);
        if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") {
          fail("InvalidArgument", `values[${i}][${j}] has unsupported type ${typeof v}`);
        }
        if (typeof v === "string" && v.length > 32767) fail("InvalidArgument", `values[${i}][${j}] is longer than 32767 characters`);
        const cell = this.cell(rect.row + i, rect.col + j, true) as Cell;
        const c = coerce(v, cell.numberFormat);
        cell.value = c.value;
        cell.formula = c.formula;
        cell.error = c.error;
      }
    }
  }

  /** Sets number formats (null leaves a cell unchanged). */
  setNumberFormats(rect: Rect, formats: unknown): void {
    const grid = checkShape(rect, formats, "numberFormat");
    for (let i = 0; i < rect.rows; i++) {
      for (let j = 0; j < rect.cols; j++) {
        const f = grid[i][j];
        if (f === null) continue;
        if (typeof f !== "string") fail("InvalidArgument", `numberFormat[${i}][${j}] is not a string`);
        (this.cell(rect.row + i, rect.col + j, true) as Cell).numberFormat = f === "General" ? null : f;
      }
    }
  }

  /** Clears contents and/or number formats in a rectangle, visiting only stored cells (a whole sheet is cheap). */
  clearRect(rect: Rect, contents: boolean, formats: boolean): void {
    this.rows.forEach((row, r) => {
      if (!row || r < rect.row || r >= rect.row + rect.rows) return;
      row.forEach((cell, c) => {
        if (!cell || c < rect.col || c >= rect.col + rect.cols) return;
        if (contents) { cell.value = ""; cell.formula = null; cell.error = undefined; }
        if (formats) cell.numberFormat = null;
      });
    });
  }

  /** Values of a rectangle ("" for empty cells). */
  values(rect: Rect): Scalar[][] {
    return this.map(rect, (c) => (c ? c.value : ""));
  }

  /** Formulas of a rectangle (the value when a cell holds no formula). */
  formulas(rect: Rect): Scalar[][] {
    return this.map(rect, (c) => (c ? (c.formula ?? c.value) : ""));
  }

  /** Value types of a rectangle, as Office.js range.valueTypes reports them ("String", "Double", "Boolean", "Error", "Empty"). */
  valueTypes(rect: Rect): string[][] {
    return this.map(rect, (c) => {
      if (!c || c.value === "") return "Empty";
      if (c.error) return "Error";
      return typeof c.value === "number" ? "Double" : typeof c.value === "boolean" ? "Boolean" : "String";
    });
  }

  /** Number formats of a rectangle ("General" by default). */
  numberFormats(rect: Rect): string[][] {
    return this.map(rect, (c) => (c?.numberFormat ?? "General"));
  }

  /** Bounding box of non-empty cells (and, unless valuesOnly, formatted cells); null when the sheet is empty. */
  usedRect(valuesOnly: boolean): Rect | null {
    let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
    this.rows.forEach((row, r) => {
      if (!row) return;
      row.forEach((cell, c) => {
        if (!cell) return;
        const used = cell.value !== "" || cell.formula !== null || (!valuesOnly && cell.numberFormat !== null);
        if (!used) return;
        r0 = Math.min(r0, r); c0 = Math.min(c0, c); r1 = Math.max(r1, r); c1 = Math.max(c1, c);
      });
    });
    return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  private map<T>(rect: Rect, f: (c: Cell | undefined) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < rect.rows; i++) {
      const row = this.rows[rect.row + i];
      const line: T[] = new Array<T>(rect.cols);
      for (let j = 0; j < rect.cols; j++) line[j] = f(row ? row[rect.col + j] : undefined);
      out.push(line);
    }
    return out;
  }
}

function checkShape(rect: Rect, data: unknown, what: string): unknown[][] {
  if (!Array.isArray(data) || data.length !== rect.rows || !data.every((r) => Array.isArray(r) && r.length === rect.cols)) {
    fail("InvalidArgument", `${what} must be a ${rect.rows}×${rect.cols} array for this range`);
  }
  return data as unknown[][];
}
