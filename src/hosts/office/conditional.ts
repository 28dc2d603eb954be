/** Native conditional formats (ExcelApi 1.6) from ConditionalFormatPlan. */
import { a1, type ConditionalFormatPlan, type RangeRef } from "../../review/kit/plan";

type Operator = "Between" | "GreaterThan" | "LessThan" | "EqualTo" | "GreaterThanOrEqual" | "LessThanOrEqual";
const OPS: Record<Extract<ConditionalFormatPlan, { kind: "cellValue" }>["operator"], Operator> = {
  between: "Between", greaterThan: "GreaterThan", lessThan: "LessThan", equal: "EqualTo",
  greaterThanOrEqual: "GreaterThanOrEqual", lessThanOrEqual: "LessThanOrEqual",
};
const ICONS: Record<Extract<ConditionalFormatPlan, { kind: "iconSet" }>["icons"], "ThreeTrafficLights1" | "ThreeArrows" | "ThreeSymbols"> = {
  "3TrafficLights": "ThreeTrafficLights1", "3Arrows": "ThreeArrows", "3Symbols": "ThreeSymbols",
};

function rangeOf(sheet: Excel.Worksheet, r: RangeRef): Excel.Range {
  return sheet.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
}

function setFormat(f: Excel.ConditionalRangeFormat, style: { fill?: string; fontColor?: string; bold?: boolean }): void {
  if (style.fill) f.fill.color = style.fill;
  if (style.fontColor) f.font.color = style.fontColor;
  if (style.bold !== undefined) f.font.bold = style.bold;
}

/** Queues one conditional format on the sheet. */
export function addConditionalFormat(sheet: Excel.Worksheet, cf: ConditionalFormatPlan): void {
  const range = rangeOf(sheet, cf.range);
  switch (cf.kind) {
    case "cellValue": {
      const c = range.conditionalFormats.add("CellValue");
      setFormat(c.cellValue.format, cf.style);
      c.cellValue.rule = {
        formula1: String(cf.value1),
        ...(cf.value2 !== undefined ? { formula2: String(cf.value2) } : {}),
        operator: OPS[cf.operator],
      };
      return;
    }
    case "textEquals": {
      const c = range.conditionalFormats.add("Custom");
      c.custom.rule.formula = `=${a1(cf.range.row, cf.range.col)}="${cf.text.replace(/"/g, '""')}"`;
      setFormat(c.custom.format, cf.style);
      return;
    }
    case "colorScale": {
      const c = range.conditionalFormats.add("ColorScale");
      const criteria: Excel.ConditionalColorScaleCriteria = {
        minimum: { type: "LowestValue", color: cf.minColor },
        maximum: { type: "HighestValue", color: cf.maxColor },
      };
      if (cf.midColor) criteria.midpoint = { formula: "50", type: "Percentile", color: cf.midColor };
      c.colorScale.criteria = criteria;
      return;
    }
    case "dataBar": {
      const c = range.conditionalFormats.add("DataBar");
      c.dataBar.positiveFormat.fillColor = cf.color;
      return;
    }
    case "iconSet": {
      const c = range.conditionalFormats.add("IconSet");
      c.iconSet.style = ICONS[cf.icons];
      c.iconSet.criteria = [
        { formula: "=0", operator: "GreaterThanOrEqual", type: "Number" },
        { formula: `=${cf.thresholds[0]}`, operator: "GreaterThanOrEqual", type: "Number" },
        { formula: `=${cf.thresholds[1]}`, operator: "GreaterThanOrEqual", type: "Number" },
      ];
      return;
    }
  }
}
