/**
 * The IMM History sheet (issue 11 §1): the review record. IMM_History holds one row per review; IMM_HistoryItems
 * the item snapshot each review is compared against. Both are rewritten by every review as the history read from
 * the workbook plus this review (same date replaced, earlier dates inserted in order), so a rerun never loses it.
 * A user may delete rows (that deletes that history). Column headers come from tables/history-columns.ts, which the
 * reader uses too.
 */
import { HISTORY_COLUMNS, HISTORY_ITEM_COLUMNS, HISTORY_ITEMS_TABLE, HISTORY_TABLE, ITEM_KIND_WORDS, type HistoryColumn } from "../../tables/history-columns";
import type { HistoryItem, HistoryRow } from "../../tables/types";
import type { Assessment } from "../assess/assessment";
import { reviewHistory } from "../assess/history";
import { finishSheet, heading, newSheet, title, writeNote, writeTable, type CellContent } from "../kit/layout";
import type { SheetPlan } from "../kit/plan";
import { FMT } from "../kit/styles";
import { fmtDate, stampText } from "../kit/text";
import type { ReviewContext } from "./context";

const FORMATS: Readonly<Record<HistoryColumn<string>["kind"], string | undefined>> = {
  date: FMT.date, number: undefined, text: undefined, status: undefined, flag: undefined,
};

/** Index columns one decimal, money whole, counts whole. */
function formatOf(field: string, kind: HistoryColumn<string>["kind"], money: string): string | undefined {
  if (kind !== "number") return FORMATS[kind];
  if (/^(p50|p90|deductions)/.test(field)) return money;
  if (/^(openThreats|highRisks|overdueActions)$/.test(field)) return FMT.int;
  return FMT.one;
}

function cells<T extends object>(columns: readonly HistoryColumn<string>[], rec: T): CellContent[] {
  return columns.map((c) => {
    const v = (rec as Record<string, unknown>)[c.field];
    if (c.field === "kind") return ITEM_KIND_WORDS[v as HistoryItem["kind"]];
    if (typeof v === "boolean") return v ? "Yes" : "No";
    return (v ?? null) as CellContent;
  });
}

/** Builds the IMM History sheet plan (history from the context, else from the assessment alone). */
export function historySheet(a: Assessment, ctx: ReviewContext): SheetPlan {
  const h = ctx.history ?? reviewHistory(undefined, a);
  const s = newSheet("history", ctx.names.history, "#7F7F7F");
  title(s, `IMM History — ${a.project}`, stampText(a.reviewDate, a.workbook, a.sources));
  writeNote(s, h.current
    ? `One row per review. This review (${fmtDate(h.current.reviewDate)}) is recorded; a rerun on the same date replaces its row. Rows you delete are gone from the history.`
    : "This review has no review date, so it is not recorded (set Review date in IMM_Contract). Earlier reviews are kept.");
  s.row += 1;
  heading(s, "Reviews", 8);
  writeTable(s, {
    name: HISTORY_TABLE, headers: HISTORY_COLUMNS.map((c) => c.header),
    rows: h.rows.map((r: HistoryRow) => cells(HISTORY_COLUMNS, r)),
    formats: HISTORY_COLUMNS.map((c) => formatOf(c.field, c.kind, a.money.format)), empty: "No review recorded yet",
  });
  heading(s, "Item snapshots (compared by the next review)", 8);
  writeTable(s, {
    name: HISTORY_ITEMS_TABLE, headers: HISTORY_ITEM_COLUMNS.map((c) => c.header),
    rows: h.items.map((i) => cells(HISTORY_ITEM_COLUMNS, i)),
    formats: HISTORY_ITEM_COLUMNS.map((c) => (c.kind === "date" ? FMT.date : c.field === "score" || c.field === "mean" || c.field === "gap" ? FMT.two : undefined)),
    empty: "No items recorded yet",
  });
  s.fixed.set(0, 14);
  s.fixed.set(1, 12); // Period / Kind
  s.plan.freeze = undefined;
  return finishSheet(s);
}
