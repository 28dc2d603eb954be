/**
 * Turns a generated workbook (`GenWorkbook`) into real .xlsx bytes with ExcelJS, the way users' files look: each
 * input table on its own sheet, as an Excel table (ListObject) or a plain range under an optional title; error
 * values as real error cells (t="e"); LibreOffice-style tables (no `<tableStyleInfo>`) when asked.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { GenCell, GenTable, GenWorkbook } from "./workbook-arbitraries";

/** A generated cell as an ExcelJS cell value. */
export function cellValue(v: GenCell): ExcelJS.CellValue {
  if (v !== null && typeof v === "object") return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

function writeTable(ws: ExcelJS.Worksheet, t: GenTable): void {
  if (t.title !== null) ws.getCell(1, 1).value = t.title;
  if (t.tableName !== null) {
    // An Excel table always has at least one data row (possibly blank).
    const rows = t.rows.length ? t.rows : [t.headers.map(() => null)];
    ws.addTable({
      name: t.tableName,
      ref: ws.getCell(t.row + 1, t.col + 1).address,
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: t.headers.map((name) => ({ name, filterButton: true })),
      rows: rows.map((r) => r.map(cellValue)),
    });
    return;
  }
  t.headers.forEach((h, j) => { ws.getCell(t.row + 1, t.col + 1 + j).value = h; });
  t.rows.forEach((r, i) => r.forEach((v, j) => {
    if (v !== null) ws.getCell(t.row + 2 + i, t.col + 1 + j).value = cellValue(v);
  }));
}

/** Removes `<tableStyleInfo …/>` from every table part, as LibreOffice Calc saves tables. */
export async function stripTableStyles(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    zip.file(name, xml.replace(/<tableStyleInfo[^>]*\/>/g, ""));
  }
  return zip.generateAsync({ type: "uint8array" });
}

/** The workbook as .xlsx bytes. */
export async function workbookBytes(w: GenWorkbook): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const t of w.tables) writeTable(wb.addWorksheet(t.sheet), t);
  // Stored, not deflated: the same package to every reader, and faster to write and open a thousand times.
  const out: unknown = await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } } as ExcelJS.XlsxWriteOptions);
  const bytes = new Uint8Array(out as ArrayBuffer);
  return w.libreOffice ? stripTableStyles(bytes) : bytes;
}
