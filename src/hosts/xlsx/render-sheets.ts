/**
 * Rendering only the generated sheets: a scratch ExcelJS workbook holding copies of them (same names), written
 * with the fixes of write-package.ts, the quote-prefix formats and the native charts. The lossless writer
 * (graft.ts) then moves these sheets' parts into the user's own package. User sheets are never rendered.
 */
import ExcelJS from "exceljs";
import type { Worksheet } from "exceljs";
import type { NativeChart } from "./chart-xml";
import { addNativeCharts } from "./native-charts";
import { addQuotePrefix } from "./quote-prefix";
import { writeWorkbookBytes } from "./write-package";

/** ExcelJS's sheet list (index = sheet id), which its writer reads through `worksheets`. */
interface SheetHolder {
  _worksheets: (Worksheet | undefined)[];
}

/**
 * A package holding only `sheets`, with their charts. The scratch workbook lists the host's own worksheet
 * objects (ExcelJS's writer only reads them), so no copy of a large sheet is made; the host's workbook is
 * untouched. Written uncompressed: the lossless writer reads it at once and compresses the final package.
 */
export async function renderSheets(sheets: Worksheet[], charts: Map<Worksheet, Omit<NativeChart, "sheet">[]>, quoted: boolean): Promise<Uint8Array> {
  const scratch = new ExcelJS.Workbook();
  const holder = scratch as unknown as SheetHolder;
  holder._worksheets = [];
  const list: NativeChart[] = [];
  for (const ws of sheets) {
    holder._worksheets[ws.id] = ws;
    for (const c of charts.get(ws) ?? []) list.push({ ...c, sheet: ws.name });
  }
  const bytes = await writeWorkbookBytes(scratch, "STORE");
  const withQuotes = quoted ? await addQuotePrefix(bytes, "STORE") : bytes;
  return (await addNativeCharts(withQuotes, list, "STORE")).bytes;
}
