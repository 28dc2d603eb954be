/**
 * Builds an ExcelJS workbook from a sample: real Excel tables, styled headers, number formats, column widths,
 * data-validation lists and a frozen header row. Used by scripts/make-sample.ts and the sample tests.
 */
import ExcelJS from "exceljs";
import { firstContentRow, placeTables, type PlacedTable } from "./layout";
import type { SampleSheet, SampleWorkbook } from "./types";

const HEADER_FILL = "FF1F4E79";
const HEADER_FONT = "FFFFFFFF";
const TITLE_FONT = "FF1F4E79";

/** Quotes a list for a data-validation formula: ["Y","N"] → "\"Y,N\"". */
function listFormula(items: readonly string[]): string {
  return `"${items.join(",")}"`;
}

function writeTable(ws: ExcelJS.Worksheet, { table, row, col }: PlacedTable): void {
  const top = row + 1; // ExcelJS rows/cols are 1-based
  const left = col + 1;
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: ws.getCell(top, left).address,
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: table.headers.map((name) => ({ name, filterButton: true })),
    rows: table.rows.map((r) => r.map((v) => (v === null ? null : v))),
  });
  table.headers.forEach((_, c) => {
    const cell = ws.getCell(top, left + c);
    cell.font = { bold: true, color: { argb: HEADER_FONT } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: "middle", wrapText: true };
  });
  ws.getRow(top).height = rowHeight(table.headers, table.columnWidths ?? []);
  const centred = table.headers.map((_, c) => isCentredColumn(table.rows.map((r) => r[c])));
  table.rows.forEach((r, i) => {
    r.forEach((_, c) => {
      const cell = ws.getCell(top + 1 + i, left + c);
      const fmt = table.columnFormats?.[c];
      if (fmt !== undefined) cell.numFmt = fmt;
      const list = table.columnLists?.[c];
      if (list !== undefined) {
        cell.dataValidation = {
          type: "list", allowBlank: true, formulae: [listFormula(list)], showErrorMessage: true,
          errorTitle: table.headers[c], error: `Choose one of: ${list.join(", ")}`,
        };
      }
      cell.alignment = { vertical: "top", wrapText: true, horizontal: table.columnAlign?.[c] ?? (centred[c] ? "center" : undefined) };
    });
    ws.getRow(top + 1 + i).height = rowHeight(r, table.columnWidths ?? []);
  });
  for (const f of table.cellFormats ?? []) ws.getCell(top + 1 + f.row, left + f.col).numFmt = f.format;
}

/** True for columns to centre: numbers mixed with short words (3 or "Likely") or only flags ("Y"/"N"). */
function isCentredColumn(values: readonly unknown[]): boolean {
  const words = values.filter((v): v is string => typeof v === "string");
  const numbers = values.some((v) => typeof v === "number");
  if (words.length === 0) return false;
  return numbers ? words.every((w) => w.length <= 15) : words.every((w) => w.length <= 3);
}

/** Row height (points) fitting the longest wrapped text of a row: ~1 character per width unit, 15 pt per line. */
function rowHeight(row: readonly unknown[], widths: readonly number[]): number {
  let lines = 1;
  row.forEach((v, c) => {
    const w = widths[c];
    if (typeof v === "string" && w !== undefined) lines = Math.max(lines, Math.ceil((v.length * 0.9) / w));
  });
  return 15 * lines;
}

function setWidths(ws: ExcelJS.Worksheet, placed: PlacedTable[]): void {
  const widths: number[] = [];
  for (const { table, col } of placed) {
    (table.columnWidths ?? []).forEach((w, c) => { widths[col + c] = Math.max(widths[col + c] ?? 0, w); });
  }
  widths.forEach((w, c) => { if (w !== undefined) ws.getColumn(c + 1).width = w; });
}

function writeSheet(wb: ExcelJS.Workbook, sheet: SampleSheet): void {
  const ws = wb.addWorksheet(sheet.name);
  if (sheet.title !== undefined) {
    const cell = ws.getCell(1, 1);
    cell.value = sheet.title;
    cell.font = { bold: true, size: 14, color: { argb: TITLE_FONT } };
  }
  const textRow = firstContentRow(sheet);
  (sheet.text ?? []).forEach((line, i) => { ws.getCell(textRow + 1 + i, 1).value = line; });
  if (sheet.text && sheet.text.length > 0 && sheet.tables.length === 0) ws.getColumn(1).width = 110;
  const placed = placeTables(sheet);
  placed.forEach((p) => writeTable(ws, p));
  setWidths(ws, placed);
  ws.pageSetup = { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  if (placed.length === 1) ws.views = [{ state: "frozen", xSplit: 0, ySplit: placed[0].row + 1 }];
}

/** An ExcelJS workbook holding the sample's sheets, tables and free text, ready to write. */
export function sampleToWorkbook(s: SampleWorkbook): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "IMM for Excel (sample generator)";
  wb.title = s.name;
  wb.created = new Date(Date.UTC(2026, 3, 15));
  wb.modified = wb.created;
  for (const sheet of s.sheets) writeSheet(wb, sheet);
  return wb;
}
