/**
 * Data validations as Excel wants them: at most one per cell. ExcelJS 4.4 keeps validations per cell address
 * (and per range for `dataValidations.add("A1:B9", …)`), and when it writes, it squeezes equal neighbours into
 * ranges in TEXT order of the addresses: starting at C10 it covers C10:C213, then starting at C4 it covers
 * C4:C213 again, so the file holds overlapping `sqref`s, which Excel reports as unreadable content.
 *
 * `withDataValidationsNormalised` (used by write-package.ts) gives ExcelJS, for the time of one write, a model of disjoint rectangles (one
 * key per rectangle, which ExcelJS writes as it is) and puts the per-cell model back afterwards, so cell reads
 * (`cell.dataValidation`) keep working.
 */
import type { Workbook, Worksheet } from "exceljs";
import { parseRangeRef, type TableBounds } from "./tables";
import { rangeA1 } from "../../tables/problems";

/** ExcelJS's validation map: address or range ("C4", "C4:C213") → validation (undefined after `remove`). */
type DvModel = Record<string, unknown>;

interface DvHolder {
  dataValidations?: { model: DvModel };
}

/** Ranges larger than this are kept as written (never expanded cell by cell). */
const MAX_EXPANDED_CELLS = 1_000_000;

/** The A1 range of 1-based bounds. */
function rangeOf(b: TableBounds): string {
  return rangeA1(b.top - 1, b.left - 1, b.bottom - 1, b.right - 1);
}

function cellsOf(b: TableBounds): number {
  return (b.bottom - b.top + 1) * (b.right - b.left + 1);
}

function inside(b: TableBounds, row: number, col: number): boolean {
  return row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;
}

/** A stable identity for "the same validation" (ExcelJS compares with deep equality too). */
function identity(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (x && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x));
}

/**
 * Disjoint rectangles covering exactly the validated cells. Rule (one validation per cell): when keys overlap,
 * the key set last wins for the shared cells, as when the user sets a cell's validation again in Excel.
 * Oversized ranges are kept whole and win over the single cells inside them; keys that are not A1 addresses are
 * passed on unchanged.
 */
export function normaliseDataValidations(model: DvModel): DvModel {
  const out: DvModel = {};
  const cells = new Map<string, { row: number; col: number; value: unknown }>();
  const huge: { bounds: TableBounds; key: string; value: unknown }[] = [];
  for (const [key, value] of Object.entries(model)) {
    if (value === undefined || value === null) continue;
    const b = parseRangeRef(key);
    if (!b) {
      out[key] = value; // not an A1 address or range: passed on to ExcelJS as it was
      continue;
    }
    if (cellsOf(b) > MAX_EXPANDED_CELLS) {
      huge.push({ bounds: b, key: rangeOf(b), value });
      continue;
    }
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) cells.set(`${r},${c}`, { row: r, col: c, value });
  }
  for (const [k, cell] of cells) if (huge.some((h) => inside(h.bounds, cell.row, cell.col))) cells.delete(k);

  for (const h of huge) out[h.key] = h.value;
  const ids = new Map<unknown, string>();
  const idOf = (v: unknown): string => {
    let id = ids.get(v);
    if (id === undefined) ids.set(v, (id = identity(v)));
    return id;
  };
  // Column by column, top to bottom (numeric order): grow each free cell down, then right, over free equal cells.
  const order = [...cells.values()].sort((a, b) => a.col - b.col || a.row - b.row);
  const taken = new Set<string>();
  const same = (row: number, col: number, id: string): boolean => {
    const k = `${row},${col}`;
    const c = cells.get(k);
    return !!c && !taken.has(k) && idOf(c.value) === id;
  };
  for (const start of order) {
    if (taken.has(`${start.row},${start.col}`)) continue;
    const id = idOf(start.value);
    let bottom = start.row;
    while (same(bottom + 1, start.col, id)) bottom++;
    let right = start.col;
    const columnFits = (col: number): boolean => {
      for (let r = start.row; r <= bottom; r++) if (!same(r, col, id)) return false;
      return true;
    };
    while (columnFits(right + 1)) right++;
    for (let r = start.row; r <= bottom; r++) for (let c = start.col; c <= right; c++) taken.add(`${r},${c}`);
    out[rangeOf({ top: start.row, left: start.col, bottom, right })] = start.value;
  }
  return out;
}

/** Runs `write` with every sheet's validations as disjoint rectangles, restoring the per-cell model after. */
export async function withDataValidationsNormalised<T>(wb: Workbook, write: () => Promise<T>): Promise<T> {
  const saved: [NonNullable<DvHolder["dataValidations"]>, DvModel][] = [];
  for (const ws of wb.worksheets as (Worksheet & DvHolder)[]) {
    const dv = ws.dataValidations;
    if (!dv?.model) continue;
    saved.push([dv, dv.model]);
    dv.model = normaliseDataValidations(dv.model);
  }
  try {
    return await write();
  } finally {
    for (const [dv, model] of saved) dv.model = model;
  }
}
