/**
 * Integration custom functions: INTEGRATEDINDEX, STATUS, TREND, TRENDLABEL.
 * The JSDoc of each exported function is its declaration: custom-functions-metadata turns it into functions.json (id,
 * parameters, help), scripts/function-examples.ts reads its @example, the fuzz harness its parameters, and
 * src/functions/functions.ts re-exports it for Node. Export nothing else from this file: every export is a custom function.
 */
import {
  integratedIndex as integratedIndexOf,
  status as statusOf,
  trend as trendOf,
  trendLabel as trendLabelOf,
  DEFAULT_SETTINGS,
} from "../../imm";
import { badShape } from "../../imm/checks";
import { isBlank, parseDirection, parseNonNegative } from "../../imm/scales";
import type { NamedGrid } from "../args";
import { flatten, isOmitted, pick, toGrid } from "../args";
import { allBlank, numberOrNull, requiredNumber } from "../cells";
import { guard, guardSpill } from "../guard";
import type { ErrorValue } from "../result-error";
import { numberSetting } from "../settings";
import { spill } from "../spill";

/**
 * Integrated index = weighted mean of the partnership, risk and performance indices (blank pillars skipped). Spills.
 * @customfunction INTEGRATEDINDEX
 * @helpurl https://localhost:3000/help/functions.html#INTEGRATEDINDEX
 * @param partnership Partnership index 0–100 (a cell or a range, e.g. one per period).
 * @param risk Risk index 0–100.
 * @param performance Performance index 0–100.
 * @param [weights] Three pillar weights: partnership, risk, performance (default 1, 1, 1).
 * @returns The integrated index, 0–100, in the shape of the input.
 * @example =IMM.INTEGRATEDINDEX(75, 48, 56.25) → 59.75
 * Equal-weight mean of the partnership, risk and performance indices.
 */
export function integratedIndex(
  partnership: any[][], risk: any[][], performance: any[][], weights?: any[][],
): Array<Array<number | string | ErrorValue>> {
  return guardSpill("INTEGRATEDINDEX", () => {
    const args: NamedGrid[] = [
      { name: "partnership", grid: toGrid(partnership, "partnership") },
      { name: "risk", grid: toGrid(risk, "risk") },
      { name: "performance", grid: toGrid(performance, "performance") },
    ];
    let w: readonly number[] = DEFAULT_SETTINGS.pillarWeights;
    if (!isOmitted(weights)) {
      const cells = flatten(toGrid(weights, "weights"));
      if (cells.length !== 3) badShape("weights", "3 cells (partnership, risk, performance)", `${cells.length} cells`);
      w = cells.map((v, i) => parseNonNegative(v, `weights item ${i + 1}`));
    }
    integratedIndexOf([50, 50, 50], w); // validates the weights once
    return spill("INTEGRATEDINDEX", args, (r, c) => {
      const xs = args.map((a) => pick(a.grid, r, c));
      if (allBlank(...xs)) return "";
      return integratedIndexOf(xs.map((v, i) => numberOrNull(v, args[i].name)), w);
    });
  });
}

/**
 * Status of an index: "Green" at or above green, "Amber" at or above amber, else "Red"; compared at 9 decimal places, so
 * 79.99999999999999 (a rounding error below 80) is Green. Spills.
 * @customfunction STATUS
 * @helpurl https://localhost:3000/help/functions.html#STATUS
 * @param index Index values 0–100 (a cell or a range).
 * @param [amber] Lowest Amber value (default 60).
 * @param [green] Lowest Green value (default 80).
 * @returns "Green", "Amber" or "Red" for each value, in the shape of the input.
 * @example =IMM.STATUS({85;70;40}) → {"Green";"Amber";"Red"}
 * Green at 80 or above, Amber at 60 or above, else Red.
 */
export function status(index: any[][], amber?: number, green?: number): Array<Array<number | string | ErrorValue>> {
  return guardSpill("STATUS", () => {
    const X = toGrid(index, "index");
    const a = numberSetting(amber, "amber", DEFAULT_SETTINGS.amberThreshold);
    const g = numberSetting(green, "green", DEFAULT_SETTINGS.greenThreshold);
    statusOf(0, a, g); // validates the thresholds once
    return spill("STATUS", [{ name: "index", grid: X }], (r, c) => {
      const v = pick(X, r, c);
      if (isBlank(v)) return "";
      return statusOf(requiredNumber(v, "index"), a, g);
    });
  });
}

/** Values of a series in order (rows, then columns), blanks kept as null so that every cell is one period. */
function series(values: unknown): (number | null)[] {
  const cells = flatten(toGrid(values, "values"));
  return cells.map((v, i) => numberOrNull(v, cells.length > 1 ? `values item ${i + 1}` : "values"));
}

/**
 * Trend = least-squares slope of the values per period (blank periods skipped; needs two values).
 * @customfunction TREND
 * @helpurl https://localhost:3000/help/functions.html#TREND
 * @param values One value per period, oldest first.
 * @returns The change per period.
 * @example =IMM.TREND({60;64;70;73}) → 4.5
 * Least-squares slope: the index rises 4.5 points per period.
 */
export function trend(values: any[][]): number | string | ErrorValue {
  return guard("TREND", ["values"], () => trendOf(series(values)));
}

/**
 * Trend label: "Stable" when |slope| is under 1% of the mean (compared at 9 decimal places), else "Improving" or
 * "Declining" given the direction.
 * @customfunction TRENDLABEL
 * @helpurl https://localhost:3000/help/functions.html#TRENDLABEL
 * @param values One value per period, oldest first.
 * @param [direction] Higher or Lower (is better) (default Higher).
 * @returns "Improving", "Stable" or "Declining".
 * @example =IMM.TRENDLABEL({60;64;70;73}) → Improving
 * The slope is more than 1% of the mean, upwards, for a higher-is-better series. TRENDLABEL is the long-run
 * direction only: a last-period recovery can sit under "Declining". The review's charts therefore say both the latest
 * change and the long-run direction, e.g. "up 22.6 since 2025-Q3; down over four periods" (same 1%-of-mean rule,
 * "flat" when under it).
 */
export function trendLabel(values: any[][], direction?: string): number | string | ErrorValue {
  return guard("TRENDLABEL", ["values"], () => {
    const d = isOmitted(direction) || isBlank(direction) ? "higher" : parseDirection(direction, "direction");
    return trendLabelOf(series(values), d);
  });
}
