/** range.conditionalFormats: add(type) returning a conditional format with the type's rule sub-object. */
import type { FakeContextCore } from "./context";
import { fail } from "./errors";
import type { RangeModel } from "./range-format";
import { settableTree, type TreeSchema } from "./settable-tree";
import type { ConditionalFormatModel } from "./state";
import type { OfficeMethods } from "./office-types";

const FORMAT: TreeSchema = { fill: { color: true }, font: { color: true, bold: true, italic: true } };

/** Sub-object name and schema for each conditional format type. */
const TYPES: Record<string, { sub: string; schema: TreeSchema }> = {
  CellValue: { sub: "cellValue", schema: { format: FORMAT, rule: true } },
  Custom: { sub: "custom", schema: { format: FORMAT, rule: { formula: true } } },
  ContainsText: { sub: "textComparison", schema: { format: FORMAT, rule: true } },
  ColorScale: { sub: "colorScale", schema: { criteria: true } },
  DataBar: {
    sub: "dataBar",
    schema: { positiveFormat: { fillColor: true, gradientFill: true, borderColor: true }, barDirection: true, showDataBarOnly: true, lowerBoundRule: true, upperBoundRule: true },
  },
  IconSet: { sub: "iconSet", schema: { style: true, criteria: true, showIconOnly: true, reverseIconOrder: true } },
};

/** A conditional format proxy. Only its type's sub-object may be used (others fail at sync, as in Excel). */
export class FakeConditionalFormat {
  readonly cellValue: Record<string, unknown>;
  readonly custom: Record<string, unknown>;
  readonly textComparison: Record<string, unknown>;
  readonly colorScale: Record<string, unknown>;
  readonly dataBar: Record<string, unknown>;
  readonly iconSet: Record<string, unknown>;

  constructor(ctx: FakeContextCore, path: string, type: string, getModel: () => ConditionalFormatModel) {
    const make = (t: string): Record<string, unknown> => {
      const { sub, schema } = TYPES[t];
      return settableTree(ctx, `${path}.${sub}`, schema, (key, v) => {
        const m = getModel();
        if (m.type !== t) fail("InvalidArgument", `${path} is a ${m.type} format; it has no ${sub}`);
        m.props[`${sub}.${key}`] = v;
      });
    };
    this.cellValue = make("CellValue");
    this.custom = make("Custom");
    this.textComparison = make("ContainsText");
    this.colorScale = make("ColorScale");
    this.dataBar = make("DataBar");
    this.iconSet = make("IconSet");
    void type;
  }
}

/** range.conditionalFormats */
export class FakeConditionalFormatCollection implements OfficeMethods<Excel.ConditionalFormatCollection, "add"> {
  private n = 0;
  constructor(private readonly ctx: FakeContextCore, private readonly path: string, private readonly range: () => RangeModel) {}

  /** Removes every conditional format that overlaps the range (the fake does not split formats). */
  clearAll(): void {
    this.ctx.enqueue({ o: this.path, a: "clearAll" }, () => {
      const r = this.range();
      const hit = (a: { row: number; col: number; rows: number; cols: number }): boolean =>
        a.row < r.rect.row + r.rect.rows && r.rect.row < a.row + a.rows && a.col < r.rect.col + r.rect.cols && r.rect.col < a.col + a.cols;
      r.sheet.conditionalFormats = r.sheet.conditionalFormats.filter((c) => !hit(c.rect));
    });
  }

  /** Adds a conditional format of a type ("CellValue", "ColorScale", "DataBar", "IconSet", "Custom", "ContainsText"). */
  add(type: string): FakeConditionalFormat {
    if (!(type in TYPES)) fail("InvalidArgument", `conditional format type "${type}" is not supported by the fake`);
    const path = `${this.path}[${this.n++}]`;
    let model: ConditionalFormatModel | null = null;
    this.ctx.enqueue({ o: this.path, a: "add", t: type }, () => {
      const r = this.range();
      model = { type, rect: r.rect, props: {} };
      r.sheet.conditionalFormats.push(model);
    });
    return new FakeConditionalFormat(this.ctx, path, type, () => {
      if (!model) fail("InvalidOperation", `${path} was not added`);
      return model;
    });
  }
}
