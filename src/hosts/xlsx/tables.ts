/**
 * Access to ExcelJS tables, which ExcelJS 4.4 types loosely and loads lossily:
 * a loaded table has no `ref`/`rows`, only `table.tableRef`, and `headerRow` is read as false whenever
 * Excel omitted the (default) `headerRowCount` attribute — which would also be written back as
 * `headerRowCount="0"` and make Excel "repair" the table. A table part without `<tableStyleInfo>` (as LibreOffice
 * saves them) loads with a null style, on which ExcelJS's table writer crashes. `repairLoadedTables` fixes both
 * after load.
 */
import type { Workbook, Worksheet } from "exceljs";
import { parseRangeA1 } from "../../review/kit/plan";

/** The parts of ExcelJS's internal table model we use. */
export interface TableModel {
  name: string;
  displayName?: string;
  ref?: string;
  tableRef?: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: { name: string }[];
  /** `<tableStyleInfo>`; null when the file has none (LibreOffice writes none), which ExcelJS cannot write back. */
  style?: TableStyle | null;
}

/** ExcelJS's model of `<tableStyleInfo>` (theme = the style name). */
export interface TableStyle {
  theme?: string | null;
  showFirstColumn?: boolean;
  showLastColumn?: boolean;
  showRowStripes?: boolean;
  showColumnStripes?: boolean;
}

/** 1-based bounds of a table on its sheet. */
export interface TableBounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface TableLike {
  table?: TableModel;
}

/** Every table of a worksheet with its model (ExcelJS's `getTables()` typing is wrong; this is the truth). */
export function tablesOf(ws: Worksheet): TableModel[] {
  const raw = (ws as unknown as { tables?: Record<string, TableLike> }).tables ?? {};
  return Object.values(raw)
    .map((t) => t.table)
    .filter((t): t is TableModel => !!t && typeof t.name === "string" && Array.isArray(t.columns));
}

/** Parses "B3:F20" (or "B3") to 1-based bounds; null when not a cell range. */
export function parseRangeRef(ref: string): TableBounds | null {
  const r = parseRangeA1(ref);
  return r && { top: r.row + 1, left: r.col + 1, bottom: r.row + r.rows, right: r.col + r.cols };
}

/** Bounds of a table (header + data + totals), from `tableRef` or, for a fresh table, `ref` + size. */
export function tableBounds(t: TableModel): TableBounds | null {
  if (t.tableRef) return parseRangeRef(t.tableRef);
  return null;
}

function cellText(ws: Worksheet, row: number, col: number): string {
  const v = ws.getCell(row, col).value;
  return v === null || v === undefined ? "" : String(typeof v === "object" && "richText" in v ? v.richText.map((p) => p.text).join("") : v);
}

/**
 * A table with no style info gets an unnamed style with every option off: written back as a bare
 * `<tableStyleInfo/>`-like element without a name, which Excel shows exactly as the original (no table style).
 */
const NO_STYLE: TableStyle = { showFirstColumn: false, showLastColumn: false, showRowStripes: false, showColumnStripes: false };

/**
 * Fixes what ExcelJS loads wrongly on every table: a missing style info becomes "no style" (NO_STYLE), and
 * when the first row of the table holds exactly the column names, the table has a header row.
 * Returns the number of tables fixed.
 */
export function repairLoadedTables(wb: Workbook): number {
  let fixed = 0;
  for (const ws of wb.worksheets) {
    for (const t of tablesOf(ws)) {
      if (!t.style) {
        t.style = { ...NO_STYLE };
        fixed++;
      }
      const b = tableBounds(t);
      if (!b || t.headerRow) continue;
      const matches = t.columns.every((c, j) => cellText(ws, b.top, b.left + j).trim() === String(c.name ?? "").trim());
      if (matches && t.columns.length > 0) {
        t.headerRow = true;
        fixed++;
      }
    }
  }
  return fixed;
}

/** Every table name in the workbook (lower-cased), for keeping new names unique. */
export function allTableNames(wb: Workbook): Set<string> {
  const names = new Set<string>();
  for (const ws of wb.worksheets) for (const t of tablesOf(ws)) names.add(t.name.toLowerCase());
  return names;
}
