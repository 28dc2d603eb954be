/** Range formatting proxies: format (alignment, wrap, sizes), fill, font and borders, recorded as FormatRecords. */
import type { Rect } from "./address";
import type { FakeContextCore } from "./context";
import { FakeObject } from "./client-object";
import { fail } from "./errors";
import type { SheetModel } from "./state";
import type { OfficeLoad, OfficeMethods, OfficeProps } from "./office-types";

export interface RangeModel {
  sheet: SheetModel;
  rect: Rect;
}

type Check = (v: unknown) => boolean;
const isColor: Check = (v) => typeof v === "string" && (/^#[0-9A-Fa-f]{6}$/.test(v) || /^[A-Za-z]+$/.test(v));
const isBool: Check = (v) => typeof v === "boolean";
const isPositive: Check = (v) => typeof v === "number" && Number.isFinite(v) && v >= 0;
const oneOf = (...xs: string[]): Check => (v) => typeof v === "string" && xs.includes(v);

/** Last recorded value of a format key covering the top-left cell of a range. */
export function formatAt(sheet: SheetModel, row: number, col: number, key: string): unknown {
  for (let i = sheet.formats.length - 1; i >= 0; i--) {
    const f = sheet.formats[i];
    if (key in f.props && row >= f.rect.row && row < f.rect.row + f.rect.rows && col >= f.rect.col && col < f.rect.col + f.rect.cols) {
      return f.props[key];
    }
  }
  return null;
}

/** A formatting node with a fixed set of checked properties stored under a key prefix (e.g. "font."). */
export class FormatNode extends FakeObject<RangeModel> {
  protected readonly scalarProps: readonly string[];
  constructor(ctx: FakeContextCore, path: string, resolver: () => RangeModel | null, private readonly prefix: string, private readonly checks: Record<string, Check>) {
    super(ctx, path, resolver);
    this.scalarProps = Object.keys(checks);
    for (const prop of this.scalarProps) {
      Object.defineProperty(this, prop, {
        get: () => this.read(prop),
        set: (v: unknown) => this.setProp(prop, v),
        enumerable: true,
      });
    }
  }
  protected propValue(m: RangeModel, prop: string): unknown {
    if (!(prop in this.checks)) fail("InvalidArgument", `${this.path} has no property "${prop}"`);
    return formatAt(m.sheet, m.rect.row, m.rect.col, this.prefix + prop);
  }
  private setProp(prop: string, v: unknown): void {
    const check = this.checks[prop];
    this.act("set", { p: prop, v }, (m) => {
      if (!check(v)) fail("InvalidArgument", `${this.path}.${prop} cannot be ${JSON.stringify(v)}`);
      m.sheet.formats.push({ rect: m.rect, props: { [this.prefix + prop]: v } });
    });
  }
}

/** range.format.borders */
export class FakeBorders extends FakeObject<RangeModel> implements OfficeMethods<Excel.RangeBorderCollection, "getItem"> {
  protected readonly scalarProps: readonly string[] = [];
  protected propValue(): unknown {
    return fail("InvalidArgument", "borders has no scalar properties");
  }
  /** borders.getItem("EdgeBottom") */
  getItem(index: string): FormatNode {
    const ok = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];
    if (!ok.includes(index)) fail("InvalidArgument", `border index "${index}"`);
    return new FormatNode(this.ctx, `${this.path}[${index}]`, () => this.resolveOrNull(), `border.${index}.`, {
      style: oneOf("None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"),
      weight: oneOf("Hairline", "Thin", "Medium", "Thick"),
      color: isColor,
    });
  }
}

/** range.format */
export class FakeRangeFormat extends FakeObject<RangeModel>
  implements
    OfficeProps<Excel.RangeFormat, "horizontalAlignment" | "verticalAlignment" | "wrapText" | "indentLevel" | "columnWidth" | "rowHeight">,
    OfficeLoad<Excel.RangeFormat> {
  protected readonly scalarProps = ["horizontalAlignment", "verticalAlignment", "wrapText", "indentLevel", "columnWidth", "rowHeight"] as const;
  readonly fill: FormatNode;
  readonly font: FormatNode;
  readonly borders: FakeBorders;

  constructor(ctx: FakeContextCore, path: string, resolver: () => RangeModel | null) {
    super(ctx, path, resolver);
    this.fill = new FormatNode(ctx, `${path}.fill`, resolver, "fill.", { color: isColor });
    this.font = new FormatNode(ctx, `${path}.font`, resolver, "font.", {
      bold: isBool, italic: isBool, color: isColor, size: isPositive, name: (v) => typeof v === "string",
    });
    this.borders = new FakeBorders(ctx, `${path}.borders`, resolver);
  }

  protected override child(prop: string): FakeObject<unknown> | undefined {
    const c = prop === "fill" ? this.fill : prop === "font" ? this.font : prop === "borders" ? this.borders : undefined;
    return c as FakeObject<unknown> | undefined;
  }

  protected propValue(m: RangeModel, prop: string): unknown {
    if (prop === "columnWidth") return m.sheet.columnWidths.get(m.rect.col) ?? 48;
    if (prop === "rowHeight") return m.sheet.rowHeights.get(m.rect.row) ?? 15;
    if (!(this.scalarProps as readonly string[]).includes(prop)) fail("InvalidArgument", `${this.path} has no property "${prop}"`);
    return formatAt(m.sheet, m.rect.row, m.rect.col, prop);
  }

  private setStyle(prop: string, v: unknown, check: Check): void {
    this.act("set", { p: prop, v }, (m) => {
      if (!check(v)) fail("InvalidArgument", `${this.path}.${prop} cannot be ${JSON.stringify(v)}`);
      m.sheet.formats.push({ rect: m.rect, props: { [prop]: v } });
    });
  }

  get horizontalAlignment(): Excel.RangeFormat["horizontalAlignment"] { return this.read("horizontalAlignment"); }
  set horizontalAlignment(v: Excel.RangeFormat["horizontalAlignment"]) {
    this.setStyle("horizontalAlignment", v, oneOf("General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"));
  }
  get verticalAlignment(): Excel.RangeFormat["verticalAlignment"] { return this.read("verticalAlignment"); }
  set verticalAlignment(v: Excel.RangeFormat["verticalAlignment"]) { this.setStyle("verticalAlignment", v, oneOf("Top", "Center", "Bottom", "Justify", "Distributed")); }
  get wrapText(): boolean { return this.read("wrapText"); }
  set wrapText(v: boolean) { this.setStyle("wrapText", v, isBool); }
  get indentLevel(): number { return this.read("indentLevel"); }
  set indentLevel(v: number) { this.setStyle("indentLevel", v, (x) => typeof x === "number" && Number.isInteger(x) && x >= 0 && x <= 250); }

  get columnWidth(): number { return this.read("columnWidth"); }
  /** Column width in points, for every column of the range. */
  set columnWidth(v: number) {
    this.act("set", { p: "columnWidth", v }, (m) => {
      if (!isPositive(v)) fail("InvalidArgument", `columnWidth cannot be ${v}`);
      for (let c = 0; c < m.rect.cols; c++) m.sheet.columnWidths.set(m.rect.col + c, v);
    });
  }
  get rowHeight(): number { return this.read("rowHeight"); }
  /** Row height in points, for every row of the range. */
  set rowHeight(v: number) {
    this.act("set", { p: "rowHeight", v }, (m) => {
      if (!isPositive(v) || v > 409) fail("InvalidArgument", `rowHeight cannot be ${v}`);
      for (let r = 0; r < m.rect.rows; r++) m.sheet.rowHeights.set(m.rect.row + r, v);
    });
  }
}
