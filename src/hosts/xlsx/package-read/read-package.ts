/**
 * Reading what the review needs straight from the .xlsx bytes, without ExcelJS: the workbook part (sheets, defined
 * names), the table parts, shared strings, the number formats of the styles, and of each worksheet only the rows
 * the bounded-reading rule wants (tables/read-bounds.ts, the same rule as the Office host):
 * - every table's header row, and the body of each table whose name or headers may make it an input table;
 * - the first `WINDOW` rows of the sheet's used range (from its first row with a value);
 * - while the table finder finds a plain range on the sheet, `WINDOW` rows past its end (read on in doubling steps).
 * Each worksheet part is inflated as a stream and scanned row by row; its inflating stops once those rows are seen,
 * so a large unrelated data sheet costs its first hundred rows or so. The cell values equal today's ExcelJS
 * snapshot (snapshot.ts) for what is read, except where cell-value.ts says ExcelJS is wrong.
 *
 * Call it after the pre-flight check (preflight.ts): it trusts the package's structure no more than that check
 * does, never inflates a part past its declared size, and refuses a part with a DTD.
 */
import { findTables, mayBeInputTable, type FoundTables } from "../../../tables/find";
import { paymentCell } from "../../../tables/payment-cell";
import { nextReadTo, wanted, WINDOW, type BoundedSheet } from "../../../tables/read-bounds";
import type { RawCell, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from "../../../tables/types";
import { parseA1 } from "../../../review/kit/plan";
import type { CellContext } from "./cell-value";
import type { InflateRaw } from "./entry-stream";
import { formatOf, readNumberFormats } from "./number-formats";
import { PackageParts } from "./package-parts";
import { readSharedStrings } from "./shared-strings";
import { kept, SheetRead, type SheetStats } from "./sheet-read";
import { readTableParts, type TablePart } from "./table-parts";
import { readWorkbookPart, type DefinedName, type PackageSheet } from "./workbook-part";
import { parseRels, relsPathOf, resolveTarget } from "../package-xml";

/** Options of `readPackage`. */
export interface ReadPackageOptions {
  /** The snapshot's source (file name). */
  source?: string;
  /** Names of the sheets not to read (generated sheets), given the workbook's sheets and defined names: see `skipOwned`. */
  skip?: (workbook: { sheets: readonly PackageSheet[]; definedNames: readonly DefinedName[] }) => Iterable<string>;
  /** A native inflater for the smaller parts (Node's zlib in the CLI; entry-stream.ts). */
  inflate?: InflateRaw;
}

/** What `readPackage` read, and what it cost. */
export interface PackageRead {
  /** The review's input: tables, sheet values and the payment cell's number format, as far as read. */
  snapshot: WorkbookSnapshot;
  /** Every sheet, in workbook order. */
  sheets: PackageSheet[];
  definedNames: DefinedName[];
  /** The names of all tables of all sheets (skipped sheets included), for unique naming of new tables. */
  tableNames: string[];
  /** Each table's name and sheet (skipped sheets included), in the order of `tableNames`. */
  tables: { name: string; sheet: string }[];
  /** Per worksheet read: bytes inflated and rows scanned. */
  stats: SheetStats[];
  /** The text of the workbook's styles part (null when it has none): generated formats are appended to it. */
  styles: string | null;
}

const STYLES = /\/styles$/;
const SHARED_STRINGS = /\/sharedStrings$/;

/** A table's header decision and headers, once its top row has been seen. */
interface TableState {
  part: TablePart;
  sheet: SheetRead;
  hasHeader?: boolean;
  headers?: string[];
  needsBody?: boolean;
}

function bounded(s: SheetRead): BoundedSheet {
  return { name: s.name, used: { row: s.firstValueRow ?? 0, rows: s.firstValueRow === undefined ? 0 : Infinity } };
}

/** The snapshot value of a cell ("" reads as blank, as ExcelJS's sheetValues drops it). */
function rawAt(s: SheetRead, r: number, c: number): RawCell {
  const v = s.cell(r, c)?.raw ?? null;
  return kept(v) ? v : null;
}

/** Decides a table's header row and headers from its top row (ExcelJS's reading plus tables.ts's repair). */
function settle(t: TableState): void {
  const { part, sheet } = t;
  const width = part.right - part.left + 1;
  const text = (j: number): string => sheet.cell(part.top, part.left + j)?.text ?? "";
  t.hasHeader = part.headerRow || (part.columns.length > 0 && part.columns.every((c, j) => text(j).trim() === c.trim()));
  t.headers = part.columns.slice(0, width).map((c, j) => {
    const cell = t.hasHeader ? rawAt(sheet, part.top, part.left + j) : null;
    return cell === null || typeof cell === "object" ? c : String(cell);
  });
  t.needsBody = mayBeInputTable(part.name, t.headers);
}

function tableSnapshot(t: TableState): TableSnapshot {
  const { part, sheet } = t;
  const width = part.right - part.left + 1;
  const first = part.top + (t.hasHeader ? 1 : 0);
  const last = t.needsBody ? part.bottom - (part.totalsRow ? 1 : 0) : Math.min(part.bottom - (part.totalsRow ? 1 : 0), (sheet.readTo ?? 0) - 1);
  const rows: RawCell[][] = [];
  for (let r = first; r <= last; r++) {
    const row: RawCell[] = [];
    for (let j = 0; j < width; j++) row.push(rawAt(sheet, r, part.left + j));
    rows.push(row);
  }
  return { name: part.name, sheet: sheet.name, row: part.top, col: part.left, headers: t.headers ?? [], rows };
}

/** The sheet's values from A1 down to its `readTo`, as ExcelJS's sheetValues builds them. */
function sheetSnapshot(s: SheetRead): SheetSnapshot {
  const limit = s.readTo ?? 0;
  const values: RawCell[][] = [];
  let maxCol = 0;
  const rowNumbers = [...s.rows.keys()].filter((r) => r < limit).sort((a, b) => a - b);
  for (const r of rowNumbers) {
    const line = s.rows.get(r);
    if (!line) continue;
    const out: RawCell[] = [];
    line.forEach((cell, c) => {
      const v = cell?.raw ?? null;
      if (!kept(v)) return;
      while (out.length < c) out.push(null);
      out[c] = v;
    });
    if (out.length === 0) continue;
    maxCol = Math.max(maxCol, out.length);
    while (values.length < r) values.push([]);
    values[r] = out;
  }
  for (const r of values) while (r.length < maxCol) r.push(null);
  return { name: s.name, values };
}

function snapshotOf(tables: readonly TableState[], sheets: readonly SheetRead[], source: string | undefined): WorkbookSnapshot {
  const tableSnaps = tables.filter((t) => t.headers !== undefined).map(tableSnapshot);
  const sheetSnaps = sheets.map(sheetSnapshot);
  return source === undefined ? { tables: tableSnaps, sheets: sheetSnaps } : { tables: tableSnaps, sheets: sheetSnaps, source };
}

/** How far a sheet must be scanned before the plain-range rounds: its window, every table's header row, and the bodies of the tables that need them. */
function firstTarget(s: SheetRead, tables: readonly TableState[]): number {
  let target = s.firstValueRow === undefined ? Infinity : s.firstValueRow + WINDOW;
  for (const t of tables) {
    if (t.sheet !== s) continue;
    if (t.headers === undefined && s.seen >= t.part.top) settle(t);
    target = Math.max(target, t.part.top + 1);
    if (t.needsBody) target = Math.max(target, t.part.bottom + 1);
  }
  return target;
}

/** Reads the review's input from .xlsx bytes, bounded (see the file comment). */
export async function readPackage(bytes: Uint8Array, options: ReadPackageOptions = {}): Promise<PackageRead> {
  const parts = new PackageParts(bytes, options.inflate);
  const wb = readWorkbookPart(parts);
  const wbRels = parseRels(parts.text(relsPathOf(wb.path)) ?? "");
  const related = (type: RegExp): string | null => {
    const r = wbRels.find((x) => type.test(x.type));
    return r ? resolveTarget(wb.path, r.target) : null;
  };
  const stringsPart = related(SHARED_STRINGS);
  const stylesPart = related(STYLES);
  const sheets: PackageSheet[] = wb.sheets.map(({ name, state, kind }) => ({ name, state, kind }));
  const skip = new Set(options.skip ? options.skip({ sheets, definedNames: wb.definedNames }) : []);

  const worksheets = wb.sheets.filter((s) => s.kind === "worksheet" && s.part !== null && parts.entry(s.part));
  const tablesBySheet = new Map(worksheets.map((s) => [s.name, readTableParts(parts, s.part as string)]));
  const tablesAt = [...tablesBySheet].flatMap(([sheet, ts]) => ts.map((t) => ({ name: t.name, sheet })));
  const tableNames = tablesAt.map((t) => t.name);

  const read = worksheets.filter((s) => !skip.has(s.name));
  const styles = stylesPart ? parts.text(stylesPart) : null;
  const ctxBase = {
    strings: read.length ? readSharedStrings(stringsPart ? parts.text(stringsPart) : null) : [],
    formats: readNumberFormats(styles),
    date1904: wb.date1904,
  };
  const sheetReads = read.map((s) => {
    const part = s.part as string;
    const ctx: CellContext = { ...ctxBase, shared: new Map() };
    return new SheetRead(s.name, part, tablesBySheet.get(s.name) ?? [], parts.stream(part), ctx, parts.entry(part)?.size ?? 0);
  });
  const tables: TableState[] = sheetReads.flatMap((s) => s.tables.map((part) => ({ part, sheet: s })));

  // Every table's header row, the bodies that may be input, and each sheet's window.
  for (const s of sheetReads) {
    s.advance(() => firstTarget(s, tables));
    for (const t of tables) if (t.sheet === s && t.headers === undefined) settle(t);
    s.readTo = s.firstValueRow === undefined ? 0 : s.firstValueRow + WINDOW;
  }

  // Plain ranges: read on past each one found, doubling the step, until the finder wants nothing more.
  let snapshot = snapshotOf(tables, sheetReads, options.source);
  let found: FoundTables = findTables(snapshot);
  for (;;) {
    let more = false;
    for (const s of sheetReads) {
      if (s.readTo === undefined || s.firstValueRow === undefined) continue;
      const need = wanted(found, bounded(s));
      if (need <= s.readTo) continue;
      const to = nextReadTo(need, s.readTo, bounded(s));
      if (s.complete && s.seen < s.readTo) continue;
      s.advance(() => to);
      s.readTo = to;
      more = true;
    }
    if (!more) break;
    snapshot = snapshotOf(tables, sheetReads, options.source);
    found = findTables(snapshot);
  }

  // Sheets read whole: ExcelJS's merged cells (their values repeat the top-left cell's), and their tables' header rows
  // decided again (merges and hyperlinks, applied once a part is read whole, may change them); read again if anything changed.
  let changed = false;
  for (const s of sheetReads) {
    if (!s.complete) continue;
    const limit = Math.max(s.readTo ?? 0, ...s.tables.map((t) => t.bottom + 1));
    if (s.applyMerges(limit)) changed = true;
  }
  for (const t of tables) {
    if (!t.sheet.complete) continue;
    const before = JSON.stringify([t.hasHeader, t.headers, t.needsBody]);
    settle(t);
    if (JSON.stringify([t.hasHeader, t.headers, t.needsBody]) !== before) changed = true;
  }
  if (changed) {
    snapshot = snapshotOf(tables, sheetReads, options.source);
    found = findTables(snapshot);
  }

  const format = paymentFormat(found, sheetReads, ctxBase.formats);
  return {
    snapshot: format ? { ...snapshot, paymentFormat: format } : snapshot,
    sheets,
    definedNames: wb.definedNames,
    tableNames,
    tables: tablesAt,
    stats: sheetReads.map((s) => s.stats()),
    styles,
  };
}

/** The number format of the Annual service payment cell, unless General or none (as snapshot.ts reads it). */
function paymentFormat(found: FoundTables, sheets: readonly SheetRead[], formats: readonly (string | undefined)[]): string | undefined {
  const at = paymentCell(found);
  const sheet = at ? sheets.find((s) => s.name === at.sheet) : undefined;
  const cell = at && sheet ? parseA1(at.address) : null;
  const style = cell && sheet ? sheet.cell(cell.row, cell.col)?.style ?? 0 : 0;
  const fmt = formatOf(formats, style);
  return fmt && fmt.toLowerCase() !== "general" ? fmt : undefined;
}
