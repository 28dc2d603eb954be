/**
 * Review history (issue 11 §1–2): the row and item snapshot a review records in IMM_History / IMM_HistoryItems,
 * merging it into the history read from the workbook, and what changed since the previous review. Pure functions.
 *
 * Rules (for the release note):
 * - One row per review date. A rerun with the same date replaces that date's row and items; an earlier date is
 *   inserted in date order. A review without a review date is not recorded (it cannot be placed in time).
 * - The previous review is the latest recorded one dated before this review (so a rerun compares with the one
 *   before it, not with itself).
 * - Reporting period: the contract's Period, else the latest period of the KPIs, else of the partnership ratings.
 * - Deductions: in the period = the latest KPI period's applied deduction; year to date = the capped total applied
 *   over the periods of the KPI table (the review year).
 * - High or extreme risks: open threats whose residual rating is High or Extreme.
 * - Items: every risk (residual score, rating, status); each KPI's result in its latest scored period (score, met);
 *   each factor's latest rated period (mean, gap).
 * - Index deltas are between the indices as shown (one decimal), so they add up with what the reader sees.
 * - Changes: a new risk is open now and was not open before (absent, closed or realised); a closed risk was open
 *   before and is not open now (closed, realised or removed). A rating moved when a risk open at both reviews has a
 *   different residual rating. A KPI is newly failing when it missed its target now and met it before, recovered
 *   the other way round. A factor's mean fell when it is lower now; its gap opened when it is ≥ 1 now and was under 1
 *   (or not rated) before.
 */
import type { HistoryItem, HistoryRow, HistoryStatus, ReviewHistoryInput } from "../../tables/types";
import { roundIndex } from "../kit/rag";
import type { Assessment, PillarKey, Rating } from "./assessment";

/** The four recorded indices. */
export type IndexKey = PillarKey | "integrated";
export const INDEX_KEYS: readonly IndexKey[] = ["partnership", "risk", "performance", "integrated"];

const RATING_RANK: Readonly<Record<string, number>> = { low: 1, medium: 2, high: 3, extreme: 4 };

/** The reporting period of a review: contract Period, else the latest KPI period, else the latest partnership period. */
export function reportingPeriod(a: Assessment): string | null {
  return a.contract?.period?.trim() || a.performance?.latest?.period || a.partnership?.periods.at(-1) || null;
}

/** The IMM_History row of a review; null without a review date. */
export function historyRowOf(a: Assessment): HistoryRow | null {
  if (a.reviewDate === null) return null;
  const p = Object.fromEntries(a.integrated.pillars.map((x) => [x.key, x]));
  const r = a.risk;
  const k = a.performance;
  const open = r ? r.risks.filter((x) => x.status === "open" && x.type === "threat") : [];
  return {
    reviewDate: a.reviewDate,
    period: reportingPeriod(a),
    partnership: p.partnership?.index ?? null, partnershipStatus: (p.partnership?.status ?? null) as HistoryStatus | null,
    risk: p.risk?.index ?? null, riskStatus: (p.risk?.status ?? null) as HistoryStatus | null,
    performance: p.performance?.index ?? null, performanceStatus: (p.performance?.status ?? null) as HistoryStatus | null,
    integrated: a.integrated.index, integratedStatus: a.integrated.status,
    p50: r?.overall.p50 ?? null, p90: r?.overall.p90 ?? null,
    deductionsPeriod: k?.latest?.applied ?? null, deductionsYtd: k?.totals.applied ?? null,
    openThreats: r ? r.openThreatCount : null,
    highRisks: r ? open.filter((x) => x.residualRating === "High" || x.residualRating === "Extreme").length : null,
    overdueActions: a.reviewDate === null ? null : a.integrated.overdue.length,
  };
}

const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
/** A history item with every field in one order (one object shape for tens of thousands of items; no spreading). */
function historyItem(reviewDate: number, kind: HistoryItem["kind"], item: string, v: Partial<Pick<HistoryItem, "score" | "rating" | "status" | "met" | "mean" | "gap">>): HistoryItem {
  return { score: v.score ?? null, rating: v.rating ?? null, status: v.status ?? null, met: v.met ?? null, mean: v.mean ?? null, gap: v.gap ?? null, reviewDate, kind, item };
}

/** The item snapshot of a review (risks, KPIs, factors); empty without a review date. */
export function historyItemsOf(a: Assessment): HistoryItem[] {
  const d = a.reviewDate;
  if (d === null) return [];
  const out: HistoryItem[] = [];
  for (const x of a.risk?.risks ?? []) {
    out.push(historyItem(d, "risk", x.id, { score: x.residualScore, rating: x.residualRating, status: cap(x.status) }));
  }
  const latestKpi = new Map<string, { score: number | null; met: boolean | null }>();
  const order = a.performance?.periods ?? [];
  const results = [...(a.performance?.kpis ?? [])].sort((x, y) => order.indexOf(x.period) - order.indexOf(y.period));
  for (const x of results) if (x.score !== null || !latestKpi.has(x.row.kpi)) latestKpi.set(x.row.kpi, { score: x.score, met: x.met });
  for (const [kpi, v] of latestKpi) out.push(historyItem(d, "kpi", kpi, { score: v.score, met: v.met }));
  for (const f of a.partnership?.factors ?? []) {
    out.push(historyItem(d, "factor", f.factor, { mean: f.latest?.mean ?? null, gap: f.latest?.gap ?? null }));
  }
  return out;
}

/**
 * The history with this review's row and items in place: same date replaced, otherwise inserted in date order.
 * Items whose review has no row any more are dropped.
 */
export function mergeHistory(history: ReviewHistoryInput, row: HistoryRow | null, items: HistoryItem[]): ReviewHistoryInput {
  // Items of a review whose row the user deleted go with it (deleting a row deletes that review's history).
  const dates = new Set(history.rows.map((r) => r.reviewDate));
  const live = history.items.filter((i) => dates.has(i.reviewDate));
  if (row === null) return { rows: history.rows, items: live };
  const rows = [...history.rows.filter((r) => r.reviewDate !== row.reviewDate), row].sort((x, y) => x.reviewDate - y.reviewDate);
  const kept = live.filter((i) => i.reviewDate !== row.reviewDate);
  const at = rows.indexOf(row);
  const before = new Set(rows.slice(0, at).map((r) => r.reviewDate));
  // Items stay grouped by review in date order: earlier reviews' items, this one's, then later ones'.
  return { rows, items: [...kept.filter((i) => before.has(i.reviewDate)), ...items, ...kept.filter((i) => !before.has(i.reviewDate))] };
}

/** A risk whose residual rating moved between two reviews. */
export interface RatingMove { id: string; from: string; to: string }
/** A factor whose mean fell, or whose gap opened. */
export interface FactorMove { factor: string; from: number | null; to: number }

/** What changed since the previous review. */
export interface Changes {
  /** The previous review's row. */
  since: HistoryRow;
  /** Current − previous index; null when either is not assessed. */
  deltas: Record<IndexKey, number | null>;
  newRisks: string[];
  closedRisks: string[];
  ratingUp: RatingMove[];
  ratingDown: RatingMove[];
  kpisFailing: string[];
  kpisRecovered: string[];
  factorsFell: FactorMove[];
  gapsOpened: FactorMove[];
}

function byItem(items: readonly HistoryItem[], date: number, kind: HistoryItem["kind"]): Map<string, HistoryItem> {
  return new Map(items.filter((i) => i.reviewDate === date && i.kind === kind).map((i) => [i.item, i]));
}

const isOpen = (i: HistoryItem | undefined): boolean => (i?.status ?? "").toLowerCase() === "open";
/** Change of an index as the reader sees it: between the values shown (one decimal), so 71.4 → 94.0 is +22.6. */
const diff = (a: number | null, b: number | null): number | null =>
  (a === null || b === null ? null : Math.round((roundIndex(a) - roundIndex(b)) * 10) / 10);

/** What changed between the previous review (row and items) and this one. */
export function changesSince(prev: HistoryRow, prevItems: readonly HistoryItem[], cur: HistoryRow, curItems: readonly HistoryItem[]): Changes {
  const before = (k: HistoryItem["kind"]) => byItem(prevItems, prev.reviewDate, k);
  const now = (k: HistoryItem["kind"]) => byItem(curItems, cur.reviewDate, k);
  const [r0, r1] = [before("risk"), now("risk")];
  const newRisks = [...r1.values()].filter((i) => isOpen(i) && !isOpen(r0.get(i.item))).map((i) => i.item);
  const closedRisks = [...r0.values()].filter((i) => isOpen(i) && !isOpen(r1.get(i.item))).map((i) => i.item);
  const ratingUp: RatingMove[] = [];
  const ratingDown: RatingMove[] = [];
  for (const i of r1.values()) {
    const p = r0.get(i.item);
    if (!isOpen(i) || !isOpen(p) || !p?.rating || !i.rating) continue;
    const d = (RATING_RANK[i.rating.toLowerCase()] ?? 0) - (RATING_RANK[p.rating.toLowerCase()] ?? 0);
    if (d > 0) ratingUp.push({ id: i.item, from: p.rating, to: i.rating });
    if (d < 0) ratingDown.push({ id: i.item, from: p.rating, to: i.rating });
  }
  const [k0, k1] = [before("kpi"), now("kpi")];
  const kpisFailing = [...k1.values()].filter((i) => i.met === false && k0.get(i.item)?.met === true).map((i) => i.item);
  const kpisRecovered = [...k1.values()].filter((i) => i.met === true && k0.get(i.item)?.met === false).map((i) => i.item);
  const [f0, f1] = [before("factor"), now("factor")];
  const factorsFell: FactorMove[] = [];
  const gapsOpened: FactorMove[] = [];
  for (const i of f1.values()) {
    const p = f0.get(i.item);
    if (i.mean !== null && p?.mean != null && i.mean < p.mean) factorsFell.push({ factor: i.item, from: p.mean, to: i.mean });
    if (i.gap !== null && i.gap >= 1 && !(p?.gap != null && p.gap >= 1)) gapsOpened.push({ factor: i.item, from: p?.gap ?? null, to: i.gap });
  }
  return {
    since: prev,
    deltas: {
      partnership: diff(cur.partnership, prev.partnership), risk: diff(cur.risk, prev.risk),
      performance: diff(cur.performance, prev.performance), integrated: diff(cur.integrated, prev.integrated),
    },
    newRisks, closedRisks, ratingUp, ratingDown, kpisFailing, kpisRecovered, factorsFell, gapsOpened,
  };
}

/** The history a review shows and writes. */
export interface ReviewHistory {
  /** Every recorded review with this one in place, in date order. */
  rows: HistoryRow[];
  items: HistoryItem[];
  /** This review's row; null without a review date (then it is not recorded). */
  current: HistoryRow | null;
  /** The latest review dated before this one, or null. */
  previous: HistoryRow | null;
  /** Changes since the previous review; null when there is none. */
  changes: Changes | null;
}

/** The history of a review: the workbook's history (read as input) merged with this review, and the changes. */
export function reviewHistory(input: ReviewHistoryInput | undefined, a: Assessment): ReviewHistory {
  const prior = input ?? { rows: [], items: [] };
  const current = historyRowOf(a);
  const items = historyItemsOf(a);
  const merged = mergeHistory(prior, current, items);
  const previous = current === null ? prior.rows.at(-1) ?? null
    : [...merged.rows].reverse().find((r) => r.reviewDate < current.reviewDate) ?? null;
  const changes = current && previous ? changesSince(previous, prior.items, current, items) : null;
  return { ...merged, current, previous, changes };
}

/** "Low" … "Extreme" rank for sorting (unknown 0). */
export function ratingRank(r: Rating | string | null): number {
  return r ? RATING_RANK[r.toLowerCase()] ?? 0 : 0;
}
