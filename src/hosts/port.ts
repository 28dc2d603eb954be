/**
 * The WorkbookHost port: the only way the task pane, CLI and workbench touch a workbook.
 * Implemented by hosts/office (Office.js) and hosts/xlsx (ExcelJS). Keep it small.
 */
import type { SheetPlan } from "../review/kit/plan";
import type { PlainCell, WorkbookSnapshot } from "../tables/types";

export interface OwnedSheet {
  /** The sheet's key in the sheet registry (review/sheets/registry.ts). */
  key: string;
  /** Current sheet name (may be "IMM Risk Review (2)" when the user owns the plain name). */
  name: string;
  /**
   * True when the user changed the sheet since IMM wrote it (its used range is not the one recorded then), so a
   * Generate would overwrite those changes; absent when the host cannot tell (the .xlsx host).
   */
  edited?: boolean;
}

export interface WriteResult {
  /** Sheet names written, in plan order. */
  sheets: string[];
  /** Notes for the user, e.g. `"IMM Risk Review" is a sheet of yours: wrote "IMM Risk Review (2)" instead.` */
  notes: string[];
  /**
   * Generated sheets the user had changed since they were generated, overwritten by this write (names before the
   * write). Hosts that cannot tell leave it out.
   */
  edited?: string[];
}

export type Progress = (done: number, total: number, label: string) => void;

export interface CellRef {
  sheet: string;
  /** A1 address of the (top-left) cell. */
  address: string;
}

export interface WorkbookHost {
  /**
   * Reads the Excel tables and sheet values the table finder can use (the Office host reads only those, bounded; see
   * hosts/office/read-snapshot.ts). Never writes.
   */
  readSnapshot(): Promise<WorkbookSnapshot>;
  /** Sheets the add-in generated earlier (recorded by the host, e.g. as workbook-scoped names). */
  listOwnedSheets(): Promise<OwnedSheet[]>;
  /**
   * Writes generated sheets: a plan whose key has an owned sheet replaces it; otherwise a new sheet is added,
   * taking "Name (2)" if a user sheet holds the name. Records ownership. Never touches other sheets.
   * All-or-nothing as far as the host allows: on failure, user sheets and tables are unchanged.
   */
  applyPlans(plans: SheetPlan[], progress?: Progress): Promise<WriteResult>;
  /** Inserts input-table templates as new user sheets (not owned); never replaces a sheet; clashing names take "(2)". */
  insertTemplates(plans: SheetPlan[]): Promise<WriteResult>;
  /**
   * Writes the IMM_Settings key/value table: updates values of existing keys in place, appends missing keys;
   * creates the table (on a new "IMM Settings" sheet) if the workbook has none.
   */
  writeSettings(entries: [key: string, value: string | number][]): Promise<void>;
  /**
   * The current values of a small range: one cell or one row of a generated sheet ("C7", "A7:H7"), for checks such as
   * Explain's "does this cell still hold what the review wrote?". Blank cells are null. Never writes.
   */
  readCells(ref: CellRef): Promise<PlainCell[][]>;
  /** Selects (and scrolls to) a cell. */
  selectCell(ref: CellRef): Promise<void>;
  /** The active cell, or null. */
  getSelection(): Promise<CellRef | null>;
  /** Subscribes to selection changes; returns an unsubscribe function. */
  onSelectionChanged(handler: (ref: CellRef) => void): () => void;
  /**
   * Subscribes to changes of the workbook's cells (the user's edits where the host hears of them, and this add-in's
   * own writes); the handler gets no details: re-read to see what changed. Returns an unsubscribe function.
   */
  onWorkbookChanged(handler: () => void): () => void;
}
