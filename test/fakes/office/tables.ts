/** Tables (ListObjects): workbook.tables / worksheet.tables, add(address, hasHeaders), name, ranges, rows.add. */
import { parseRect, splitSheet, type Rect } from "./address";
import { FakeObject } from "./client-object";
import { FakeCollection } from "./collection";
import type { FakeContextCore } from "./context";
import { fail } from "./errors";
import { checkNewName } from "./names";
import { FakeRange } from "./range";
import { findSheet, overlaps, type SheetModel, type TableModel, type WorkbookModel } from "./state";
import type { WorksheetFactory } from "./worksheet-factory";
import type { OfficeLoad, OfficeMethods, OfficeProps } from "./office-types";

/** table.rows */
export class FakeTableRows implements OfficeMethods<Excel.TableRowCollection, "add"> {
  constructor(private readonly ctx: FakeContextCore, private readonly path: string, private readonly table: () => TableModel) {}
  /** Appends rows at the end of the table (the fake supports index null/undefined only), growing the table downwards. */
  add(index?: number | null, values?: Excel.Range["values"][number][number] | unknown[][]): void {
    this.ctx.enqueue({ o: this.path, a: "add", i: index ?? null, v: values }, () => {
      if (index !== null && index !== undefined) fail("InvalidArgument", "the fake only appends rows (index must be null)");
      if (!Array.isArray(values)) return fail("InvalidArgument", "the fake only adds rows from a 2-D array of values");
      const t = this.table();
      const at: Rect = { row: t.rect.row + t.rect.rows, col: t.rect.col, rows: values.length, cols: t.rect.cols };
      const body = t.sheet.grid.values({ row: t.rect.row + 1, col: t.rect.col, rows: t.rect.rows - 1, cols: t.rect.cols });
      const lastEmpty = t.rect.rows === 2 && body[0].every((v) => v === "");
      const target = lastEmpty ? { ...at, row: at.row - 1 } : at;
      const below = t.sheet.grid.values(target);
      if (below.some((r) => r.some((v) => v !== ""))) fail("InvalidOperation", "the fake cannot shift cells below a table");
      t.sheet.grid.setValues(target, values);
      t.rect = { ...t.rect, rows: target.row + target.rows - t.rect.row };
    });
  }
}

/** A table proxy. */
export class FakeTable extends FakeObject<TableModel>
  implements
    OfficeProps<Excel.Table, "name" | "style" | "isNullObject">,
    OfficeMethods<Excel.Table, "getRange" | "getHeaderRowRange" | "getDataBodyRange" | "delete">,
    OfficeLoad<Excel.Table> {
  protected readonly scalarProps = ["name", "id", "style", "showHeaders"] as const;
  readonly rows: FakeTableRows;
  constructor(ctx: FakeContextCore, path: string, resolver: () => TableModel | null, private readonly wb: WorkbookModel, private readonly sheets: WorksheetFactory, orNull = false) {
    super(ctx, path, resolver, orNull);
    this.rows = new FakeTableRows(ctx, `${path}.rows`, () => this.resolve());
  }
  protected override isGone(m: TableModel): boolean {
    return !this.wb.tables.includes(m);
  }
  protected override child(prop: string): FakeObject<unknown> | undefined {
    return prop === "worksheet" ? (this.worksheet as unknown as FakeObject<unknown>) : undefined;
  }
  protected propValue(m: TableModel, prop: string): unknown {
    switch (prop) {
      case "name": return m.name;
      case "id": return String(m.id);
      case "style": return m.style;
      case "showHeaders": return true;
      default: return fail("InvalidArgument", `Table has no property "${prop}"`);
    }
  }
  get name(): string { return this.read("name"); }
  /** Renames the table (unique among tables and names). */
  set name(v: string) {
    this.act("set", { p: "name", v }, (m) => { checkNewName(this.wb, v, m); m.name = v; });
  }
  get style(): string { return this.read("style"); }
  set style(v: string) {
    this.act("set", { p: "style", v }, (m) => {
      if (!/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(v) && v !== "") fail("InvalidArgument", `table style "${v}"`);
      m.style = v;
    });
  }
  /** The sheet holding the table. */
  get worksheet(): ReturnType<WorksheetFactory["byResolver"]> {
    this.sheetProxy ??= this.sheets.byResolver(`${this.path}.worksheet`, () => this.resolve().sheet);
    return this.sheetProxy;
  }
  private sheetProxy: ReturnType<WorksheetFactory["byResolver"]> | undefined;
  private part(name: string, f: (t: TableModel) => Rect): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.${name}()`, () => { const t = this.resolve(); return { sheet: t.sheet, rect: f(t) }; }, this.wb);
  }
  /** Whole table incl. header. */
  getRange(): FakeRange { return this.part("getRange", (t) => t.rect); }
  /** Header row. */
  getHeaderRowRange(): FakeRange { return this.part("getHeaderRowRange", (t) => ({ ...t.rect, rows: 1 })); }
  /** Data rows (at least one row, as in Excel). */
  getDataBodyRange(): FakeRange { return this.part("getDataBodyRange", (t) => ({ ...t.rect, row: t.rect.row + 1, rows: t.rect.rows - 1 })); }
  /**
   * Resizes the table over a new range (ExcelApi 1.13). As documented for Excel.Table.resize: "The new range must
   * overlap with the original table range and the headers (or the top of the table) must be in the same row."
   */
  resize(newRange: FakeRange | string): void {
    this.act("resize", { r: typeof newRange === "string" ? newRange : newRange.path }, (m) => {
      let rect: Rect;
      if (typeof newRange === "string") {
        const { sheet, local } = splitSheet(newRange);
        if (sheet !== null && findSheet(this.wb, sheet) !== m.sheet) fail("InvalidArgument", "resize: the range is on another sheet");
        rect = parseRect(local);
      } else {
        const r = newRange.resolve();
        if (r.sheet !== m.sheet) fail("InvalidArgument", "resize: the range is on another sheet");
        rect = r.rect;
      }
      if (rect.row !== m.rect.row || !overlaps(rect, m.rect) || rect.rows < 2) fail("InvalidArgument", "resize: the new range must overlap the table and keep its header row");
      if (this.wb.tables.some((t) => t !== m && t.sheet === m.sheet && overlaps(t.rect, rect))) fail("InvalidArgument", "a table cannot overlap another table");
      m.rect = { ...rect };
    });
  }
  /** Deletes the table (keeps the values, as Excel's convertToRange would; the fake treats them alike). */
  delete(): void {
    this.act("delete", {}, (m) => { this.wb.tables = this.wb.tables.filter((t) => t !== m); });
  }
}

/** Adds a table model on a sheet at a rectangle (header row first), as Excel does. */
export function addTableModel(wb: WorkbookModel, sheet: SheetModel, rect: Rect, name?: string): TableModel {
  const r: Rect = rect.rows < 2 ? { ...rect, rows: 2 } : rect;
  if (wb.tables.some((t) => t.sheet === sheet && overlaps(t.rect, r))) fail("InvalidArgument", "a table cannot overlap another table");
  if (sheet.merges.some((m) => overlaps(m, r))) fail("InvalidOperation", "a table cannot contain merged cells");
  const header = sheet.grid.values({ ...r, rows: 1 })[0];
  const seen = new Set<string>();
  const fixed = header.map((h, j) => {
    let s = h === "" ? `Column${j + 1}` : String(h);
    const base = s;
    for (let n = 2; seen.has(s.toLowerCase()); n++) s = `${base}${n}`;
    seen.add(s.toLowerCase());
    return s;
  });
  sheet.grid.setNumberFormats({ ...r, rows: 1 }, [fixed.map(() => "@")]);
  sheet.grid.setValues({ ...r, rows: 1 }, [fixed]);
  wb.nextId += 1;
  let n = wb.tables.length + 1;
  let tname = name ?? `Table${n}`;
  while (!name && wb.tables.some((t) => t.name.toLowerCase() === tname.toLowerCase())) tname = `Table${++n}`;
  if (name) checkNewName(wb, name);
  const t: TableModel = { id: wb.nextId, name: tname, sheet, rect: r, style: "TableStyleMedium2" };
  wb.tables.push(t);
  return t;
}

/** workbook.tables or worksheet.tables */
export class FakeTableCollection extends FakeCollection<TableModel, FakeTable>
  implements OfficeMethods<Excel.TableCollection, "getItem" | "getItemOrNullObject" | "add">, OfficeLoad<Excel.TableCollection> {
  protected readonly itemProps = ["name", "id", "style"] as const;
  constructor(ctx: FakeContextCore, path: string, private readonly wb: WorkbookModel, private readonly sheets: WorksheetFactory, private readonly scope: (() => SheetModel) | null) {
    super(ctx, path, () => (scope ? wb.tables.filter((t) => t.sheet === scope()) : wb.tables));
  }
  protected itemProxy(item: TableModel): FakeTable {
    return new FakeTable(this.ctx, `${this.path}[#${item.id}]`, () => item, this.wb, this.sheets);
  }
  private lookup(name: string): TableModel | null {
    const k = name.toLowerCase();
    return this.wb.tables.find((t) => t.name.toLowerCase() === k && (!this.scope || t.sheet === this.scope())) ?? null;
  }
  /** A table by name. */
  getItem(name: string): FakeTable {
    return new FakeTable(this.ctx, `${this.path}[${name}]`, () => this.lookup(name), this.wb, this.sheets);
  }
  /** A table or a null object. */
  getItemOrNullObject(name: string): FakeTable {
    return new FakeTable(this.ctx, `${this.path}[${name}]?`, () => this.lookup(name), this.wb, this.sheets, true);
  }
  /** Adds a table over an address ("A1:D5", "Sheet!A1:D5") or a range; only hasHeaders = true is supported. */
  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    let created: TableModel | null = null;
    this.ctx.enqueue({ o: this.path, a: "add", r: typeof address === "string" ? address : address.path, h: hasHeaders }, () => {
      if (!hasHeaders) fail("InvalidArgument", "the fake supports tables with headers only");
      let sheet: SheetModel;
      let rect: Rect;
      if (typeof address === "string") {
        const { sheet: sname, local } = splitSheet(address);
        const s = sname !== null ? findSheet(this.wb, sname) : this.scope?.();
        if (!s) fail("InvalidArgument", `table address "${address}" names no sheet`);
        sheet = s;
        rect = parseRect(local);
      } else {
        const r = address.resolve();
        sheet = r.sheet;
        rect = r.rect;
      }
      if (this.scope && this.scope() !== sheet) fail("InvalidArgument", "table address is on another sheet");
      created = addTableModel(this.wb, sheet, rect);
    });
    return new FakeTable(this.ctx, `${this.path}.add(${typeof address === "string" ? address : address.path})`, () => created, this.wb, this.sheets);
  }
}
