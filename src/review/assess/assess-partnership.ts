/**
 * Partnership pillar of the assessment. Periods are put in chronological order by orderPeriods (first-appearance
 * order when a label cannot be read as a date, quarter, month or year; a blank period is "Current"); a factor is matched across periods by name (case- and spacing-insensitive). Per factor
 * and period: public, private, their mean and gap |public − private|; a gap ≥ settings.gapAlert (compared at the engine's
 * edge precision, so |4.1 − 3.1| = 0.9999999999999996 is a gap of 1) is flagged.
 * The index of a period is PARTNERSHIPINDEX over (public, private) of every factor rated in it; the pillar index
 * is the latest (newest) assessed period's; the previous period is the one just before it. Weakest factors: lowest latest mean.
 */
import { atOrAbove, partnershipIndex, perceptionGap } from "../../imm";
import type { ImmSettings } from "../../imm/defaults";
import type { PartnershipRow } from "../../tables/types";
import type { FactorPeriod, FactorResult, PartnershipAssessment } from "./assessment";
import { orderPeriods } from "./periods";

/** Partnership rating scale top (IMM-SPEC §1: 1–5). */
export const PARTNERSHIP_SCALE = 5;

const norm = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, " ");

/** Runs an engine aggregate, mapping "nothing to compute" (and any rejection) to null. */
export function orNull<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}

function mean(a: number | null, b: number | null): number | null {
  if (a !== null && b !== null) return (a + b) / 2;
  return a ?? b;
}

/** Assesses partnership factors over periods; null when the table is missing or has no rating at all. */
export function assessPartnership(rows: PartnershipRow[] | null, settings: ImmSettings): PartnershipAssessment | null {
  if (rows === null) return null;
  const seen: string[] = [];
  const factorOrder: string[] = [];
  const byFactor = new Map<string, { name: string; dimension?: string; cells: Map<string, PartnershipRow> }>();
  for (const row of rows) {
    const period = row.period?.trim() || "Current";
    if (!seen.includes(period)) seen.push(period);
    const key = norm(row.factor);
    let f = byFactor.get(key);
    if (!f) {
      f = { name: row.factor.trim(), dimension: row.dimension, cells: new Map() };
      byFactor.set(key, f);
      factorOrder.push(key);
    }
    if (!f.cells.has(period)) f.cells.set(period, row);
  }
  const periods = orderPeriods(seen);
  const cellOf = (row: PartnershipRow | undefined, period: string): FactorPeriod | null => {
    if (!row) return null;
    const gap = row.publicRating !== null && row.privateRating !== null ? Math.abs(row.publicRating - row.privateRating) : null;
    return {
      period, publicRating: row.publicRating, privateRating: row.privateRating,
      mean: mean(row.publicRating, row.privateRating), gap, gapAlert: gap !== null && atOrAbove(gap, settings.gapAlert),
      weight: row.weight, row,
    };
  };
  const byPeriod = periods.map((period) => {
    const rated = factorOrder.map((k) => byFactor.get(k)?.cells.get(period)).filter((r): r is PartnershipRow => !!r);
    const ratings = rated.map((r) => [r.publicRating, r.privateRating]);
    const weights = rated.map((r) => r.weight);
    return {
      period,
      index: orNull(() => partnershipIndex(ratings, weights, PARTNERSHIP_SCALE)),
      gap: orNull(() => perceptionGap(rated.map((r) => r.publicRating), rated.map((r) => r.privateRating), weights)),
      rated: rated.filter((r) => r.publicRating !== null || r.privateRating !== null).length,
    };
  });
  const assessed = byPeriod.filter((p) => p.index !== null);
  if (assessed.length === 0) return null;
  const latestPeriod = assessed[assessed.length - 1].period;
  const li = periods.indexOf(latestPeriod);
  const prevPeriod = li > 0 ? periods[li - 1] : null;
  const factors: FactorResult[] = factorOrder.map((k) => {
    const f = byFactor.get(k)!;
    const cells = periods.map((p) => cellOf(f.cells.get(p), p));
    const latest = cells[li];
    const prev = prevPeriod !== null ? cells[li - 1] : null;
    const change = latest?.mean != null && prev?.mean != null ? latest.mean - prev.mean : null;
    const score = latest && latest.mean !== null
      ? orNull(() => partnershipIndex([[latest.publicRating, latest.privateRating]], [1], PARTNERSHIP_SCALE)) : null;
    return { factor: f.name, dimension: f.dimension, periods: cells, latest, change, score };
  });
  const latestIdx = byPeriod[li].index;
  const prevIdx = li > 0 ? byPeriod[li - 1].index : null;
  const withMean = factors.filter((f) => f.latest?.mean != null);
  return {
    periods, factors, byPeriod,
    index: latestIdx, previousIndex: prevIdx,
    change: latestIdx !== null && prevIdx !== null ? latestIdx - prevIdx : null,
    gapAlerts: factors.filter((f) => f.latest?.gapAlert),
    weakest: [...withMean].sort((a, b) => (a.latest!.mean as number) - (b.latest!.mean as number) || a.factor.localeCompare(b.factor)).slice(0, 3),
    scaleMax: PARTNERSHIP_SCALE,
  };
}
