/** A workbench session: one open workbook (xlsx host over ExcelJS), its WorkbenchHost and file name. */
import { XlsxHost } from "../hosts/xlsx";
import { WorkbenchHost } from "./workbenchHost";
import { workbookView } from "./excelView";
import type { WorkbookView } from "./sheetView";

export interface Session {
  name: string;
  xlsx: XlsxHost;
  host: WorkbenchHost;
  /** A fresh read-only view of the workbook (call again after each change). */
  view(): WorkbookView;
}

/** Wraps an XlsxHost as a session. */
export function sessionOf(xlsx: XlsxHost, name: string): Session {
  const host = new WorkbenchHost(xlsx, (sheet) => !!xlsx.workbook.getWorksheet(sheet));
  return { name, xlsx, host, view: () => workbookView(xlsx.workbook) };
}

/** Opens .xlsx bytes as a session (throws a one-sentence WorkbookFileError for bad files). */
export async function openSession(bytes: ArrayBuffer | Uint8Array, name: string): Promise<Session> {
  return sessionOf(await XlsxHost.fromBuffer(bytes, name), name);
}

/** The workbook's .xlsx bytes as a Blob. */
export async function sessionBlob(s: Session): Promise<Blob> {
  const bytes = await s.xlsx.toBuffer();
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const type = /\.xlsm$/i.test(s.name) ? "application/vnd.ms-excel.sheet.macroEnabled.12" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  return new Blob([copy.buffer], { type });
}
