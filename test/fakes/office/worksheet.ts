/** Worksheet proxy: name/position/visibility/tabColor/showGridlines, ranges, used range, tables, charts, freeze panes. */
import { parseRect, splitSheet, type Rect } from "./address";
import { FakeObject } from "./client-object";
import { FakeChartCollection } from "./charts";
import type { FakeContextCore } from "./context";
import { fail } from "./errors";
import { type EventRegistry, FakeEventHandlers } from "./events";
import { FakeFreezePanes } from "./freeze-panes";
import { fakePageLayout } from "./page-layout";
import { FakeRange } from "./range";
import type { SheetModel, WorkbookModel } from "./state";
import { FakeTableCollection } from "./tables";
import type { WorksheetFactory } from "./worksheet-factory";
import type { OfficeLoad, OfficeMethods, OfficeProps } from "./office-types";

/** Throws unless `name` is a valid sheet name not used by another sheet. */
export function checkSheetName(wb: WorkbookModel, name: string, self?: SheetModel): void {
  if (name.length < 1 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history") {
    fail("InvalidArgument", `"${name}" is not a valid sheet name`);
  }
  if (wb.sheets.some((s) => s !== self && s.name.toLowerCase() === name.toLowerCase())) fail("ItemAlreadyExists", `a sheet named "${name}" already exists`);
}

/** Removes a sheet and everything on it; names referring to it become #REF!. */
export function deleteSheetModel(wb: WorkbookModel, s: SheetModel): void {
  const visible = wb.sheets.filter((x) => x.visibility === "Visible");
  if (visible.length === 1 && visible[0] === s) fail("InvalidOperation", "cannot delete the only visible sheet");
  wb.sheets = wb.sheets.filter((x) => x !== s);
  wb.tables = wb.tables.filter((t) => t.sheet !== s);
  for (const n of wb.names) if (n.sheet === s) n.sheet = null;
  s.deleted = true;
  const first = wb.sheets.find((x) => x.visibility === "Visible") ?? null;
  if (wb.activeSheet === s) wb.activeSheet = first;
  if (wb.selection?.sheet === s) wb.selection = first ? { sheet: first, rect: { row: 0, col: 0, rows: 1, cols: 1 } } : null;
}

/** A worksheet proxy. */
export class FakeWorksheet extends FakeObject<SheetModel>
  implements
    OfficeProps<Excel.Worksheet, "id" | "name" | "position" | "visibility" | "tabColor" | "showGridlines" | "isNullObject">,
    OfficeMethods<Excel.Worksheet, "getRange" | "getRangeByIndexes" | "getUsedRange" | "getUsedRangeOrNullObject" | "delete" | "activate">,
    OfficeLoad<Excel.Worksheet> {
  protected readonly scalarProps = ["name", "id", "position", "visibility", "tabColor", "showGridlines"] as const;
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: Record<string, unknown>;
  readonly onSelectionChanged: FakeEventHandlers;

  constructor(ctx: FakeContextCore, path: string, resolver: () => SheetModel | null, private readonly wb: WorkbookModel, private readonly factory: WorksheetFactory, registry: EventRegistry, orNull = false) {
    super(ctx, path, resolver, orNull);
    const self = (): SheetModel => this.resolve();
    this.tables = new FakeTableCollection(ctx, `${path}.tables`, wb, factory, self);
    this.charts = new FakeChartCollection(ctx, `${path}.charts`, self);
    this.freezePanes = new FakeFreezePanes(ctx, `${path}.freezePanes`, self);
    this.pageLayout = fakePageLayout(ctx, `${path}.pageLayout`, self);
    this.onSelectionChanged = new FakeEventHandlers(ctx, () => self().id, registry);
  }

  protected override isGone(m: SheetModel): boolean {
    return m.deleted;
  }

  protected propValue(m: SheetModel, prop: string): unknown {
    switch (prop) {
      case "name": return m.name;
      case "id": return m.id;
      case "position": return this.wb.sheets.indexOf(m);
      case "visibility": return m.visibility;
      case "tabColor": return m.tabColor;
      case "showGridlines": return m.showGridlines;
      default: return fail("InvalidArgument", `Worksheet has no property "${prop}"`);
    }
  }

  get id(): string { return this.read("id"); }
  get name(): string { return this.read("name"); }
  /** Renames the sheet (names and tables follow, as in Excel). */
  set name(v: string) {
    this.act("set", { p: "name", v }, (m) => { checkSheetName(this.wb, v, m); m.name = v; });
  }
  get position(): number { return this.read("position"); }
  /** Moves the sheet to a 0-based position. */
  set position(v: number) {
    this.act("set", { p: "position", v }, (m) => {
      if (!Number.isInteger(v) || v < 0 || v >= this.wb.sheets.length) fail("InvalidArgument", `position ${v}`);
      this.wb.sheets = this.wb.sheets.filter((s) => s !== m);
      this.wb.sheets.splice(v, 0, m);
    });
  }
  get visibility(): Excel.Worksheet["visibility"] { return this.read("visibility"); }
  set visibility(v: Excel.Worksheet["visibility"]) {
    this.act("set", { p: "visibility", v }, (m) => {
      if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden") fail("InvalidArgument", `visibility "${v}"`);
      if (v !== "Visible" && this.wb.sheets.filter((s) => s.visibility === "Visible" && s !== m).length === 0) fail("InvalidOperation", "cannot hide the only visible sheet");
      m.visibility = v;
    });
  }
  get tabColor(): string { return this.read("tabColor"); }
  set tabColor(v: string) {
    this.act("set", { p: "tabColor", v }, (m) => {
      if (v !== "" && !/^#[0-9A-Fa-f]{6}$/.test(v)) fail("InvalidArgument", `tabColor "${v}"`);
      m.tabColor = v;
    });
  }
  get showGridlines(): boolean { return this.read("showGridlines"); }
  set showGridlines(v: boolean) {
    this.act("set", { p: "showGridlines", v }, (m) => { m.showGridlines = v; });
  }

  private range(path: string, rect: (m: SheetModel) => Rect | null, orNull = false): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.${path}`, () => {
      const m = this.resolve();
      const r = rect(m);
      return r ? { sheet: m, rect: r } : null;
    }, this.wb, orNull);
  }

  /** A range by A1 address on this sheet ("A1", "A1:B2"); without an address, the whole worksheet (as in Excel). */
  getRange(address?: string): FakeRange {
    if (address === undefined) return this.range("getRange()", () => ({ row: 0, col: 0, rows: 1_048_576, cols: 16_384 }));
    const { sheet, local } = splitSheet(address);
    if (sheet !== null) fail("InvalidArgument", "worksheet.getRange takes an address without a sheet name");
    const rect = parseRect(local);
    return this.range(`getRange(${address})`, () => rect);
  }

  /** A range by 0-based indexes. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    if (![startRow, startColumn, rowCount, columnCount].every((n) => Number.isInteger(n)) || startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1) {
      fail("InvalidArgument", `getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount})`);
    }
    const rect = { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
    return this.range(`getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => rect);
  }

  /** The used range (A1 when the sheet is empty, as in Excel). */
  getUsedRange(valuesOnly = false): FakeRange {
    return this.range(`getUsedRange(${valuesOnly})`, (m) => m.grid.usedRect(valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 });
  }

  /** The used range, or a null object when the sheet is empty. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.range(`getUsedRangeOrNullObject(${valuesOnly})`, (m) => m.grid.usedRect(valuesOnly), true);
  }

  /** Deletes the sheet. */
  delete(): void {
    this.act("delete", {}, (m) => deleteSheetModel(this.wb, m));
  }

  /** Makes the sheet active. */
  activate(): void {
    this.act("activate", {}, (m) => {
      if (m.visibility !== "Visible") fail("InvalidOperation", "cannot activate a hidden sheet");
      this.wb.activeSheet = m;
    });
  }
}
