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

interface SheetModel {
  merges?: string[];
  mergeCells?: string[];
  name: string;
}

/** A package holding only `sheets` (copied by model, so the host's workbook is untouched), with their charts. */
export async function renderSheets(sheets: Worksheet[], charts: Map<Worksheet, Omit<NativeChart, "sheet">[]>, quoted: boolean): Promise<Uint8Array> {
  const scratch = new ExcelJS.Workbook();
  const list: NativeChart[] = [];
  for (const ws of sheets) {
    const copy = scratch.addWorksheet(ws.name);
    const model = ws.model as unknown as SheetModel;
    // ExcelJS's model getter names the merges `merges`, its setter reads `mergeCells`.
    copy.model = { ...model, name: ws.name, mergeCells: model.merges ?? [] } as unknown as Worksheet["model"];
    for (const c of charts.get(ws) ?? []) list.push({ ...c, sheet: ws.name });
  }
  const bytes = await writeWorkbookBytes(scratch);
  const withQuotes = quoted ? await addQuotePrefix(bytes) : bytes;
  return (await addNativeCharts(withQuotes, list)).bytes;
}
