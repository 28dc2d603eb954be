/**
 * XlsxHost: the WorkbookHost port over an in-memory ExcelJS workbook, for the CLI (Node) and the browser
 * workbench. No file-system access here: bytes in (`fromBuffer`), bytes out (`toBuffer`).
 */
import ExcelJS from "exceljs";
import type { Workbook, Worksheet } from "exceljs";
import { a1, parseA1, type SheetPlan } from "../../review/kit/plan";
import { notReadBack, SHEET_REGISTRY, type SheetRegistry } from "../../review/sheets/registry";
import type { PlainCell, WorkbookSnapshot } from "../../tables/types";
import { ownershipMarker } from "../ownership";
import type { PackageRead } from "./package-read";
import { checkedPackage, readForReview, standInWorkbook } from "./open-package";
import type { CellRef, OwnedSheet, Progress, WorkbookHost, WriteResult } from "../port";
import type { NativeChart } from "./chart-xml";
import { addNativeCharts } from "./native-charts";
import { TEMP_SHEET_PREFIX, uniqueSheetName } from "../sheet-names";
import { writeWorkbookBytes } from "./write-package";
import { graftPackage, type GeneratedSheet } from "./graft";
import { renderSheets } from "./render-sheets";
import { renderPlans } from "./plan-xml";
import type { InflateRaw } from "./package-read";
import { packPart, type Checksum, type Deflate, type PackedPart } from "./zip-write";
import { corruptError, WorkbookFileError } from "./open";
import { readOwned, recordOwned } from "./ownership";
import { addQuotePrefix } from "./quote-prefix";
import { SETTINGS_TABLE, writeSettingsTable } from "./settings";
import type { CellEdit } from "./cell-patch";
import { toRawCell } from "./cells";
import { readWorkbookSnapshot } from "./snapshot";
import { allTableNames, repairLoadedTables, tableBounds, tablesOf } from "./tables";
import { repairLoadedTheme } from "./theme";
import { StyleCache, writeSheet } from "./write-sheet";

type Ordered = Worksheet & { orderNo: number };

/** Options for opening or creating a workbook. */
export interface XlsxHostOptions {
  /** The sheet registry: which plans are generated (owned) sheets (default: the built-in one). */
  sheets?: SheetRegistry;
  /** The deflater of the parts written into an opened package (default pako's; the CLI passes Node's zlib, on its thread pool). */
  deflate?: Deflate;
  /** The CRC-32 of those parts (default zip-write.ts's; the CLI passes Node's). */
  checksum?: Checksum;
  /** A native inflater for reading the package's smaller parts (package-read/entry-stream.ts; the CLI passes Node's zlib). */
  inflate?: InflateRaw;
}

/** Options for readSnapshot. */
export interface SnapshotOptions {
  /** Include the generated (owned) sheets; default false so review output is never read back as input. */
  includeOwned?: boolean;
}

export class XlsxHost implements WorkbookHost {
  /** The ExcelJS workbook (exposed for the workbench grid and tests; write through the port methods). */
  readonly workbook: Workbook;
  /** File name or label, used as the snapshot source. */
  readonly source: string | undefined;
  private selection: CellRef | null = null;
  private readonly handlers = new Set<(ref: CellRef) => void>();
  private readonly changeHandlers = new Set<() => void>();
  private quoted = false;
  /** Charts written by this host, by sheet; added to the package as native charts by toBuffer. */
  private readonly charts = new Map<Worksheet, Omit<NativeChart, "sheet">[]>();

  /** The opened package (null for a blank or wrapped workbook): the output is this package plus the generated parts. */
  private readonly original: Uint8Array | null;
  /** Each sheet of the opened package, by its ExcelJS worksheet, with its name in the package. */
  private readonly originalNames = new Map<Worksheet, string>();
  /** Generated sheets that took the place of a sheet of the opened package (by its name there). */
  private readonly replaces = new Map<Worksheet, string>();
  /** Sheets this host wrote (new or changed): the only sheets rendered into the output. */
  private readonly dirty = new Set<Worksheet>();
  /**
   * Opened for review: the generated sheets are not modelled in ExcelJS; each stand-in keeps its plan, and the plans
   * are written straight to package XML (plan-xml/) once their names are final, into `rendered`.
   */
  private readonly planned = new Map<Worksheet, SheetPlan>();
  private rendered: {
    parts: [string, string | Uint8Array][];
    sheets: Set<Worksheet>;
    merged?: { changed: boolean };
    packed: Map<string, Promise<PackedPart>>;
  } | null = null;

  /** The sheet registry deciding which plans are owned. */
  private readonly sheets: SheetRegistry;
  private readonly deflate: Deflate | undefined;
  private readonly checksum: Checksum | undefined;

  /**
   * What the package reader read when the workbook was opened for one review (`forReview`): the review's input, every
   * table's sheet; null when the workbook is modelled whole by ExcelJS (`fromBuffer`).
   */
  private readonly preread: PackageRead | null;

  private constructor(workbook: Workbook, source?: string, original: Uint8Array | null = null, options: XlsxHostOptions = {}, preread: PackageRead | null = null) {
    this.workbook = workbook;
    this.preread = preread;
    this.sheets = options.sheets ?? SHEET_REGISTRY;
    this.deflate = options.deflate;
    this.checksum = options.checksum;
    this.original = original;
    if (original) for (const ws of workbook.worksheets) this.originalNames.set(ws, ws.name);
    this.source = source;
  }

  /** Opens .xlsx bytes; throws WorkbookFileError (one clear sentence) for empty, encrypted, .xls, non-xlsx or damaged files. */
  static async fromBuffer(buf: ArrayBuffer | Uint8Array, source?: string, options?: XlsxHostOptions): Promise<XlsxHost> {
    const label = source ?? "workbook";
    const bytes = await checkedPackage(buf, label, { inflate: options?.inflate });
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch (e) {
      throw corruptError(label, e);
    }
    if (wb.worksheets.length === 0) throw new WorkbookFileError("not-xlsx", `${label}: not an .xlsx workbook (it has no worksheets)`);
    repairLoadedTables(wb);
    repairLoadedTheme(wb);
    return new XlsxHost(wb, source, bytes, options);
  }

  /**
   * Opens .xlsx bytes for one review (the CLI, the portfolio): only what the review reads is read, straight from the
   * package (package-read/: the input tables and the bounded rows of each sheet, never a model of an unrelated sheet), and
   * the ExcelJS workbook holds an empty stand-in for each sheet, so the review is written exactly as into a whole model
   * and grafted into the original package. Such a host reads its snapshot once, then writes the review once; it does
   * not read cells, write settings or insert templates (open with `fromBuffer` for those). Same errors as `fromBuffer`.
   */
  static async forReview(buf: ArrayBuffer | Uint8Array, source?: string, options: XlsxHostOptions = {}): Promise<XlsxHost> {
    const label = source ?? "workbook";
    // Worksheets are only streamed (up to their declared size) by the package reader, or copied as they are.
    const bytes = await checkedPackage(buf, label, { streamedSheets: true, inflate: options.inflate });
    const read = await readForReview(bytes, label, source, options.sheets, options.inflate);
    const wb = standInWorkbook(read);
    return wb ? new XlsxHost(wb, source, bytes, options, read) : XlsxHost.fromBuffer(bytes, source, options);
  }

  /** A new workbook with no sheets (add templates or plans to it). */
  static blank(source?: string, options?: XlsxHostOptions): XlsxHost {
    return new XlsxHost(new ExcelJS.Workbook(), source, null, options);
  }

  /** Wraps an ExcelJS workbook already in memory. */
  static fromWorkbook(wb: Workbook, source?: string, options?: XlsxHostOptions): XlsxHost {
    repairLoadedTables(wb);
    repairLoadedTheme(wb);
    return new XlsxHost(wb, source, null, options);
  }

  /**
   * The workbook as .xlsx bytes, with native charts for the charts of the sheets this host wrote. An opened
   * workbook comes back as its own package with only the generated sheets added or replaced (graft.ts): user
   * sheets, charts, pivots, images, macros and every other part keep their bytes.
   */
  async toBuffer(): Promise<Uint8Array> {
    if (this.original) return this.graftedBytes(this.original);
    if (this.workbook.worksheets.length === 0) this.workbook.addWorksheet("Sheet1");
    const bytes = await writeWorkbookBytes(this.workbook);
    const quoted = this.quoted ? await addQuotePrefix(bytes) : bytes;
    const charts: NativeChart[] = [];
    for (const ws of this.workbook.worksheets) for (const c of this.charts.get(ws) ?? []) charts.push({ ...c, sheet: ws.name });
    return (await addNativeCharts(quoted, charts)).bytes;
  }

  /** The opened package with the sheets this host wrote grafted in (the original bytes when it wrote none). */
  private async graftedBytes(original: Uint8Array): Promise<Uint8Array> {
    const sheets = this.workbook.worksheets;
    const generated = sheets.filter((ws) => !this.originalNames.has(ws) || this.dirty.has(ws));
    const list: GeneratedSheet[] = generated.map((ws) => ({ name: ws.name, replaces: this.originalNames.get(ws) ?? this.replaces.get(ws) }));
    const live = new Set(sheets);
    const replaced = new Set(list.map((g) => g.replaces));
    const removed = [...this.originalNames].filter(([ws, name]) => !live.has(ws) && !replaced.has(name)).map(([, name]) => name);
    const edits = [...this.cellEdits]
      .filter(([ws, cells]) => cells.size > 0 && !this.dirty.has(ws) && this.originalNames.has(ws))
      .map(([ws, cells]) => ({ sheet: this.originalNames.get(ws) as string, cells: [...cells].map(([address, value]) => ({ address, value })) }));
    if (generated.length === 0 && removed.length === 0 && edits.length === 0) return original;
    const direct = this.rendered;
    const owned = readOwned(this.workbook, this.sheets).map((o) => ({ key: o.key, sheet: o.name }));
    const pack = { deflate: this.deflate, checksum: this.checksum };
    if (direct && generated.every((ws) => direct.sheets.has(ws))) {
      return graftPackage({ original, rendered: direct.parts, merged: direct.merged, packed: direct.packed, generated: list, removed, owned, edits, ...pack });
    }
    const rendered = await renderSheets(generated, this.charts, this.quoted);
    return graftPackage({ original, rendered, generated: list, removed, owned, edits, ...pack });
  }

  /** Reads every table and every sheet's used values (generated sheets excluded unless asked). */
  async readSnapshot(options: SnapshotOptions = {}): Promise<WorkbookSnapshot> {
    if (this.preread) {
      if (options.includeOwned || this.dirty.size > 0) throw new Error("a workbook opened for review (XlsxHost.forReview) reads its input once, before writing");
      return this.preread.snapshot;
    }
    const exclude = new Set(options.includeOwned ? [] : notReadBack(readOwned(this.workbook, this.sheets), this.sheets));
    return readWorkbookSnapshot(this.workbook, exclude, this.source);
  }

  /** Sheets recorded as generated (IMM_Owned_<key> defined names). */
  async listOwnedSheets(): Promise<OwnedSheet[]> {
    return readOwned(this.workbook, this.sheets);
  }

  /** Writes review sheets, replacing owned ones in place; all-or-nothing (temporary sheets until every plan is written). */
  async applyPlans(plans: SheetPlan[], progress?: Progress): Promise<WriteResult> {
    const result = await this.writePlans(plans, progress);
    this.changed();
    return result;
  }

  private async writePlans(plans: SheetPlan[], progress?: Progress): Promise<WriteResult> {
    const wb = this.workbook;
    const owned = new Map(readOwned(wb, this.sheets).map((o) => [o.key, o.name]));
    const replacing = new Set(plans.filter((p) => owned.has(p.key)).map((p) => owned.get(p.key) as string));
    const tableNames = new Set<string>();
    for (const ws of wb.worksheets) if (!replacing.has(ws.name)) for (const t of tablesOf(ws)) tableNames.add(t.name.toLowerCase());
    // Opened for review: the stand-in sheets hold no tables; the package's tables are listed by sheet.
    const standIns = new Set(wb.worksheets.filter((ws) => this.originalNames.has(ws) && !this.dirty.has(ws)).map((ws) => ws.name));
    for (const t of this.preread?.tables ?? []) if (standIns.has(t.sheet) && !replacing.has(t.sheet)) tableNames.add(t.name.toLowerCase());

    const notes: string[] = [];
    const temps: Worksheet[] = [];
    const taken = () => new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
    const cache = new StyleCache();
    if (this.preread && this.dirty.size > 0) throw new Error("a workbook opened for review (XlsxHost.forReview) writes its review once");
    // Opened for review, plans go straight to package XML (the writer has no hyperlinks: a plan with links is modelled).
    const direct = this.preread !== null && plans.every((p) => !p.links?.length);
    const baseTables = new Set(tableNames);
    try {
      for (const [i, plan] of plans.entries()) {
        progress?.(i, plans.length, plan.name);
        // Let the page repaint between sheets so a progress bar moves (the workbench runs on the UI thread).
        if (progress) await nextTick();
        const ws = wb.addWorksheet(uniqueSheetName(`${TEMP_SHEET_PREFIX}${i + 1}`, taken()));
        temps.push(ws);
        this.dirty.add(ws);
        if (direct) {
          this.planned.set(ws, plan);
          continue;
        }
        const info = writeSheet(ws, plan, tableNames, cache);
        this.quoted ||= info.quoted;
        notes.push(...info.notes);
        if (info.charts.length) this.charts.set(ws, info.charts);
      }
    } catch (e) {
      for (const ws of temps) {
        this.charts.delete(ws);
        this.planned.delete(ws);
        this.dirty.delete(ws);
        wb.removeWorksheet(ws.id);
      }
      throw e;
    }

    const sheets: string[] = [];
    plans.forEach((plan, i) => {
      const ws = temps[i] as Ordered;
      const marker = ownershipMarker(plan.key, this.sheets);
      const oldName = marker ? owned.get(plan.key) : undefined;
      const old = oldName ? (wb.getWorksheet(oldName) as Ordered | undefined) : undefined;
      if (old) {
        ws.orderNo = old.orderNo;
        // The new sheet takes the place of the original sheet it replaces (directly, or through an earlier rerun).
        const replaced = this.originalNames.get(old) ?? this.replaces.get(old);
        if (replaced !== undefined) this.replaces.set(ws, replaced);
        this.replaces.delete(old);
        this.planned.delete(old);
        this.dirty.delete(old);
        wb.removeWorksheet(old.id);
      }
      const names = taken();
      names.delete(ws.name.toLowerCase());
      const name = uniqueSheetName(plan.name, names);
      if (name !== plan.name && names.has(plan.name.toLowerCase())) {
        notes.push(`"${plan.name}" is a sheet of yours: wrote "${name}" instead.`);
      }
      ws.name = name;
      if (marker) recordOwned(wb, marker, name);
      sheets.push(name);
    });
    if (direct) notes.unshift(...this.renderPlanned(baseTables));
    progress?.(plans.length, plans.length, "done");
    return { sheets, notes };
  }

  /** Writes every planned sheet, under its final name, to package XML (kept for toBuffer); returns the writer's notes. */
  private renderPlanned(tableNames: Set<string>): string[] {
    const live = this.workbook.worksheets.filter((ws) => this.planned.has(ws));
    // Rendered into the opened package: its styles merged in, and each sheet packed as soon as it is written.
    const userStyles = this.preread?.styles;
    const deflate = this.deflate;
    const pack = deflate ? (bytes: Uint8Array) => packPart(bytes, deflate, this.checksum) : undefined;
    const into = userStyles ? { styles: userStyles, pack } : undefined;
    const out = renderPlans(live.map((ws) => ({ plan: this.planned.get(ws) as SheetPlan, name: ws.name })), tableNames, into);
    this.rendered = { parts: out.parts, sheets: new Set(live), merged: out.merged, packed: out.packed };
    return out.notes;
  }

  /** Inserts template sheets (not owned); clashing sheet names take "(2)", clashing table names a number. */
  async insertTemplates(plans: SheetPlan[]): Promise<WriteResult> {
    this.wholeModel("insertTemplates");
    const wb = this.workbook;
    const tableNames = allTableNames(wb);
    const sheets: string[] = [];
    const notes: string[] = [];
    for (const plan of plans) {
      const taken = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
      const name = uniqueSheetName(plan.name, taken);
      if (name !== plan.name) notes.push(`A sheet "${plan.name}" exists already: inserted "${name}".`);
      const ws = wb.addWorksheet(name);
      this.dirty.add(ws);
      const info = writeSheet(ws, plan, tableNames);
      this.quoted ||= info.quoted;
      notes.push(...info.notes);
      if (info.charts.length) this.charts.set(ws, info.charts);
      sheets.push(name);
    }
    if (plans.length) this.changed();
    return { sheets, notes };
  }

  /** Updates or appends IMM_Settings rows; creates the table on a new "IMM Settings" sheet if absent. */
  async writeSettings(entries: [key: string, value: string | number][]): Promise<void> {
    this.wholeModel("writeSettings");
    const before = this.settingsCells();
    const quoted = writeSettingsTable(this.workbook, entries);
    this.quoted ||= quoted;
    const after = this.settingsCells();
    this.changed();
    if (!after) return;
    // On a user sheet of the opened file, changed values are patched into its part (its charts, pictures and
    // comments stay); when the table grew or a value needed the quote prefix, the sheet is rendered again.
    const patchable = before && before.ws === after.ws && before.ref === after.ref && !quoted && this.originalNames.has(after.ws) && !this.dirty.has(after.ws);
    if (!patchable) {
      this.dirty.add(after.ws);
      return;
    }
    const edits = this.cellEdits.get(after.ws) ?? new Map<string, CellEdit["value"]>();
    for (const [address, value] of after.values) if (before.values.get(address) !== value) edits.set(address, value);
    this.cellEdits.set(after.ws, edits);
  }

  /** The current values of a small range ("C7", "A7:H7"); blank cells are null. */
  async readCells(ref: CellRef): Promise<PlainCell[][]> {
    this.wholeModel("readCells");
    const ws = this.workbook.getWorksheet(ref.sheet);
    const [a, b] = ref.address.split(":").map((x) => parseA1(x));
    if (!ws) throw new Error(`There is no sheet named "${ref.sheet}".`);
    if (!a || (ref.address.includes(":") && !b)) throw new Error(`"${ref.address}" is not a cell or range address.`);
    const end = b ?? a;
    const rows: PlainCell[][] = [];
    for (let r = Math.min(a.row, end.row); r <= Math.max(a.row, end.row); r++) {
      const line: PlainCell[] = [];
      for (let c = Math.min(a.col, end.col); c <= Math.max(a.col, end.col); c++) {
        const v = toRawCell(ws.getCell(r + 1, c + 1).value);
        line.push(v === "" ? null : v);
      }
      rows.push(line);
    }
    return rows;
  }

  /** Throws for a method that needs the whole workbook model on a host opened for review (`forReview`). */
  private wholeModel(method: string): void {
    if (this.preread) throw new Error(`${method} needs the whole workbook: open it with XlsxHost.fromBuffer, not forReview`);
  }

  /** Values edited in place on user sheets (settings), by sheet and address. */
  private readonly cellEdits = new Map<Worksheet, Map<string, CellEdit["value"]>>();

  /** The IMM_Settings table's sheet, range and cell values (null when there is none). */
  private settingsCells(): { ws: Worksheet; ref: string; values: Map<string, CellEdit["value"]> } | null {
    for (const ws of this.workbook.worksheets) {
      const table = tablesOf(ws).find((t) => t.name.toLowerCase() === SETTINGS_TABLE.toLowerCase());
      const b = table ? tableBounds(table) : null;
      if (!table || !b) continue;
      const values = new Map<string, CellEdit["value"]>();
      for (let r = b.top; r <= b.bottom; r++) {
        for (let c = b.left; c <= b.right; c++) {
          const v = toRawCell(ws.getCell(r, c).value);
          values.set(a1(r - 1, c - 1), typeof v === "boolean" ? (v ? 1 : 0) : v);
        }
      }
      return { ws, ref: table.tableRef ?? "", values };
    }
    return null;
  }

  /** Selects a cell (in memory; the workbench grid shows it) and notifies subscribers. */
  async selectCell(ref: CellRef): Promise<void> {
    this.selection = { sheet: ref.sheet, address: ref.address.replace(/\$/g, "").toUpperCase() };
    const current = this.selection;
    for (const h of [...this.handlers]) h(current);
  }

  /** The selected cell, or null. */
  async getSelection(): Promise<CellRef | null> {
    return this.selection;
  }

  /** Subscribes to selection changes; returns the unsubscribe function. */
  onSelectionChanged(handler: (ref: CellRef) => void): () => void {
    this.handlers.add(handler);
    return () => {
      this.handlers.delete(handler);
    };
  }

  /**
   * Subscribes to this host's writes (review sheets, templates, settings): an in-memory workbook has no other
   * editor. Edits made straight on `workbook` (tests, the CLI) are not announced.
   */
  onWorkbookChanged(handler: () => void): () => void {
    this.changeHandlers.add(handler);
    return () => {
      this.changeHandlers.delete(handler);
    };
  }

  private changed(): void {
    for (const h of [...this.changeHandlers]) h();
  }
}

/** Resolves on the next macrotask: lets a browser paint between long synchronous steps. */
function nextTick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
