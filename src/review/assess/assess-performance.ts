/**
 * Performance pillar of the assessment. Rules (documented for the review sheets):
 * - Periods in chronological order (orderPeriods; first-appearance order when a label is not a date, quarter, month
 *   or year; blank → "Current"); the latest period is the newest one with a scored KPI. A KPI with a blank Actual is not scored.
 * - Failure: actual at or beyond the Threshold (the failure level: ≤ for higher-is-better, ≥ for lower);
 *   without a threshold, actual short of the target.
 * - Points are the Failure points recorded on the row. Per period: DEDUCTION(points, point value, point threshold)
 *   on all points = calculated; on points not waived = applied; waived = calculated − applied (shared among waived
 *   rows by points). No cap per period.
 * - The Deduction cap (cap % × annual service payment) is an ANNUAL cap: it limits the total applied over the
 *   periods in the table, which are taken as the review year (not pro-rated when they cover more or less than a
 *   year). totals.applied = min(Σ applied, cap); totals.capRemoved = the amount the cap removed (0 when under it).
 * - Index per period: PERFORMANCEINDEX of the scored KPIs; the pillar index is the latest scored period's.
 */
import { deduction, kpiScore, performanceIndex, trend, trendLabel } from "../../imm";
import type { ContractInfo, KpiRow, Problem } from "../../tables/types";
import type { KpiResult, PerformanceAssessment, PeriodPerformance } from "./assessment";
import { orNull } from "./assess-partnership";
import { orderPeriods } from "./periods";
import { sheetRef } from "../../tables/problems";

/** Scores one KPI row: score, attainment, met/failed, points. */
export function scoreKpi(row: KpiRow, period: string): KpiResult {
  const { actual, target, direction, threshold } = row;
  const points = row.failurePoints ?? 0;
  if (actual === null) {
    return { row, period, score: null, attainment: null, met: null, failed: null, points, deductionShare: 0 };
  }
  const score = kpiScore(actual, target, direction, threshold);
  const higher = direction === "higher";
  const ratio = higher ? (target !== 0 ? actual / target : null) : (actual !== 0 ? target / actual : null);
  const met = higher ? actual >= target : actual <= target;
  const failed = threshold !== undefined ? (higher ? actual <= threshold : actual >= threshold) : !met;
  return { row, period, score, attainment: ratio, met, failed, points, deductionShare: 0 };
}

/** Assesses KPIs over periods with the contract's deduction regime; null when the table is missing or nothing is scored. */
export function assessPerformance(rows: KpiRow[] | null, contract: ContractInfo | null, problems: Problem[] = []): PerformanceAssessment | null {
  if (rows === null) return null;
  const seen: string[] = [];
  const kpis = rows.map((row) => {
    const period = row.period?.trim() || "Current";
    if (!seen.includes(period)) seen.push(period);
    try {
      return scoreKpi(row, period);
    } catch (e) {
      problems.push({
        severity: "warning", table: "IMM_KPIs", sheet: row.source.sheet, address: `A${row.source.row}`,
        message: `${sheetRef(row.source.sheet)}!A${row.source.row}: KPI "${row.kpi}" not scored: ${(e as Error).message}`,
      });
      return { ...scoreKpi({ ...row, actual: null }, period), row };
    }
  });
  const periods = orderPeriods(seen);
  const annualPayment = contract?.annualServicePayment ?? null;
  const pointValue = contract?.pointValue ?? null;
  const pointThreshold = contract?.pointThreshold ?? 0;
  const cap = contract?.deductionCapPct !== undefined && annualPayment !== null ? contract.deductionCapPct * annualPayment : null;
  const deduct = (points: number): number | null =>
    pointValue === null ? null : deduction(points, pointValue, pointThreshold);

  const byPeriod: PeriodPerformance[] = periods.map((period) => {
    const inPeriod = kpis.filter((k) => k.period === period);
    const scored = inPeriod.filter((k) => k.score !== null);
    const failures = scored.filter((k) => k.failed).length;
    const missed = scored.filter((k) => !k.met).length;
    const points = inPeriod.reduce((s, k) => s + k.points, 0);
    const waivedPoints = inPeriod.filter((k) => k.row.waived).reduce((s, k) => s + k.points, 0);
    const calculated = deduct(points);
    const applied = deduct(points - waivedPoints);
    const waived = calculated !== null && applied !== null ? calculated - applied : null;
    for (const k of inPeriod) {
      if (calculated !== null && points > 0) k.deductionShare = (calculated * k.points) / points;
    }
    const index = scored.length === 0 ? null : orNull(() => performanceIndex(scored.map((k) => ({
      actual: k.row.actual as number, target: k.row.target, direction: k.row.direction,
      threshold: k.row.threshold, weight: k.row.weight,
    }))));
    return {
      period, index, scored: scored.length, failures,
      failureRate: scored.length > 0 ? failures / scored.length : null,
      missed, missRate: scored.length > 0 ? missed / scored.length : null,
      points, waivedPoints, calculated, applied, waived,
    };
  });
  const assessed = byPeriod.filter((p) => p.index !== null);
  if (assessed.length === 0) return null;
  const latest = assessed[assessed.length - 1];
  const sumOrNull = (f: (p: PeriodPerformance) => number | null): number | null =>
    pointValue === null ? null : byPeriod.reduce((s, p) => s + (f(p) ?? 0), 0);
  const appliedBeforeCap = sumOrNull((p) => p.applied);
  const applied = appliedBeforeCap !== null && cap !== null ? Math.min(appliedBeforeCap, cap) : appliedBeforeCap;
  const rates = byPeriod.map((p) => p.failureRate);
  const indices = byPeriod.map((p) => p.index);
  return {
    periods, kpis, byPeriod, latest, index: latest.index,
    indexTrend: assessed.length >= 2 ? orNull(() => trendLabel(indices, "higher")) : null,
    failureRateSlope: assessed.length >= 2 ? orNull(() => trend(rates)) : null,
    failureRateTrend: assessed.length >= 2 ? orNull(() => trendLabel(rates, "lower")) : null,
    totals: {
      points: byPeriod.reduce((s, p) => s + p.points, 0),
      calculated: sumOrNull((p) => p.calculated),
      waived: sumOrNull((p) => p.waived),
      appliedBeforeCap,
      capRemoved: appliedBeforeCap !== null && applied !== null ? appliedBeforeCap - applied : null,
      applied,
      pctOfPayment: applied !== null && annualPayment ? applied / annualPayment : null,
    },
    waivedItems: kpis.filter((k) => k.row.waived),
    failing: kpis.filter((k) => k.period === latest.period && k.failed).sort((a, b) => (a.score ?? 0) - (b.score ?? 0)),
    pointValue, pointThreshold, cap, annualPayment,
  };
}
