/** workbook.names: defined names referring to ranges (follow sheet renames; #REF! after sheet deletion). */
import { parseRect, quoteSheet, splitSheet } from "./address";
import { FakeObject } from "./client-object";
import { FakeCollection } from "./collection";
import type { FakeContextCore } from "./context";
import { fail } from "./errors";
import { FakeRange } from "./range";
import { findSheet, type NameModel, type WorkbookModel } from "./state";
import type { OfficeLoad, OfficeMethods, OfficeProps } from "./office-types";

/** Absolute A1 ("$A$1:$B$2") of a rectangle. */
function absolute(r: { row: number; col: number; rows: number; cols: number }): string {
  const cell = (row: number, col: number): string => {
    let c = col + 1;
    let s = "";
    while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); }
    return `$${s}$${row + 1}`;
  };
  const a = cell(r.row, r.col);
  return r.rows === 1 && r.cols === 1 ? a : `${a}:${cell(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** Throws unless `name` is a valid, unused defined-name / table name. */
export function checkNewName(wb: WorkbookModel, name: string, ignore?: object): void {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[rRcC]\d*$/.test(name)) {
    fail("InvalidArgument", `"${name}" is not a valid name`);
  }
  const k = name.toLowerCase();
  const clash = wb.names.some((n) => n !== ignore && n.name.toLowerCase() === k) || wb.tables.some((t) => t !== ignore && t.name.toLowerCase() === k);
  if (clash) fail("ItemAlreadyExists", `the name "${name}" already exists`);
}

/** A named item proxy. */
export class FakeNamedItem extends FakeObject<NameModel>
  implements
    OfficeProps<Excel.NamedItem, "name" | "type" | "value" | "formula" | "comment" | "isNullObject">,
    OfficeMethods<Excel.NamedItem, "getRange" | "delete">,
    OfficeLoad<Excel.NamedItem> {
  protected readonly scalarProps = ["name", "type", "value", "formula", "comment", "visible"] as const;
  constructor(ctx: FakeContextCore, path: string, resolver: () => NameModel | null, private readonly wb: WorkbookModel, orNull = false) {
    super(ctx, path, resolver, orNull);
  }
  protected override isGone(m: NameModel): boolean {
    return !this.wb.names.includes(m);
  }
  protected propValue(m: NameModel, prop: string): unknown {
    const ref = m.constant === null ? (m.sheet ? `${quoteSheet(m.sheet.name)}!${absolute(m.rect ?? { row: 0, col: 0, rows: 1, cols: 1 })}` : "#REF!") : null;
    switch (prop) {
      case "name": return m.name;
      case "type": return m.constant !== null ? "String" : m.sheet ? "Range" : "Error";
      case "value": return ref ?? m.constant;
      case "formula": return `=${ref ?? m.constant}`;
      case "comment": return m.comment;
      case "visible": return true;
      default: return fail("InvalidArgument", `NamedItem has no property "${prop}"`);
    }
  }
  get name(): string { return this.read("name"); }
  get type(): Excel.NamedItem["type"] { return this.read("type"); }
  get value(): unknown { return this.read("value"); }
  get formula(): string { return this.read("formula"); }
  get comment(): string { return this.read("comment"); }
  /** Sets the comment (NamedItem.comment is read/write, ExcelApi 1.4). */
  set comment(v: string) {
    this.act("set", { p: "comment", v }, (m) => { m.comment = v; });
  }

  /** The referenced range (fails at sync when the name does not refer to a range). */
  getRange(): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getRange()`, () => {
      const m = this.resolve();
      if (!m.sheet || !m.rect) fail("InvalidOperation", `the name ${m.name} does not refer to a range`);
      return { sheet: m.sheet, rect: m.rect };
    }, this.wb);
  }

  /** Deletes the name. */
  delete(): void {
    this.act("delete", {}, (m) => { this.wb.names = this.wb.names.filter((n) => n !== m); });
  }
}

/** workbook.names */
export class FakeNamedItemCollection extends FakeCollection<NameModel, FakeNamedItem>
  implements OfficeMethods<Excel.NamedItemCollection, "getItem" | "getItemOrNullObject" | "add">, OfficeLoad<Excel.NamedItemCollection> {
  protected readonly itemProps = ["name", "type", "value"] as const;
  constructor(ctx: FakeContextCore, path: string, private readonly wb: WorkbookModel) {
    super(ctx, path, () => wb.names);
  }
  protected itemProxy(item: NameModel): FakeNamedItem {
    return new FakeNamedItem(this.ctx, `${this.path}[${item.name}]`, () => item, this.wb);
  }
  private lookup(name: string): NameModel | null {
    return this.wb.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  /** A name by its name (ItemNotFound at sync when missing). */
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, `${this.path}[${name}]`, () => this.lookup(name), this.wb);
  }
  /** A name or a null object. */
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, `${this.path}[${name}]?`, () => this.lookup(name), this.wb, true);
  }
  /** Adds a workbook-scoped name referring to a range or to a formula like "='Sheet'!$A$1". */
  add(name: string, reference: FakeRange | string, comment = ""): FakeNamedItem {
    let created: NameModel | null = null;
    const refDesc = typeof reference === "string" ? reference : reference.path;
    this.ctx.enqueue({ o: this.path, a: "add", n: name, r: refDesc }, () => {
      checkNewName(this.wb, name);
      let model: NameModel;
      if (typeof reference === "string") {
        const f = reference.replace(/^=/, "");
        const { sheet, local } = splitSheet(f);
        if (sheet === null) {
          model = { name, sheet: null, rect: null, constant: f, comment };
        } else {
          const s = findSheet(this.wb, sheet);
          if (!s) fail("InvalidArgument", `name ${name}: sheet "${sheet}" does not exist`);
          model = { name, sheet: s, rect: parseRect(local), constant: null, comment };
        }
      } else {
        const r = reference.resolve();
        model = { name, sheet: r.sheet, rect: { ...r.rect }, constant: null, comment };
      }
      this.wb.names.push(model);
      created = model;
    });
    return new FakeNamedItem(this.ctx, `${this.path}[${name}]`, () => created, this.wb);
  }
}

/** Proxy types re-exported for convenience. */
export type { FakeObject };
