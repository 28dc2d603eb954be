/** The fake Excel application: one in-memory workbook, Excel.run-like `run`, sync ledger, feature set, test seeding. */
import { parseRect, splitSheet } from "./address";
import { FakeContextCore, SyncLedger } from "./context";
import { fail } from "./errors";
import { CHANGED_SOURCE, EventRegistry, emit } from "./events";
import { findSheet, newSheet, newWorkbook, type SheetModel, type TableModel, type WorkbookModel } from "./state";
import { addTableModel } from "./tables";
import { FakeRequestContext } from "./workbook";

export type FakeCell = string | number | boolean | null;

/** Options: the highest ExcelApi requirement set the fake reports as supported (default "1.17"). */
export interface FakeExcelOptions {
  excelApi?: string;
}

function versionNumber(v: string): number {
  const [maj, min] = v.split(".").map(Number);
  return maj * 1000 + (min || 0);
}

/** An in-memory Excel with Office.js semantics. */
export class FakeExcel {
  readonly model: WorkbookModel = newWorkbook();
  readonly ledger = new SyncLedger();
  readonly events = new EventRegistry();
  excelApi: string;

  constructor(options: FakeExcelOptions = {}) {
    this.excelApi = options.excelApi ?? "1.17";
  }

  /** Like Excel.run: a fresh context per batch; pending operations are flushed by a final sync; proxies die afterwards. */
  async run<T>(batch: (ctx: FakeRequestContext) => Promise<T>): Promise<T> {
    const core = new FakeContextCore(this.model, this.ledger);
    const ctx = new FakeRequestContext(core, this.model, this.events);
    try {
      const result = await batch(ctx);
      if (core.pending > 0) await core.sync();
      return result;
    } finally {
      core.closed = true;
    }
  }

  /** Like Office.context.requirements.isSetSupported for "ExcelApi". */
  isSetSupported(name: string, version = "1.1"): boolean {
    return name === "ExcelApi" && versionNumber(version) <= versionNumber(this.excelApi);
  }

  /** Makes the k-th sync (1-based, since the last resetStats) throw without applying its batch. */
  failSyncAt(k: number): void {
    this.ledger.failSyncAt(k);
  }

  /** Makes the k-th operation (1-based, over all syncs since the last resetStats) fail; earlier ones of its batch stay applied. */
  failOpAt(k: number): void {
    this.ledger.failOpAt(k);
  }

  /** Resets sync counters and pending faults. */
  resetStats(): void {
    this.ledger.reset();
  }

  // ---- seeding and inspection for tests (direct model access, not counted as syncs) ----

  /** Adds a sheet with values from A1 (seed). */
  addSheet(name: string, values: FakeCell[][] = []): SheetModel {
    if (findSheet(this.model, name)) fail("ItemAlreadyExists", name);
    const s = newSheet(this.model, name);
    this.model.sheets.push(s);
    if (!this.model.activeSheet) {
      this.model.activeSheet = s;
      this.model.selection = { sheet: s, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
    }
    const width = values.reduce((w, r) => Math.max(w, r.length), 0);
    if (values.length && width) {
      const padded = values.map((r) => [...r, ...new Array<FakeCell>(width - r.length).fill(null)]);
      // what a user typed as text stays text (as if entered with a leading apostrophe)
      const textual = padded.map((r) => r.map((v) => (typeof v === "string" && /^[=+\-@]/.test(v) ? "@" : null)));
      s.grid.setNumberFormats({ row: 0, col: 0, rows: values.length, cols: width }, textual);
      s.grid.setValues({ row: 0, col: 0, rows: values.length, cols: width }, padded);
    }
    return s;
  }

  /** Adds a table on an existing sheet over an A1 range (seed). */
  addTable(sheet: string, address: string, name: string): TableModel {
    const s = this.sheet(sheet);
    return addTableModel(this.model, s, parseRect(address), name);
  }

  /** Adds a workbook-scoped name referring to "'Sheet'!$A$1" (seed). */
  addName(name: string, reference: string): void {
    const { sheet, local } = splitSheet(reference);
    const s = sheet === null ? null : this.sheet(sheet);
    this.model.names.push({ name, sheet: s, rect: s ? parseRect(local) : null, constant: s ? null : reference, comment: "" });
  }

  /** The live sheet model by name (throws when missing). */
  sheet(name: string): SheetModel {
    const s = findSheet(this.model, name);
    if (!s) fail("ItemNotFound", `sheet "${name}"`);
    return s;
  }

  /** Sheet names in tab order. */
  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  /** Values of a sheet's A1 range (or its whole used range). */
  values(sheet: string, address?: string): (string | number | boolean)[][] {
    const s = this.sheet(sheet);
    const rect = address ? parseRect(address) : s.grid.usedRect(true);
    return rect ? s.grid.values(rect) : [];
  }

  /** Simulates the user typing values at an A1 address: writes them and awaits every worksheets.onChanged handler. */
  async userEdits(sheet: string, address: string, values: FakeCell[][]): Promise<void> {
    const s = this.sheet(sheet);
    const rect = parseRect(address);
    s.grid.setValues(rect, values);
    const args = { address, worksheetId: s.id, changeType: "RangeEdited", source: "Local", type: "WorksheetChanged" };
    for (const reg of [...this.events.registrations]) if (reg.source === CHANGED_SOURCE) await emit(reg.handler, args);
  }

  /** Simulates the user selecting a range: updates the selection and awaits every matching handler. */
  async userSelects(sheet: string, address: string): Promise<void> {
    const s = this.sheet(sheet);
    const rect = parseRect(address);
    this.model.selection = { sheet: s, rect };
    this.model.activeSheet = s;
    const args = { address, worksheetId: s.id, type: "WorksheetSelectionChanged" };
    for (const reg of [...this.events.registrations]) {
      if (reg.source === "worksheets" || reg.source === s.id) await emit(reg.handler, args);
      else if (reg.source === "workbook") await emit(reg.handler, { workbook: null });
    }
  }
}
