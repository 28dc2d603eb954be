/** Random small sheet plans (fast-check) using every plan feature, overlapping on purpose, for differential tests. */
import fc from "fast-check";
import type { CellStyle, ConditionalFormatPlan, PlanValue, RangeRef, SheetPlan } from "../../../../review/kit/plan";
import { emptyPlan } from "../../../../review/kit/plan";

const SIZE = 8;

const rangeArb: fc.Arbitrary<RangeRef> = fc
  .record({ row: fc.nat(SIZE - 1), col: fc.nat(SIZE - 1), rows: fc.integer({ min: 1, max: 4 }), cols: fc.integer({ min: 1, max: 4 }) });

const valueArb: fc.Arbitrary<PlanValue> = fc.oneof(
  fc.constantFrom("=1+1", "+x", "-3", "@A", "Risk", "", " pad ", "a<b>&\"'", "line\nbreak", "Low", "Extreme"),
  fc.string({ maxLength: 6 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 100 }),
  fc.boolean(),
  fc.constant(null),
);

const colorArb = fc.constantFrom("#FF0000", "#00B050", "#D9E1F2", "nope");

const styleArb: fc.Arbitrary<CellStyle> = fc.record(
  {
    bold: fc.boolean(),
    italic: fc.boolean(),
    fontSize: fc.constantFrom(9, 11, 14),
    fontColor: colorArb,
    fill: colorArb,
    hAlign: fc.constantFrom("left" as const, "center" as const, "right" as const),
    vAlign: fc.constantFrom("top" as const, "center" as const, "bottom" as const),
    wrap: fc.boolean(),
    border: fc.constantFrom("thin" as const, "bottom" as const, "thickBottom" as const),
    indent: fc.nat(2),
  },
  { requiredKeys: [] },
);

const cfArb: fc.Arbitrary<ConditionalFormatPlan> = fc.oneof(
  fc.record({ kind: fc.constant("cellValue" as const), range: rangeArb, operator: fc.constantFrom("between" as const, "greaterThan" as const, "lessThanOrEqual" as const), value1: fc.integer(), value2: fc.option(fc.integer(), { nil: undefined }), style: fc.record({ fill: colorArb, bold: fc.boolean() }, { requiredKeys: [] }) }),
  fc.record({ kind: fc.constant("textEquals" as const), range: rangeArb, text: fc.constantFrom("Low", "a\"b"), style: fc.record({ fontColor: colorArb }, { requiredKeys: [] }) }),
  fc.record({ kind: fc.constant("colorScale" as const), range: rangeArb, minColor: colorArb, midColor: fc.option(colorArb, { nil: undefined }), maxColor: colorArb }),
  fc.record({ kind: fc.constant("dataBar" as const), range: rangeArb, color: colorArb }),
  fc.record({ kind: fc.constant("iconSet" as const), range: rangeArb, icons: fc.constantFrom("3TrafficLights" as const, "3Arrows" as const), thresholds: fc.tuple(fc.integer(), fc.integer()) }),
);

/** A random plan named `name` (key "risk"). */
export function planArb(name: string): fc.Arbitrary<SheetPlan> {
  return fc
    .record({
      blocks: fc.array(
        fc.record({
          row: fc.nat(SIZE - 1),
          col: fc.nat(SIZE - 1),
          values: fc.array(fc.array(valueArb, { maxLength: 4 }), { minLength: 1, maxLength: 4 }),
          numberFormat: fc.option(fc.constantFrom("0.0", "0%", "@", "#,##0", "dd mmm yyyy"), { nil: undefined }),
          style: fc.option(styleArb, { nil: undefined }),
        }),
        { maxLength: 4 },
      ),
      styles: fc.array(fc.record({ range: rangeArb, style: styleArb }), { maxLength: 3 }),
      merges: fc.array(rangeArb, { maxLength: 3 }),
      tables: fc.array(fc.record({ name: fc.constantFrom("IMM_T", "IMM_U"), range: rangeArb, style: fc.constantFrom("TableStyleMedium2", "") }), { maxLength: 2 }),
      conditionalFormats: fc.array(cfArb, { maxLength: 3 }),
      validations: fc.array(fc.record({ range: rangeArb, rule: fc.oneof(fc.record({ kind: fc.constant("list" as const), values: fc.array(fc.constantFrom("A", "B,C", "D\"E"), { minLength: 1, maxLength: 3 }) }), fc.record({ kind: fc.constant("whole" as const), min: fc.integer({ min: 0, max: 5 }), max: fc.integer({ min: 5, max: 9 }) })), error: fc.constantFrom("bad", "x<y") }), { maxLength: 3 }),
      charts: fc.array(fc.record({ title: fc.constantFrom("Chart", "=T"), kind: fc.constantFrom("bar" as const, "column" as const, "line" as const), data: rangeArb, anchor: rangeArb, yMin: fc.option(fc.constant(0), { nil: undefined }), yMax: fc.option(fc.constant(100), { nil: undefined }) }), { maxLength: 2 }),
      columnWidths: fc.array(fc.record({ col: fc.nat(SIZE), width: fc.constantFrom(9, 12, 30.5) }), { maxLength: 3 }),
      hiddenColumns: fc.array(fc.nat(SIZE), { maxLength: 2 }),
      rowHeights: fc.array(fc.record({ row: fc.nat(SIZE + 2), height: fc.constantFrom(12, 28.5) }), { maxLength: 2 }),
      freeze: fc.option(fc.record({ rows: fc.nat(3), cols: fc.nat(3) }), { nil: undefined }),
      tabColor: fc.option(colorArb, { nil: undefined }),
      showGridlines: fc.option(fc.boolean(), { nil: undefined }),
      page: fc.option(
        fc.record({
          paperSize: fc.constantFrom("A4" as const, "Letter" as const),
          orientation: fc.constantFrom("portrait" as const, "landscape" as const),
          fitToHeight: fc.nat(2),
          titleRows: fc.option(fc.constant({ first: 0, last: 1 }), { nil: undefined }),
          // Two cells at least: the ExcelJS path writes a one-cell print area as "$A1:$undefined" (edge-cases.test.ts).
          printArea: fc.option(rangeArb.map((r) => ({ ...r, rows: r.rows + 1 })), { nil: undefined }),
          header: fc.record({ center: fc.constantFrom("&A", "R&&D <x>") }, { requiredKeys: [] }),
          footer: fc.record({ right: fc.constant("Page &P of &N") }, { requiredKeys: [] }),
        }),
        { nil: undefined },
      ),
    })
    .map((parts) => ({ ...emptyPlan("risk", name), ...parts }));
}
