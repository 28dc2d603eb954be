/** Recognising what a file is before ExcelJS sees it, so a bad file gets one clear sentence, not a stack trace. */

/** Why a file could not be opened as a workbook. */
export type OpenFailure = "empty" | "encrypted" | "xls" | "not-xlsx" | "corrupt" | "refused";

/** A file that is not a readable .xlsx workbook; `message` is one user-facing sentence. */
export class WorkbookFileError extends Error {
  readonly reason: OpenFailure;
  constructor(reason: OpenFailure, message: string) {
    super(message);
    this.name = "WorkbookFileError";
    this.reason = reason;
  }
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** True when the bytes contain `text` encoded as UTF-16LE (how CFB directory entries store names). */
function hasUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern = Array.from(text).flatMap((ch) => [ch.charCodeAt(0), 0]);
  const limit = Math.min(bytes.length, 4 << 20) - pattern.length;
  outer: for (let i = 0; i <= limit; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/** Classifies bytes that are not a zip: null when they look like an .xlsx (zip) file. */
export function classifyBytes(bytes: Uint8Array, label: string): WorkbookFileError | null {
  if (bytes.length === 0) return new WorkbookFileError("empty", `${label}: the file is empty`);
  if (startsWith(bytes, CFB_MAGIC)) {
    if (hasUtf16(bytes, "EncryptionInfo") || hasUtf16(bytes, "EncryptedPackage")) {
      return new WorkbookFileError("encrypted", `${label}: the workbook is password-protected; remove the password in Excel (File › Info › Protect Workbook) and try again`);
    }
    return new WorkbookFileError("xls", `${label}: this is an old Excel 97–2003 (.xls) file; save it as .xlsx first`);
  }
  if (!startsWith(bytes, [0x50, 0x4b])) {
    return new WorkbookFileError("not-xlsx", `${label}: not an .xlsx workbook (the file is not a zip package)`);
  }
  return null;
}

/** Wraps an ExcelJS/JSZip load failure as a one-line corrupt-file error. */
export function corruptError(label: string, cause: unknown): WorkbookFileError {
  const detail = cause instanceof Error ? cause.message.split("\n")[0] : String(cause);
  return new WorkbookFileError("corrupt", `${label}: the file is damaged or not an .xlsx workbook (${detail.slice(0, 120)})`);
}

/** Bytes as a Uint8Array view (no copy when possible). */
export function asBytes(buf: ArrayBuffer | Uint8Array): Uint8Array {
  return buf instanceof Uint8Array ? buf : new Uint8Array(buf);
}
