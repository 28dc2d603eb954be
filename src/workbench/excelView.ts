/** Builds the grid's read-only WorkbookView from an ExcelJS workbook: values, number formats, fills, fonts, simple CFs. */
import type { Cell, Workbook, Worksheet } from "exceljs";
import { conditionalFormatsOf, mergedAreas, tableAreas, toRawCell } from "../hosts/xlsx";
import { formatValue } from "./numberFormat";
import { applyConditionalFormats } from "./conditionalView";
import type { GridCell, GridMerge, GridStyle, SheetView, WorkbookView } from "./sheetView";

/**
 * The view holds every cell of the used range up to MAX_CELLS (the grid virtualises the drawing, so 10,000 rows
 * scroll). Beyond that budget the view keeps all columns up to MAX_COLS and as many rows as fit, and is flagged
 * `truncated` (the grid says so above the sheet): data is never cut silently.
 */
export const MAX_CELLS = 2_000_000;
export const MAX_COLS = 1_000;
const DEFAULT_COL_PX = 64;

/** "FFRRGGBB" / "RRGGBB" → "#RRGGBB"; undefined for theme/indexed colours. */
export function cssColor(c: { argb?: string } | undefined): string | undefined {
  const v = c?.argb;
  if (!v) return undefined;
  const m = /^(?:[0-9a-f]{2})?([0-9a-f]{6})$/i.exec(v);
  return m ? `#${m[1].toUpperCase()}` : undefined;
}

/** Excel column width (characters) → pixels, as Excel draws it at 100% (Calibri 11). */
export function widthToPx(width: number | undefined): number {
  return width === undefined ? DEFAULT_COL_PX : Math.max(8, Math.round(width * 7 + 5));
}

function styleOf(cell: Cell): GridStyle {
  const s: GridStyle = {};
  const font = cell.font;
  if (font?.bold) s.bold = true;
  if (font?.italic) s.italic = true;
  const color = cssColor(font?.color);
  if (color) s.color = color;
  if (font?.size && font.size !== 11) s.fontSize = font.size;
  const fill = cell.fill;
  if (fill && fill.type === "pattern" && fill.pattern === "solid") {
    const bg = cssColor(fill.fgColor) ?? cssColor(fill.bgColor);
    if (bg) s.fill = bg;
  }
  const h = cell.alignment?.horizontal;
  if (h === "left" || h === "center" || h === "right") s.align = h;
  else if (h === "centerContinuous") s.align = "center";
  const v = cell.alignment?.vertical;
  if (v === "top" || v === "bottom") s.valign = v;
  else if (v === "middle" || v === "distributed" || v === "justify") s.valign = "middle";
  if (cell.alignment?.wrapText) s.wrap = true;
  if (cell.border?.bottom?.style) s.borderBottom = true;
  return s;
}

function cellOf(cell: Cell): GridCell | null {
  const raw = toRawCell(cell.value);
  const style = styleOf(cell);
  if (raw === null && Object.keys(style).length === 0) return null;
  const numeric = typeof raw === "number";
  return { text: formatValue(raw, cell.numFmt), numeric, style };
}

/** Table styles drawn approximately: a blue header row and banded data rows. */
function paintTables(ws: Worksheet, cells: (GridCell | null)[][]): void {
  for (const { bounds: b, headerRow } of tableAreas(ws)) {
    for (let r = b.top - 1; r < Math.min(b.bottom, cells.length); r++) {
      for (let c = b.left - 1; c < Math.min(b.right, cells[r].length); c++) {
        const cell = cells[r][c] ?? { text: "", numeric: false, style: {} };
        const header = r === b.top - 1 && headerRow;
        if (header) cell.style = { bold: true, color: "#FFFFFF", fill: "#4472C4", ...cell.style };
        else if ((r - b.top) % 2 === 0) cell.style = { fill: "#D9E1F2", ...cell.style };
        cells[r][c] = cell;
      }
    }
  }
}

function mergesOf(ws: Worksheet): GridMerge[] {
  return mergedAreas(ws).map((b) => ({ row: b.top - 1, col: b.left - 1, rows: b.bottom - b.top + 1, cols: b.right - b.left + 1 }));
}

/** The view of one ExcelJS worksheet (its whole used range within the MAX_CELLS budget). */
export function worksheetView(ws: Worksheet): SheetView {
  const fullRows = ws.rowCount;
  const fullCols = ws.columnCount;
  const colCount = Math.min(fullCols, MAX_COLS);
  const rowCount = Math.min(fullRows, Math.floor(MAX_CELLS / Math.max(1, colCount)));
  const cells: (GridCell | null)[][] = [];
  const rowHeights: (number | undefined)[] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row = ws.getRow(r);
    rowHeights.push(row.height ? Math.round((row.height * 4) / 3) : undefined);
    const line: (GridCell | null)[] = [];
    for (let c = 1; c <= colCount; c++) line.push(cellOf(row.getCell(c)));
    cells.push(line);
  }
  paintTables(ws, cells);
  applyConditionalFormats(conditionalFormatsOf(ws), cells, (r, c) => toRawCell(ws.getCell(r + 1, c + 1).value));
  const colWidths = Array.from({ length: colCount }, (_, i) => {
    const col = ws.getColumn(i + 1);
    return col.hidden ? 0 : widthToPx(col.width);
  });
  const view = ws.views?.[0];
  return {
    name: ws.name,
    rowCount,
    colCount,
    colWidths,
    rowHeights,
    cells,
    merges: mergesOf(ws).filter((m) => m.row < rowCount && m.col < colCount),
    showGridlines: view?.showGridLines !== false,
    tabColor: cssColor(ws.properties?.tabColor),
    totalRows: fullRows,
    totalCols: fullCols,
    truncated: fullRows > rowCount || fullCols > colCount,
  };
}

/** A WorkbookView over an ExcelJS workbook (sheet views built on demand, cached until `invalidate`). */
export function workbookView(wb: Workbook): WorkbookView {
  const cache = new Map<string, SheetView>();
  const visible = wb.worksheets.filter((ws) => ws.state !== "hidden" && ws.state !== "veryHidden");
  return {
    sheetNames: visible.map((ws) => ws.name),
    sheet(name) {
      const hit = cache.get(name);
      if (hit) return hit;
      const ws = wb.getWorksheet(name);
      if (!ws) return null;
      const v = worksheetView(ws);
      cache.set(name, v);
      return v;
    },
  };
}
