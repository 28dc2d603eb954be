/** Why a pillar is not assessed when its input table WAS found (as opposed to "no table was found"). */
import type { TableSource } from "../tables/types";
import { sourceText } from "./text";

/**
 * "IMM_KPIs (Performance!A1:F9) was read, but no KPI has a measured actual with a weight above 0; see the
 * problems listed for that table." when the table is among the sources; undefined when it was not found.
 */
export function readButUnscored(sources: readonly TableSource[], table: TableSource["table"], why: string): string | undefined {
  const s = sources.find((x) => x.table === table);
  return s ? `${sourceText(s)} was read, but ${why}; see the problems listed for that table.` : undefined;
}
