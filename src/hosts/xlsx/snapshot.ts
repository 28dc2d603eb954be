/** Reading a WorkbookSnapshot (tables and used sheet values) from an ExcelJS workbook. Never writes. */
import type { Workbook, Worksheet } from "exceljs";
import type { RawCell, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from "../../tables/types";
import { toRawCell } from "./cells";
import { findTables } from "../../tables/find";
import { paymentCell } from "../../tables/payment-cell";

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

/**
 * A cell for the table reader: as `toRawCell`, except that a formula saved without a calculated value
 * (ExcelJS: `formula`/`sharedFormula` present, `result` undefined) is an UncalculatedFormula, not a blank.
 */
export function snapshotCell(value: unknown): RawCell {
  if (isRecord(value) && ("formula" in value || "sharedFormula" in value) && value.result === undefined) {
    const f = typeof value.formula === "string" ? value.formula : typeof value.sharedFormula === "string" ? value.sharedFormula : "";
    return { kind: "uncalculated", formula: f };
  }
  return toRawCell(value);
}
import { tableBounds, tablesOf } from "./tables";

/** The used values of a sheet from A1: values[r][c], rows/cols beyond the used range omitted. */
export function sheetValues(ws: Worksheet): RawCell[][] {
  const rows: RawCell[][] = [];
  let maxCol = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const v = snapshotCell(cell.value);
      if (v === null || v === "") return;
      while (out.length < colNumber - 1) out.push(null);
      out[colNumber - 1] = v;
    });
    if (out.length === 0) return;
    maxCol = Math.max(maxCol, out.length);
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = out;
  });
  for (const r of rows) while (r.length < maxCol) r.push(null);
  return rows;
}

function valueAt(values: RawCell[][], row0: number, col0: number): RawCell {
  const r = values[row0];
  return r && col0 < r.length ? r[col0] : null;
}

/** Snapshots every table of a sheet, given the sheet's used values. */
export function sheetTables(ws: Worksheet, values: RawCell[][]): TableSnapshot[] {
  const out: TableSnapshot[] = [];
  for (const t of tablesOf(ws)) {
    const b = tableBounds(t);
    if (!b) continue;
    const width = b.right - b.left + 1;
    const hasHeader = t.headerRow !== false;
    const headers = t.columns.slice(0, width).map((c, j) => {
      const cell = hasHeader ? valueAt(values, b.top - 1, b.left - 1 + j) : null;
      return cell === null || typeof cell === "object" ? String(c.name ?? "") : String(cell);
    });
    const first = b.top + (hasHeader ? 1 : 0);
    const last = b.bottom - (t.totalsRow ? 1 : 0);
    const rows: RawCell[][] = [];
    for (let r = first; r <= last; r++) {
      const row: RawCell[] = [];
      for (let j = 0; j < width; j++) row.push(valueAt(values, r - 1, b.left - 1 + j));
      rows.push(row);
    }
    out.push({ name: t.name, sheet: ws.name, row: b.top - 1, col: b.left - 1, headers, rows });
  }
  return out;
}

/** Reads every table and every sheet's used values, skipping the sheets named in `exclude`. */
export function readWorkbookSnapshot(wb: Workbook, exclude: ReadonlySet<string>, source?: string): WorkbookSnapshot {
  const tables: TableSnapshot[] = [];
  const sheets: SheetSnapshot[] = [];
  for (const ws of wb.worksheets) {
    if (exclude.has(ws.name)) continue;
    const values = sheetValues(ws);
    sheets.push({ name: ws.name, values });
    tables.push(...sheetTables(ws, values));
  }
  const snapshot: WorkbookSnapshot = source === undefined ? { tables, sheets } : { tables, sheets, source };
  const format = paymentFormat(wb, snapshot);
  return format ? { ...snapshot, paymentFormat: format } : snapshot;
}

/** The number format of the Annual service payment cell (the review's currency), unless General or none. */
function paymentFormat(wb: Workbook, snapshot: WorkbookSnapshot): string | undefined {
  const at = paymentCell(findTables(snapshot));
  const fmt = at ? wb.getWorksheet(at.sheet)?.getCell(at.address).numFmt : undefined;
  return fmt && fmt.toLowerCase() !== "general" ? fmt : undefined;
}
