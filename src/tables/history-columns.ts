/**
 * The columns of the review-history tables (issue 11 §1), shared by the reader (read-history.ts) and the sheet that
 * writes them (review/sheets/history.ts), so what one review writes the next one reads. Headers are matched
 * case-insensitively, letters and digits only ("Risk index" = "RISK_INDEX").
 */
import type { HistoryItem, HistoryRow } from "./types";

/** Excel table names on the "IMM History" sheet. */
export const HISTORY_TABLE = "IMM_History";
export const HISTORY_ITEMS_TABLE = "IMM_HistoryItems";

export type HistoryField = keyof HistoryRow;
export type HistoryItemField = keyof HistoryItem;

/** How a history cell is read: a date, a number, a text, an RAG word, or Yes/No. */
export type HistoryKind = "date" | "number" | "text" | "status" | "flag";

export interface HistoryColumn<F extends string> {
  field: F;
  header: string;
  kind: HistoryKind;
}

const c = <F extends string>(field: F, header: string, kind: HistoryKind): HistoryColumn<F> => ({ field, header, kind });

/** IMM_History, one row per review, in this column order. */
export const HISTORY_COLUMNS: readonly HistoryColumn<HistoryField>[] = [
  c("reviewDate", "Review date", "date"),
  c("period", "Period", "text"),
  c("partnership", "Partnership index", "number"),
  c("partnershipStatus", "Partnership status", "status"),
  c("risk", "Risk index", "number"),
  c("riskStatus", "Risk status", "status"),
  c("performance", "Performance index", "number"),
  c("performanceStatus", "Performance status", "status"),
  c("integrated", "Integrated index", "number"),
  c("integratedStatus", "Integrated status", "status"),
  c("p50", "Threat cost P50", "number"),
  c("p90", "Threat cost P90", "number"),
  c("deductionsPeriod", "Deductions in period", "number"),
  c("deductionsYtd", "Deductions year to date", "number"),
  c("openThreats", "Open threats", "number"),
  c("highRisks", "High or extreme risks", "number"),
  c("overdueActions", "Overdue actions", "number"),
];

/** IMM_HistoryItems, one row per item per review. */
export const HISTORY_ITEM_COLUMNS: readonly HistoryColumn<HistoryItemField>[] = [
  c("reviewDate", "Review date", "date"),
  c("kind", "Kind", "text"),
  c("item", "Item", "text"),
  c("score", "Score", "number"),
  c("rating", "Rating", "text"),
  c("status", "Status", "text"),
  c("met", "Met", "flag"),
  c("mean", "Mean rating", "number"),
  c("gap", "Gap", "number"),
];

/** The item kinds as written in the Kind column. */
export const ITEM_KIND_WORDS: Readonly<Record<HistoryItem["kind"], string>> = { risk: "Risk", kpi: "KPI", factor: "Factor" };
