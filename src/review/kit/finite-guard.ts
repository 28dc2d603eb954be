/**
 * The last check on generated sheets: no cell of a review plan is ever NaN or ±Infinity (Excel cannot hold them and the
 * writers would leave the cell blank). Such a value is replaced by the text "Not computable" and reported as a located
 * warning naming the sheet, the cell and what it shows, so a silent blank can never reach the user.
 */
import { locatedMessage } from "../../tables/problems";
import type { Problem } from "../../tables/types";
import { a1, type SheetPlan } from "./plan";

/** Shown in place of a number that could not be computed. */
export const NOT_COMPUTABLE = "Not computable";

/** Replaces every non-finite number in the plans' cells by "Not computable"; returns one warning per cell replaced. */
export function guardFinite(plans: SheetPlan[]): Problem[] {
  const problems: Problem[] = [];
  for (const plan of plans) {
    // The explanations' labels by cell, made only when a cell needs one (a large register has tens of thousands).
    let labels: Map<string, string> | undefined;
    for (const block of plan.blocks) {
      for (let i = 0; i < block.values.length; i++) {
        const row = block.values[i];
        for (let j = 0; j < row.length; j++) {
          const v = row[j];
          if (typeof v !== "number" || Number.isFinite(v)) continue;
          row[j] = NOT_COMPUTABLE;
          const address = a1(block.row + i, block.col + j);
          labels ??= new Map(plan.explanations.map((e) => [e.address, e.label]));
          const label = labels.get(address);
          problems.push({
            severity: "warning", table: plan.name, sheet: plan.name, address,
            message: locatedMessage(plan.name, address, `${label ? `${label} ` : "this figure "}could not be computed (the numbers behind it are too large or undefined); shown as "${NOT_COMPUTABLE}". Check the inputs it explains; if they look right, please report this as a fault.`),
          });
        }
      }
    }
  }
  return problems;
}
