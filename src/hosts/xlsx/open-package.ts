/**
 * Opening a package for the xlsx host: the pre-flight check with its one-sentence errors, and, for a workbook opened
 * for one review, the package reader's read and the ExcelJS workbook of empty stand-in sheets the host writes into.
 */
import ExcelJS from "exceljs";
import type { Workbook } from "exceljs";
import type { SheetRegistry } from "../../review/sheets/registry";
import { OWNED_PREFIX } from "../ownership";
import { asBytes, classifyBytes, corruptError, WorkbookFileError } from "./open";
import { PackageReadError, readPackage, skipOwned, type InflateRaw, type PackageRead } from "./package-read";
import { DEFAULT_LIMITS, preflight, PreflightError, type PreflightOptions } from "./preflight";

/** The sentence's reason: a refusal (hostile file) or damage. */
const reasonOf = (message: string) => (message.startsWith("refused") ? "refused" : "corrupt");

/** The bytes of an .xlsx package that passed the pre-flight checks; WorkbookFileError (one sentence) otherwise. */
export async function checkedPackage(buf: ArrayBuffer | Uint8Array, label: string, options?: PreflightOptions): Promise<Uint8Array> {
  const bytes = asBytes(buf);
  const bad = classifyBytes(bytes, label);
  if (bad) throw bad;
  try {
    await preflight(bytes, DEFAULT_LIMITS, options);
  } catch (e) {
    if (e instanceof PreflightError) throw new WorkbookFileError(reasonOf(e.message), `${label}: ${e.message}`);
    throw e;
  }
  return bytes;
}

/** What the review reads of a checked package (its generated sheets skipped); WorkbookFileError when it cannot be read. */
export async function readForReview(bytes: Uint8Array, label: string, source: string | undefined, registry?: SheetRegistry, inflate?: InflateRaw): Promise<PackageRead> {
  let read: PackageRead;
  try {
    read = await readPackage(bytes, { source, skip: skipOwned(registry), inflate });
  } catch (e) {
    if (e instanceof PackageReadError) throw new WorkbookFileError(reasonOf(e.message), `${label}: ${e.message}`);
    throw corruptError(label, e);
  }
  if (!read.sheets.some((s) => s.kind === "worksheet")) throw new WorkbookFileError("not-xlsx", `${label}: not an .xlsx workbook (it has no worksheets)`);
  return read;
}

/**
 * An ExcelJS workbook with an empty stand-in for each sheet of the package (in order) and the package's ownership marks,
 * so the host names, replaces and records generated sheets exactly as in a whole model; null when ExcelJS refuses a
 * sheet name (it is stricter than Excel in a few corners), and the workbook must be modelled whole instead.
 */
export function standInWorkbook(read: PackageRead): Workbook | null {
  const wb = new ExcelJS.Workbook();
  try {
    for (const s of read.sheets) wb.addWorksheet(s.name);
  } catch {
    return null;
  }
  for (const d of read.definedNames) {
    if (!d.name.toLowerCase().startsWith(OWNED_PREFIX.toLowerCase()) || d.value === "") continue;
    try {
      wb.definedNames.add(d.value, d.name);
    } catch {
      // a mark ExcelJS cannot parse is not a mark of ours (ownership.ts reads the same way)
    }
  }
  return wb;
}
