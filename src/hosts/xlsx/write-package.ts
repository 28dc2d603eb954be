/**
 * ExcelJS's writer with the fixes every package we write needs: at most one data validation per cell
 * (data-validations.ts) and worksheet children in schema order (worksheet-order.ts). Used by the host and by
 * the sample generator, so both write the same valid packages.
 */
import type { Workbook } from "exceljs";
import { withDataValidationsNormalised } from "./data-validations";
import { orderWorksheets } from "./worksheet-order";

/**
 * The workbook as valid .xlsx bytes. "STORE" (no compression) is for intermediate packages that are read again
 * at once (the lossless writer's rendered sheets): it saves a deflate and an inflate of every part.
 */
export async function writeWorkbookBytes(wb: Workbook, compression: "DEFLATE" | "STORE" = "DEFLATE"): Promise<Uint8Array> {
  const out: unknown = await withDataValidationsNormalised(wb, () => wb.xlsx.writeBuffer({ zip: { compression } } as Parameters<Workbook["xlsx"]["writeBuffer"]>[0]));
  const bytes = out instanceof Uint8Array ? new Uint8Array(out.buffer, out.byteOffset, out.byteLength) : new Uint8Array(out as ArrayBuffer);
  return orderWorksheets(bytes, compression);
}
