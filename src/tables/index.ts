/**
 * Table reading (IMM-SPEC §1): a WorkbookSnapshot in, typed ModelInputs out, with every problem located.
 * Settings are read first (the rating scales and effectiveness words come from them).
 */
import { findTables, tableSource } from "./find";
import { problemSink } from "./problems";
import { readActions } from "./read-actions";
import { readContract } from "./read-contract";
import { readKpis } from "./read-kpis";
import { readHistory } from "./read-history";
import { readPartnership } from "./read-partnership";
import { readRisks } from "./read-risks";
import { readSettings } from "./read-settings";
import type { ModelInputs, WorkbookSnapshot } from "./types";

/** Finds and reads every IMM table of a workbook snapshot; a table not found is null (its pillar not assessed). */
export function readModel(snapshot: WorkbookSnapshot): ModelInputs {
  const problems = problemSink();
  const found = findTables(snapshot);
  const settings = readSettings(found.IMM_Settings, problems);
  const contract = found.IMM_Contract ? readContract(found.IMM_Contract, problems) : null;
  const risks = found.IMM_Risks ? readRisks(found.IMM_Risks, settings, problems) : null;
  const partnership = found.IMM_Partnership ? readPartnership(found.IMM_Partnership, problems) : null;
  const kpis = found.IMM_KPIs ? readKpis(found.IMM_KPIs, problems) : null;
  const actions = found.IMM_Actions ? readActions(found.IMM_Actions, problems) : null;
  const tables = [found.IMM_Settings, found.IMM_Contract, found.IMM_Risks, found.IMM_Partnership, found.IMM_KPIs,
    found.IMM_Actions];
  const read = [true, contract !== null, risks !== null, partnership !== null, kpis !== null, actions !== null];
  const sources = tables.flatMap((t, i) => (t && read[i] ? [tableSource(t)] : []));
  const unread = tables.flatMap((t, i) => (t && !read[i] ? [tableSource(t)] : []));
  const history = readHistory(snapshot.tables, problems);
  return {
    risks, partnership, kpis, contract, actions, settings, history,
    problems: problems.list, sources, unread, workbook: snapshot.source ?? "Excel workbook",
    ...(snapshot.paymentFormat ? { paymentFormat: snapshot.paymentFormat } : {}),
    ...(snapshot.locale ? { locale: snapshot.locale } : {}),
  };
}

export type { Coerced } from "./coerce";
export {
  coerceAllocation, coerceConsequence, coerceDate, coerceDirection, coerceDiscipline, coerceEffectiveness,
  coerceFlag, coerceLikelihood, coerceNonNegative, coerceNumber, coercePercent, coercePeriod, coerceProbability, coerceRating,
  coerceRiskStatus, coerceRiskType, coerceText, isExcelError, toAmount,
} from "./coerce";
export { parseDateString, serialFromYmd, ymdFromSerial } from "./dates";
export { dataCell, findTables, isHistoryTableName, normalizeName, tableForName, tableSource, TABLE_IDS } from "./find";
export type { FoundTable, FoundTables } from "./find";
export { headerText, mapHeaders, matchHeader, normalizeHeader } from "./headers";
export type { HeaderMap } from "./headers";
export { kvEntries } from "./kv";
export { paymentCell } from "./payment-cell";
export type { KvEntry } from "./kv";
export { cellA1, locatedMessage, problemSink, rangeA1, sheetRef } from "./problems";
export type { ProblemSink } from "./problems";
export { readActions } from "./read-actions";
export { readHistory } from "./read-history";
export {
  HISTORY_COLUMNS, HISTORY_ITEM_COLUMNS, HISTORY_ITEMS_TABLE, HISTORY_TABLE, ITEM_KIND_WORDS,
} from "./history-columns";
export type { HistoryColumn, HistoryKind } from "./history-columns";
export { readContract } from "./read-contract";
export { readKpis } from "./read-kpis";
export { readPartnership } from "./read-partnership";
export { readRisks } from "./read-risks";
export { readSettings } from "./read-settings";
export { readRowTable } from "./rows";
export type { RowContext } from "./rows";
export {
  formatSetting, parseSettingValue, settingField, SETTINGS_FIELDS, SETTINGS_KEY_SPECS, writeSettingsEntries,
} from "./settings-fields";
export type { SettingField, SettingKind } from "./settings-fields";
export {
  ACTION_COLUMNS, CONTRACT_KEYS, KPI_COLUMNS, KV_COLUMNS, PARTNERSHIP_COLUMNS, RISK_COLUMNS, TABLE_COLUMNS, TABLE_NAMES,
} from "./synonyms";
export type { ColumnSpec, KvTableId, RowTableId, TableId } from "./synonyms";
export * from "./types";
