/**
 * All-zero weights: an index is Σ w·x / Σ w, so when every counted row of a period has weight 0 there is no index
 * and the pillar is not assessed for that period. The reader says so on the Weight column (table, column and the
 * cells), instead of leaving the user with "not assessed" and no reason. Some zero weights are fine: 0 is how a
 * row is left out on purpose.
 */
import { cellsA1, type ProblemSink } from "./problems";
import type { RowSource } from "./types";

interface Weighted { weight: number; period?: string; source: RowSource }

/**
 * Warns, per period (rows without a period are one period, as the review groups them), when every row that
 * counts towards the index (`counts`) has weight 0. `what` names the rows and `index` the figure lost.
 */
export function warnZeroWeights<R extends Weighted>(
  rows: readonly R[], counts: (row: R) => boolean, table: string, what: string, index: string, problems: ProblemSink,
): void {
  const byPeriod = new Map<string, R[]>();
  for (const row of rows.filter(counts)) {
    const period = row.period?.trim() || "";
    byPeriod.set(period, [...(byPeriod.get(period) ?? []), row]);
  }
  for (const [period, inPeriod] of byPeriod) {
    if (inPeriod.some((r) => r.weight !== 0) || !inPeriod.every((r) => r.source.cells.weight)) continue;
    const during = period ? ` for period ${period}` : "";
    const n = inPeriod.length;
    problems.addColumn("warning", table, inPeriod[0].source.sheet, "Weight", cellsA1(inPeriod.map((r) => r.source.cells.weight)),
      `every weight is 0${during} (${n} ${what}${n === 1 ? "" : "s"}), so the ${index} cannot be computed and is not assessed; give at least one a weight above 0 (a blank weight counts as 1)`);
  }
}
