/** Translating ConditionalFormatPlan entries to ExcelJS conditional-formatting rules. */
import type { CellIsOperators, ConditionalFormattingOptions, ConditionalFormattingRule, IconSetTypes, Style } from "exceljs";
import { a1, rangeA1 } from "../../review/kit/plan";
import type { ConditionalFormatPlan } from "../../review/kit/plan";
import { argb } from "./styles";

/** Excel's names of the plan's icon sets ("3TrafficLights" is "3TrafficLights1" in the file format). */
const ICON_SETS: Record<"3TrafficLights" | "3Arrows" | "3Symbols", IconSetTypes> = {
  "3TrafficLights": "3TrafficLights1",
  "3Arrows": "3Arrows",
  "3Symbols": "3Symbols",
};

type CfStyle = { fill?: string; fontColor?: string; bold?: boolean };

/** A differential (dxf) style for a highlight rule. Excel reads a dxf solid fill from bgColor. */
function dxf(s: CfStyle): Partial<Style> {
  const out: Partial<Style> = {};
  const fill = argb(s.fill);
  if (fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill }, bgColor: { argb: fill } };
  const font = argb(s.fontColor);
  if (font || s.bold !== undefined) out.font = { ...(font ? { color: { argb: font } } : {}), ...(s.bold !== undefined ? { bold: s.bold } : {}) };
  return out;
}

/** A string literal for an Excel formula ("" doubles embedded quotes). */
function excelString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

function numberLiteral(n: number): string {
  return Number.isFinite(n) ? String(n) : "0";
}

/** The ExcelJS rule for one plan entry (priority given by the caller, 1 = first). */
export function cfRule(cf: ConditionalFormatPlan, priority: number): ConditionalFormattingRule {
  switch (cf.kind) {
    case "cellValue": {
      const formulae = [numberLiteral(cf.value1)];
      if (cf.operator === "between") formulae.push(numberLiteral(cf.value2 ?? cf.value1));
      // ExcelJS types only four operators; the file format (and Excel) take all six.
      return { type: "cellIs", operator: cf.operator as CellIsOperators, formulae, style: dxf(cf.style), priority };
    }
    case "textEquals": {
      // Excel's "=" on text is case-insensitive; the reference is relative to the range's top-left cell.
      const topLeft = a1(cf.range.row, cf.range.col);
      return { type: "expression", formulae: [`TRIM(${topLeft})=${excelString(cf.text.trim())}`], style: dxf(cf.style), priority };
    }
    case "colorScale": {
      const colors = [cf.minColor, ...(cf.midColor ? [cf.midColor] : []), cf.maxColor].map((c) => ({ argb: argb(c) ?? "FFFFFFFF" }));
      const cfvo = cf.midColor
        ? [{ type: "min" as const }, { type: "percentile" as const, value: 50 }, { type: "max" as const }]
        : [{ type: "min" as const }, { type: "max" as const }];
      return { type: "colorScale", cfvo, color: colors, priority };
    }
    case "dataBar": {
      // ExcelJS 4.4 crashes or writes a broken bar without explicit cfvo and colour (exceljs#3015).
      const rule = { type: "dataBar" as const, cfvo: [{ type: "min" as const }, { type: "max" as const }], color: { argb: argb(cf.color) ?? "FF638EC6" }, gradient: false, priority };
      return rule;
    }
    case "iconSet": {
      const [mid, top] = cf.thresholds;
      return {
        type: "iconSet",
        iconSet: ICON_SETS[cf.icons],
        cfvo: [{ type: "percent", value: 0 }, { type: "num", value: mid }, { type: "num", value: top }],
        priority,
      };
    }
  }
}

/** ExcelJS options for one plan entry. */
export function cfOptions(cf: ConditionalFormatPlan, priority: number): ConditionalFormattingOptions {
  return { ref: rangeA1(cf.range), rules: [cfRule(cf, priority)] };
}
