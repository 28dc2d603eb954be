/**
 * Finding the IMM input tables in a workbook snapshot: by Excel table name ("IMM_Risks", "IMM Risks", "Risks"),
 * else an Excel table whose headers carry all required columns, else a header row on any sheet's values.
 * Key/value tables (Contract, Settings) are two columns Key | Value; on a sheet named like Contract/Settings a
 * key/value block without headers also counts.
 *
 * Where a plain range (no Excel table) ends: see `plain-range.ts`.
 *
 * Sheets are never skipped by their name: only sheets the add-in owns (by its ownership marker) are left out,
 * and the hosts do that when they take the snapshot. A user's own sheet called "IMM Risk Review" is read.
 */
import { isBlank } from "../imm/scales";
import { headerText, kvColumns, mapHeaders, matchHeader, normalizeHeader } from "./headers";
import { HISTORY_ITEMS_TABLE, HISTORY_TABLE } from "./history-columns";
import { dataBelow, type UnreadRow } from "./plain-range";
import { cellA1, rangeA1 } from "./problems";
import {
  CONTRACT_KEYS, TABLE_COLUMNS, TABLE_NAMES,
  type ColumnSpec, type KvTableId, type RowTableId, type TableId,
} from "./synonyms";
import { SETTINGS_KEY_SPECS } from "./settings-fields";
import type { RawCell, SheetSnapshot, TableSnapshot, TableSource, WorkbookSnapshot } from "./types";

/** A located table, whatever way it was found. Data cell (i, j) sits at sheet row `firstRow + i`, column `col + j`. */
export interface FoundTable {
  table: TableId;
  sheet: string;
  /** Excel table name, or null when found by header match. */
  name: string | null;
  /** 0-based sheet row of the header row; null for a key/value block without headers. */
  headerRow: number | null;
  /** 0-based sheet row of the first data row. */
  firstRow: number;
  /** 0-based sheet column of the first column. */
  col: number;
  /** Header cells (empty for a block without headers). */
  headers: RawCell[];
  /** Data rows. */
  rows: RawCell[][];
  /** A1 range of the table including headers. */
  range: string;
  /**
   * The first row below the table's end when it still looks like data (plain ranges only), for the reader's
   * warning: its 0-based sheet row, the 0-based row of the blank row that ended the table, and its cells.
   */
  unread?: UnreadRow;
}

export type FoundTables = Partial<Record<TableId, FoundTable>>;

/** All logical tables, in reading order (settings first: the scales come from them). */
export const TABLE_IDS: readonly TableId[] = [
  "IMM_Settings", "IMM_Contract", "IMM_Risks", "IMM_Partnership", "IMM_KPIs", "IMM_Actions",
];

const ROW_TABLES: readonly RowTableId[] = ["IMM_Risks", "IMM_Partnership", "IMM_KPIs", "IMM_Actions"];
const KV_TABLES: readonly KvTableId[] = ["IMM_Settings", "IMM_Contract"];

/** "IMM_Risks", "IMM Risks", "imm-risks" → "risks": letters and digits, without a leading "imm". */
export function normalizeName(name: string): string {
  return normalizeHeader(name).replace(/^imm(?=.)/, "");
}

/** The logical table an Excel table name or sheet name stands for, or undefined. */
export function tableForName(name: string): TableId | undefined {
  const n = normalizeName(name);
  return TABLE_IDS.find((id) => TABLE_NAMES[id].includes(n));
}

/** The A1 address of data cell (i, j) of a found table. */
export function dataCell(t: FoundTable, i: number, j: number): string {
  return cellA1(t.firstRow + i, t.col + j);
}

/** The TableSource record of a found table. */
export function tableSource(t: FoundTable): TableSource {
  return { table: t.table, sheet: t.sheet, name: t.name, range: t.range };
}

function fromSnapshot(table: TableId, s: TableSnapshot): FoundTable {
  const width = Math.max(1, s.headers.length);
  return {
    table, sheet: s.sheet, name: s.name, headerRow: s.row, firstRow: s.row + 1, col: s.col,
    headers: s.headers, rows: s.rows, range: rangeA1(s.row, s.col, s.row + s.rows.length, s.col + width - 1),
  };
}

interface Rect { sheet: string; r0: number; c0: number; r1: number; c1: number }

function rectOf(t: FoundTable): Rect {
  const r0 = t.headerRow ?? t.firstRow;
  const width = t.rows.reduce((m, r) => Math.max(m, r.length), Math.max(t.headers.length, 1));
  return { sheet: t.sheet, r0, c0: t.col, r1: t.firstRow + t.rows.length - 1, c1: t.col + width - 1 };
}

/**
 * The data a plain range leaves below its end (FoundTable.unread): from that first unread row down to the next blank
 * row, over the range's columns. Those rows are data of the range (the reader warns about them), so none of them is
 * ever taken for the header row of another table — however many of its words name columns ("Public", "Finance").
 */
function unreadBlock(t: FoundTable, sheet: SheetSnapshot | undefined): Rect | null {
  if (!t.unread || !sheet) return null;
  const { c0, c1 } = rectOf(t);
  const blankRow = (r: number): boolean => {
    for (let c = c0; c <= c1; c++) if (!isBlank(sheet.values[r]?.[c] ?? null)) return false;
    return true;
  };
  let r1 = t.unread.row;
  while (r1 + 1 < sheet.values.length && !blankRow(r1 + 1)) r1++;
  return { sheet: t.sheet, r0: t.unread.row, c0, r1, c1 };
}

function inside(rects: readonly Rect[], sheet: string, r: number, c: number): boolean {
  return rects.some((x) => x.sheet === sheet && r >= x.r0 && r <= x.r1 && c >= x.c0 && c <= x.c1);
}

/** Runs of adjacent non-blank cells in a row: [start, end] 0-based inclusive. */
function segments(row: readonly RawCell[]): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let c = 0; c <= row.length; c++) {
    const blank = c === row.length || isBlank(row[c] ?? null);
    if (!blank && start < 0) start = c;
    if (blank && start >= 0) { out.push([start, c - 1]); start = -1; }
  }
  return out;
}

function fromValues(table: TableId, sheet: SheetSnapshot, headerRow: number | null, firstRow: number,
  c0: number, c1: number): FoundTable {
  const headers = headerRow === null ? [] : (sheet.values[headerRow] ?? []).slice(c0, c1 + 1).map((v) => v ?? null);
  const columns = (ROW_TABLES as readonly TableId[]).includes(table) ? TABLE_COLUMNS[table as RowTableId] : undefined;
  const fields = columns ? mapHeaders(headers, columns).fields : undefined;
  const required = columns && fields
    ? columns.filter((c) => c.required && fields[c.field] !== undefined).map((c) => c0 + fields[c.field]) : null;
  const { rows, unread } = dataBelow(sheet.values, firstRow - 1, c0, c1, required);
  const top = headerRow ?? firstRow;
  const found: FoundTable = {
    table, sheet: sheet.name, name: null, headerRow, firstRow, col: c0, headers, rows,
    range: rangeA1(top, c0, Math.max(top, firstRow + rows.length - 1), c1),
  };
  return unread === undefined ? found : { ...found, unread };
}

function keySpecs(id: KvTableId): readonly ColumnSpec[] {
  return id === "IMM_Contract" ? CONTRACT_KEYS : SETTINGS_KEY_SPECS;
}

/** How many of the keys are known keys of that key/value table. */
function knownKeys(id: KvTableId, keys: readonly RawCell[]): number {
  return keys.filter((k) => matchHeader(headerText(k), keySpecs(id)) !== undefined).length;
}

/** Which key/value table a block is: by a "Setting" header, the sheet name, then the keys it holds. */
function classifyKv(sheetName: string, keyHeader: RawCell, keys: readonly RawCell[]): KvTableId | undefined {
  if (/^settings?$/.test(normalizeHeader(headerText(keyHeader)))) return "IMM_Settings";
  const sheetId = tableForName(sheetName);
  if (sheetId === "IMM_Settings" || sheetId === "IMM_Contract") return sheetId;
  const s = knownKeys("IMM_Settings", keys);
  const c = knownKeys("IMM_Contract", keys);
  if (s === 0 && c === 0) return undefined;
  return s > c ? "IMM_Settings" : "IMM_Contract";
}

/**
 * True for an Excel table in the add-in's `IMM_` namespace that is not an input table (IMM_RiskRegister,
 * IMM_KpiResults2, …): review output, e.g. on a copy of a generated sheet the add-in does not own. Its cells are
 * never read as input. The review-history tables (IMM_History, IMM_HistoryItems) are input: each review reads them
 * to compare with the previous one and rewrites them with its own row added (read-history.ts).
 */
export function isOutputTableName(name: string): boolean {
  return /^imm[_ ]/i.test(name.trim()) && tableForName(name) === undefined && !isHistoryTableName(name);
}

/** True for the Excel table names of the review-history tables (IMM_History, IMM_HistoryItems, "IMM History"). */
export function isHistoryTableName(name: string): boolean {
  const n = normalizeName(name);
  return n === normalizeName(HISTORY_TABLE) || n === normalizeName(HISTORY_ITEMS_TABLE);
}

/**
 * True when `findTables` may read an Excel table's rows as input, judged from its name and header row alone: an
 * IMM name ("IMM_Risks", "Risks"), headers that name a row table's required columns (all, or all but one as in
 * `nearly`), or key/value headers. Hosts read the body of only these tables; the rest are not review input.
 */
export function mayBeInputTable(name: string, headers: readonly RawCell[]): boolean {
  if (tableForName(name) !== undefined || isHistoryTableName(name)) return true;
  if (isOutputTableName(name)) return false;
  return ROW_TABLES.some((t) => mapHeaders(headers, TABLE_COLUMNS[t]).missing.length === 0 || nearly(t, headers))
    || kvColumns(headers) !== null;
}

/**
 * Finds the IMM tables: by Excel table name, else by header match (Excel tables first, then sheet values).
 * For a row table not found that way, a header row that names most of its columns (on any sheet), or some of
 * them on a sheet named like the table, is returned too, so the reader can report which required columns are
 * missing. Review output tables (`isOutputTableName`) are never read; sheets are not skipped by name (see top).
 */
export function findTables(snapshot: WorkbookSnapshot): FoundTables {
  const found: FoundTables = {};
  const claimed: Rect[] = [];
  const usedTables = new Set<TableSnapshot>();
  const claim = (t: FoundTable, s?: TableSnapshot): void => {
    if (found[t.table]) return;
    found[t.table] = t;
    claimed.push(rectOf(t));
    const below = unreadBlock(t, snapshot.sheets.find((x) => x.name === t.sheet));
    if (below) claimed.push(below);
    if (s) usedTables.add(s);
  };
  for (const s of snapshot.tables) {
    // Output tables are never input; history tables are read by read-history.ts, never as a register or list.
    if (!isOutputTableName(s.name) && !isHistoryTableName(s.name)) continue;
    usedTables.add(s);
    claimed.push(rectOf(fromSnapshot("IMM_Risks", s)));
  }

  // 1. By Excel table name; "IMM_…" names before bare aliases.
  const named = [...snapshot.tables].sort((a, b) =>
    Number(!/^imm/i.test(a.name)) - Number(!/^imm/i.test(b.name)));
  for (const s of named) {
    const id = tableForName(s.name);
    if (id) claim(fromSnapshot(id, s), s);
  }

  // 2. Excel tables whose headers fit.
  for (const s of snapshot.tables) {
    if (usedTables.has(s)) continue;
    const id = fittingTable(s.headers, found);
    if (id) { claim(fromSnapshot(id, s), s); continue; }
    const kv = kvColumns(s.headers);
    if (kv) {
      const kid = classifyKv(s.sheet, s.headers[kv.key], s.rows.map((r) => r[kv.key] ?? null));
      if (kid && !found[kid]) claim(fromSnapshot(kid, s), s);
    }
  }

  // 3. Header rows in sheet values — never inside the body of a range whose header names most of a row table
  //    (`nearly`, read in step 5), whose data rows may hold words that are headers ("R-01 | Issue | … | Public").
  const nearBodies = snapshot.sheets.flatMap(nearMissBodies);
  for (const sheet of snapshot.sheets) {
    sheet.values.forEach((row, r) => {
      for (const [c0, c1] of segments(row)) {
        if (inside(claimed, sheet.name, r, c0)) continue;
        const headers = row.slice(c0, c1 + 1).map((v) => v ?? null);
        if (headers.filter((h) => typeof h === "string").length < 2) continue;
        if (inside(nearBodies, sheet.name, r, c0)) continue;
        const id = fittingTable(headers, found);
        if (id) { claim(fromValues(id, sheet, r, r + 1, c0, c1)); continue; }
        const kv = kvColumns(headers);
        if (!kv) continue;
        const block = fromValues("IMM_Settings", sheet, r, r + 1, c0 + kv.key, c0 + kv.value);
        const kid = classifyKv(sheet.name, headers[kv.key], block.rows.map((x) => x[0]));
        if (kid && !found[kid]) claim({ ...block, table: kid });
      }
    });
  }

  // 4. Key/value blocks without headers on sheets named like Contract/Settings.
  for (const id of KV_TABLES) {
    if (found[id]) continue;
    const sheet = snapshot.sheets.find((s) => tableForName(s.name) === id);
    const block = sheet && headerlessBlock(id, sheet, claimed);
    if (block) claim(block);
  }

  // 5. Near misses, so the reader can name the missing columns: an Excel table, then a header row on any sheet,
  //    naming most of the table's columns (`nearly`); else a header row on a sheet named like the table naming two.
  for (const id of ROW_TABLES) {
    if (found[id]) continue;
    const table = snapshot.tables.find((s) => !usedTables.has(s) && nearly(id, s.headers));
    if (table) { claim(fromSnapshot(id, table), table); continue; }
    const byHeaders = snapshot.sheets.map((s) => nearMiss(id, s, claimed, (h) => nearly(id, h)))
      .find((t) => t !== undefined);
    if (byHeaders) { claim(byHeaders); continue; }
    const sheet = snapshot.sheets.find((s) => tableForName(s.name) === id);
    const near = sheet && nearMiss(id, sheet, claimed,
      (h) => Object.keys(mapHeaders(h, TABLE_COLUMNS[id]).fields).length >= 2);
    if (near) claim(near);
  }
  return found;
}

/**
 * The row table not found yet whose required columns a header row all names — unless the row names more columns of
 * another table that it fits as well or nearly (`nearly`): a risk register's header row (ID, Description, Type, …,
 * Owner, Due) also names an action list's Description, Owner and Due, but it is the register (perhaps with a column
 * missing), and must not hide the real action list elsewhere.
 */
function fittingTable(headers: readonly RawCell[], found: FoundTables): RowTableId | undefined {
  const maps = ROW_TABLES.map((t) => ({ t, m: mapHeaders(headers, TABLE_COLUMNS[t]) }));
  const size = (x: (typeof maps)[number]): number => Object.keys(x.m.fields).length;
  return maps.find((x) => !found[x.t] && x.m.missing.length === 0
    && !maps.some((y) => y.t !== x.t && size(y) > size(x) && (y.m.missing.length === 0 || nearly(y.t, headers))))?.t;
}

/** The data rows (not the header) of every range on a sheet whose header row names most of a row table (`nearly`). */
function nearMissBodies(sheet: SheetSnapshot): Rect[] {
  const out: Rect[] = [];
  sheet.values.forEach((row, r) => {
    for (const [c0, c1] of segments(row)) {
      const headers = row.slice(c0, c1 + 1).map((v) => v ?? null);
      if (headers.filter((h) => typeof h === "string").length < 3) continue;
      const id = ROW_TABLES.find((t) => nearly(t, headers));
      if (!id) continue;
      const body = rectOf(fromValues(id, sheet, r, r + 1, c0, c1));
      if (body.r1 > r) out.push({ ...body, r0: r + 1 });
    }
  });
  return out;
}

/**
 * True when headers name most of a row table: all its required columns but one, and at least three of its
 * columns in all (e.g. ID | Risk | Likelihood | Consequence without Type). Such a range is the user's table with
 * a column missing, and must get the same "required column not found" message as an Excel table would.
 */
function nearly(id: RowTableId, headers: readonly RawCell[]): boolean {
  const m = mapHeaders(headers, TABLE_COLUMNS[id]);
  return m.missing.length === 1 && Object.keys(m.fields).length >= 3;
}

function headerlessBlock(id: KvTableId, sheet: SheetSnapshot, claimed: readonly Rect[]): FoundTable | undefined {
  for (let r = 0; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      if (inside(claimed, sheet.name, r, c)) continue;
      const cell = row[c] ?? null;
      if (typeof cell === "string" && matchHeader(cell, keySpecs(id))) {
        return fromValues(id, sheet, null, r, c, c + 1);
      }
    }
  }
  return undefined;
}

function nearMiss(id: RowTableId, sheet: SheetSnapshot, claimed: readonly Rect[],
  fits: (headers: RawCell[]) => boolean): FoundTable | undefined {
  for (let r = 0; r < Math.min(sheet.values.length, 50); r++) {
    const row = sheet.values[r] ?? [];
    for (const [c0, c1] of segments(row)) {
      if (inside(claimed, sheet.name, r, c0)) continue;
      const headers = row.slice(c0, c1 + 1).map((v) => v ?? null);
      if (fits(headers)) return fromValues(id, sheet, r, r + 1, c0, c1);
    }
  }
  return undefined;
}
