/**
 * Reading the review history (issue 11 §1): the IMM_History and IMM_HistoryItems tables on the "IMM History" sheet,
 * which each review rewrites as the rows it read plus its own. Returns typed rows in date order for the review
 * (what changed since the previous review) and for anything else that reads history (e.g. a portfolio).
 *
 * Rules: a table is found by its Excel name only (it is written by the review, never typed by hand). A row whose
 * review date is blank or not a date is left out with a located warning (it cannot be placed in time); any other bad
 * cell is read as blank with a warning. Two rows of the same date: the later row wins (a warning names both).
 * A user who deletes rows deletes that history; that is allowed and not reported.
 */
import { isBlank } from "../imm/scales";
import { coerceDate, coerceFlag, coerceNumber, coerceText, isUncalculated } from "./coerce";
import { normalizeName } from "./find";
import { normalizeHeader } from "./headers";
import {
  HISTORY_COLUMNS, HISTORY_ITEM_COLUMNS, HISTORY_ITEMS_TABLE, HISTORY_TABLE, ITEM_KIND_WORDS, type HistoryColumn,
} from "./history-columns";
import { cellA1, type ProblemSink } from "./problems";
import type { HistoryItem, HistoryRow, RawCell, ReviewHistoryInput, TableSnapshot } from "./types";

const STATUSES = ["Green", "Amber", "Red"] as const;

function findByName(tables: readonly TableSnapshot[], name: string): TableSnapshot | undefined {
  return tables.find((t) => normalizeName(t.name) === normalizeName(name));
}

type Cell = string | number | boolean | null;

/** One cell by its column kind; undefined = bad (warned). */
function readCell(kind: HistoryColumn<string>["kind"], v: RawCell, label: string): { value: Cell } | { bad: string } {
  if (isBlank(v)) return { value: null };
  if (isUncalculated(v)) return { bad: `${label.toLowerCase()} is a formula with no calculated value` };
  switch (kind) {
    case "date": {
      const r = coerceDate(v, label.toLowerCase());
      return r.ok ? { value: r.value } : { bad: r.message };
    }
    case "number": {
      const r = coerceNumber(v, label.toLowerCase());
      return r.ok ? { value: r.value } : { bad: r.message };
    }
    case "flag": {
      const r = coerceFlag(v, label.toLowerCase());
      return r.ok ? { value: r.value } : { bad: r.message };
    }
    case "status": {
      const t = (coerceText(v) ?? "").trim().toLowerCase();
      const s = STATUSES.find((x) => x.toLowerCase() === t);
      return s ? { value: s } : { bad: `${label.toLowerCase()} "${String(v)}" is not Green, Amber or Red` };
    }
    default:
      return { value: coerceText(v) ?? null };
  }
}

/** Reads one table's rows as records of its columns; rows without a valid review date are left out. */
function readRows<F extends string>(
  t: TableSnapshot, columns: readonly HistoryColumn<F>[], problems: ProblemSink,
): Record<F, Cell>[] {
  const at = new Map(t.headers.map((h, j) => [normalizeHeader(h), j]));
  const missing = columns.filter((c) => !at.has(normalizeHeader(c.header)));
  if (missing.some((c) => c.field === "reviewDate")) {
    problems.add("warning", t.name, t.sheet, cellA1(t.row, t.col),
      `${t.name}: column "Review date" not found; the history is not read (the next review starts it again)`);
    return [];
  }
  const out: Record<F, Cell>[] = [];
  t.rows.forEach((row, i) => {
    if (row.every((v) => isBlank(v))) return;
    const rec = {} as Record<F, Cell>;
    let keep = true;
    for (const col of columns) {
      const j = at.get(normalizeHeader(col.header));
      if (j === undefined) { rec[col.field] = null; continue; }
      const r = readCell(col.kind, row[j] ?? null, col.header);
      const address = cellA1(t.row + 1 + i, t.col + j);
      if ("bad" in r) {
        if (col.field === "reviewDate") {
          problems.add("warning", t.name, t.sheet, address, `${r.bad}; this history row is left out`);
          keep = false;
          break;
        }
        problems.add("warning", t.name, t.sheet, address, `${r.bad}; read as blank`);
        rec[col.field] = null;
      } else rec[col.field] = r.value;
    }
    if (keep && rec["reviewDate" as F] === null) {
      problems.add("warning", t.name, t.sheet, cellA1(t.row + 1 + i, t.col + (at.get(normalizeHeader("Review date")) ?? 0)),
        "review date is blank; this history row is left out");
      keep = false;
    }
    if (keep) out.push(rec);
  });
  return out;
}

/** The history of the workbook: IMM_History rows (date order, one per date) and IMM_HistoryItems; empty when absent. */
export function readHistory(tables: readonly TableSnapshot[], problems: ProblemSink): ReviewHistoryInput {
  const t = findByName(tables, HISTORY_TABLE);
  const ti = findByName(tables, HISTORY_ITEMS_TABLE);
  const byDate = new Map<number, HistoryRow>();
  if (t) {
    for (const r of readRows(t, HISTORY_COLUMNS, problems) as unknown as HistoryRow[]) {
      if (byDate.has(r.reviewDate)) {
        problems.add("warning", t.name, t.sheet, "", `${t.name}: two rows for the same review date; the later one is kept`);
      }
      byDate.set(r.reviewDate, r);
    }
  }
  const items: HistoryItem[] = [];
  if (ti) {
    const kinds = new Map(Object.entries(ITEM_KIND_WORDS).map(([k, w]) => [w.toLowerCase(), k as HistoryItem["kind"]]));
    for (const r of readRows(ti, HISTORY_ITEM_COLUMNS, problems)) {
      const kind = kinds.get(String(r.kind ?? "").trim().toLowerCase());
      if (!kind || r.item === null) continue;
      items.push({ ...(r as unknown as HistoryItem), kind, item: String(r.item) });
    }
  }
  return { rows: [...byDate.values()].sort((a, b) => a.reviewDate - b.reviewDate), items };
}
