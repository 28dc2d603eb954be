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
    const labels = new Map(plan.explanations.map((e) => [e.address, e.label]));
    for (const block of plan.blocks) {
      block.values.forEach((row, i) => row.forEach((v, j) => {
        if (typeof v !== "number" || Number.isFinite(v)) return;
        row[j] = NOT_COMPUTABLE;
        const address = a1(block.row + i, block.col + j);
        const label = labels.get(address);
        problems.push({
          severity: "warning", table: plan.name, sheet: plan.name, address,
          message: locatedMessage(plan.name, address, `${label ? `${label} ` : "this figure "}could not be computed (the numbers behind it are too large or undefined); shown as "${NOT_COMPUTABLE}". Check the inputs it explains; if they look right, please report this as a fault.`),
        });
      }));
    }
  }
  return problems;
}
