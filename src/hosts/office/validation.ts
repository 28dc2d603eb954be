/** Data validation (ExcelApi 1.8) from ValidationPlan. */
import type { ValidationPlan } from "../../review/kit/plan";

/** The Office.js rule for a plan rule. */
export function ruleOf(rule: ValidationPlan["rule"]): Excel.DataValidationRule {
  switch (rule.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: rule.values.map((v) => v.replace(/,/g, " ")).join(",") } };
    case "decimal":
      return { decimal: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    case "whole":
      return { wholeNumber: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
  }
}

/** Queues a validation rule and its error alert on the plan's range. */
export function addValidation(sheet: Excel.Worksheet, v: ValidationPlan): void {
  const range = sheet.getRangeByIndexes(v.range.row, v.range.col, v.range.rows, v.range.cols);
  range.dataValidation.rule = ruleOf(v.rule);
  range.dataValidation.errorAlert = { message: v.error, showAlert: true, style: "Stop", title: "IMM" };
}
