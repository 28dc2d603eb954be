/** Why a pillar is not assessed: its table was not found, was found but could not be read, or was read but gives no index. */
import type { TableSource } from "../../tables/types";
import { sourceText } from "./text";

/**
 * "IMM_KPIs (Performance!A1:F9) was read, but no KPI has a measured actual with a weight above 0; see the
 * problems listed for that table." when the table is among the sources; undefined when it was not found.
 */
export function readButUnscored(sources: readonly TableSource[], table: TableSource["table"], why: string): string | undefined {
  const s = sources.find((x) => x.table === table);
  return s ? `${sourceText(s)} was read, but ${why}; see the problems listed for that table.` : undefined;
}

/**
 * The not-assessed reason of a pillar, most specific first: the table was found but could not be read (a required
 * column missing: "IMM_Risks (Register!A1:E3) was found but could not be read: …"), or read but unscored (`why`),
 * else `notFound`.
 */
export function notAssessedReason(
  a: { sources: readonly TableSource[]; unread: readonly TableSource[] }, table: TableSource["table"], why: string, notFound: string,
): string {
  const unread = a.unread.find((x) => x.table === table);
  if (unread) return `${sourceText(unread)} was found but could not be read: a required column is missing; see the problems listed for that table.`;
  return readButUnscored(a.sources, table, why) ?? notFound;
}
