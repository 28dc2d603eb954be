/** The generated IMM model of test/fixtures/large-model.ts (default 10,000 risks, 500 KPIs) as .xlsx bytes, for the xlsx benchmark. */
import ExcelJS from "exceljs";
import { largeModel } from "../test/fixtures/large-model";

/** Builds the workbook bytes: one sheet and one Excel table per model table. */
export async function bigWorkbook(risks = 10_000, kpis = 500, money = true): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const t of largeModel({ risks, kpis, money })) {
    wb.addWorksheet(t.sheet).addTable({
      name: t.name, ref: "A1", headerRow: true, style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: t.headers.map((h) => ({ name: h, filterButton: true })), rows: t.rows,
    });
  }
  const out: unknown = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}
