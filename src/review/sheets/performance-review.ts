/** The IMM Performance Review sheet: KPI attainment, failures, points, deductions, index and trend by period. */
import type { Assessment, KpiResult, PerformanceAssessment, PeriodPerformance } from "../assess/assessment";
import type { ReviewContext } from "./context";
import { sinceBlock } from "./parts/changes";
import { countCell, kpiScoreCell } from "./parts/explained-cells";
import { column, finishSheet, heading, keyFigures, minWidth, newSheet, writeNote, notAssessed, writeTable, title, explained, type CellContent, type Sheet } from "../kit/layout";
import type { SheetPlan } from "../kit/plan";
import { notAssessedReason } from "../kit/not-assessed";
import { COLORS, dataBar, FMT, indexIcons, indexRagFills, RAG_STYLE } from "../kit/styles";
import { cellRef, fmtMoney, fmtNum, fmtPct, stampText } from "../kit/text";
import { sheetRef } from "../../tables/problems";
import { trendWords } from "../../imm";

/** Result word of a KPI. */
export function kpiResultWord(k: KpiResult): string {
  if (k.score === null) return "Not measured";
  return k.failed ? "Failed" : k.met ? "Met" : "Short of target";
}

function contractIn(a: Assessment, key: string, label: string, value: string): string {
  const src = a.contract?.source[key];
  return src ? `${label} ${value} (${sheetRef(src.sheet)}!${src.address})` : `${label} ${value}`;
}

function deductionCell(a: Assessment, k: PerformanceAssessment, p: PeriodPerformance, which: "calculated" | "applied"): CellContent {
  const v = p[which];
  if (v === null || k.pointValue === null) return "—";
  const points = which === "calculated" ? p.points : p.points - p.waivedPoints;
  const inputs = [
    `${which === "calculated" ? "All points" : "Points not waived"} ${fmtNum(points)} in ${p.period}${which === "applied" ? ` (${fmtNum(p.points)} − waived ${fmtNum(p.waivedPoints)})` : ""}`,
    contractIn(a, "pointValue", "Performance point value", fmtMoney(k.pointValue, a.money)),
    contractIn(a, "pointThreshold", "Point threshold", fmtNum(k.pointThreshold)),
  ];
  if (k.cap !== null) inputs.push("No cap per period: the deduction cap is annual and applies to the total applied");
  return explained(v, `Deduction ${which}, ${p.period}`,
    `DEDUCTION(points, value, threshold) = max(0, ${fmtNum(points)} − ${fmtNum(k.pointThreshold)}) × ${fmtMoney(k.pointValue, a.money)} = ${fmtMoney(v, a.money)}`,
    inputs);
}

/** The annual cap in words with its inputs' cells. */
function capIn(a: Assessment, k: PerformanceAssessment): string {
  return contractIn(a, "deductionCapPct", "Annual deduction cap", `${fmtPct(a.contract?.deductionCapPct ?? 0, 1)} × annual service payment ${fmtMoney(k.annualPayment ?? 0, a.money)} = ${fmtMoney(k.cap ?? 0, a.money)}`);
}

function appliedTotalCell(a: Assessment, k: PerformanceAssessment): CellContent {
  const t = k.totals;
  if (t.applied === null || t.appliedBeforeCap === null) return "—";
  const sum = `Σ per-period DEDUCTION on points not waived = ${k.byPeriod.map((p) => fmtMoney(p.applied ?? 0, a.money)).join(" + ")} = ${fmtMoney(t.appliedBeforeCap, a.money)}`;
  if (k.cap === null) return explained(t.applied, "Deductions applied (all periods)", `${sum} (no annual cap in IMM_Contract)`);
  const capped = (t.capRemoved ?? 0) > 0;
  return explained(t.applied, "Deductions applied (all periods)",
    `min(${sum}, annual cap ${fmtMoney(k.cap, a.money)}) = ${fmtMoney(t.applied, a.money)}${capped ? ` — capped: ${fmtMoney(t.capRemoved ?? 0, a.money)} removed` : " (under the cap)"}`,
    [capIn(a, k), "The periods in the table are taken as the review year (the cap is not pro-rated)"]);
}

function indexCell(k: PerformanceAssessment, p: PeriodPerformance): CellContent {
  if (p.index === null) return null;
  const items = k.kpis.filter((x) => x.period === p.period && x.score !== null);
  const wsum = items.reduce((s, x) => s + x.row.weight, 0);
  return explained(p.index, `Performance index, ${p.period}`,
    `PERFORMANCEINDEX = Σ w × KPI score / Σ w over ${items.length} KPIs = ${fmtNum(items.reduce((s, x) => s + x.row.weight * (x.score as number), 0), 2)} / ${fmtNum(wsum)} = ${fmtNum(p.index, 1)}`,
    items.map((x) => `${x.row.kpi}: score ${fmtNum(x.score as number, 1)}, weight ${fmtNum(x.row.weight)} (${cellRef(x.row.source, "actual")})`));
}

/** "n of m" text keeping the count's explanation. */
function ofCell(count: CellContent, of: number): CellContent {
  if (count === null || typeof count !== "object" || !("v" in count) || !count.x) return count;
  return explained(`${String(count.v)} of ${of}`, count.x.label, `${count.x.formula}, of ${of} KPIs scored`, count.x.inputs);
}

/** The latest change and the long-run direction of the index ("up 22.6 since 2025-Q3; down over four periods", issue 11 §6). */
function indexTrendText(k: PerformanceAssessment): string {
  const scored = k.byPeriod.filter((p) => p.index !== null);
  return scored.length < 2 ? "Not enough periods" : trendWords(scored.map((p) => p.index), scored.map((p) => p.period));
}

function summary(s: Sheet, a: Assessment, k: PerformanceAssessment): void {
  heading(s, "Summary", 3);
  const l = k.latest!;
  const t = k.totals;
  const rows: [string, CellContent, string | undefined][] = [
    [`Performance index (${l.period})`, indexCell(k, l), FMT.one],
    ["Index trend", indexTrendText(k), undefined],
    [`KPIs short of target (${l.period})`, ofCell(periodCounts(k, l)[1], l.scored), undefined],
    [`KPI failures at or beyond threshold (${l.period})`, ofCell(periodCounts(k, l)[2], l.scored), undefined],
    ["Failure-rate trend", k.failureRateTrend ?? "Not enough periods", undefined],
    ["Performance points (all periods)", explained(t.points, "Performance points (all periods)",
      `Σ failure points by period = ${k.byPeriod.map((p) => fmtNum(p.points)).join(" + ")} = ${fmtNum(t.points)}`,
      k.byPeriod.map((p) => `${p.period}: ${fmtNum(p.points)} points`)), FMT.int],
    ["Deductions calculated", t.calculated === null ? "No point value" : explained(t.calculated, "Deductions calculated (all periods)",
      `Σ per-period DEDUCTION on all points = ${k.byPeriod.map((p) => fmtMoney(p.calculated ?? 0, a.money)).join(" + ")} = ${fmtMoney(t.calculated, a.money)}`), a.money.format],
    ["Deductions waived", t.waived === null ? "—" : explained(t.waived, "Deductions waived (all periods)",
      `Σ per-period (calculated − applied) = ${k.byPeriod.map((p) => fmtMoney(p.waived ?? 0, a.money)).join(" + ")} = ${fmtMoney(t.waived, a.money)}`,
      k.waivedItems.map((w) => `${w.row.kpi} (${w.period}): ${w.points} points (${cellRef(w.row.source, "waived")}); reason: ${w.row.waiverReason?.trim() || "none given"}`)), a.money.format],
    ...(k.cap === null || t.applied === null ? [] : [
      ["Annual deduction cap", explained(k.cap, "Annual deduction cap", `Deduction cap % × annual service payment = ${fmtPct(a.contract?.deductionCapPct ?? 0, 1)} × ${fmtMoney(k.annualPayment ?? 0, a.money)} = ${fmtMoney(k.cap, a.money)}`,
        [capIn(a, k)]), a.money.format] as [string, CellContent, string],
      ["Removed by the annual cap", explained(t.capRemoved ?? 0, "Deductions removed by the annual cap",
        `max(0, Σ applied before cap − annual cap) = max(0, ${fmtMoney(t.appliedBeforeCap ?? 0, a.money)} − ${fmtMoney(k.cap, a.money)}) = ${fmtMoney(t.capRemoved ?? 0, a.money)}`), a.money.format] as [string, CellContent, string],
    ]),
    ["Deductions applied", appliedTotalCell(a, k), a.money.format],
    ["% of annual service payment", t.pctOfPayment === null ? "—" : explained(t.pctOfPayment, "Deductions applied as % of annual service payment",
      `${fmtMoney(t.applied ?? 0, a.money)} / ${fmtMoney(k.annualPayment ?? 0, a.money)} = ${fmtPct(t.pctOfPayment, 2)}`,
      [contractIn(a, "annualServicePayment", "Annual service payment", fmtMoney(k.annualPayment ?? 0, a.money))]), "0.00%"],
  ];
  const v = keyFigures(s, rows, 1);
  if (k.index !== null) s.plan.conditionalFormats.push(indexIcons({ row: v.row, col: v.col, rows: 1, cols: 1 }, a.settings));
}

/** KPIs scored, short of target and failed in a period, each explained by the KPIs counted. */
function periodCounts(k: PerformanceAssessment, p: PeriodPerformance): CellContent[] {
  const scored = k.kpis.filter((x) => x.period === p.period && x.score !== null);
  const names = (xs: KpiResult[]) => xs.map((x) => x.row.kpi);
  return [
    countCell(p.scored, `KPIs scored, ${p.period}`, `KPIs with an actual in ${p.period}`, names(scored)),
    countCell(p.missed, `KPIs short of target, ${p.period}`, `scored KPIs short of target in ${p.period} (failures included)`, names(scored.filter((x) => !x.met))),
    countCell(p.failures, `KPI failures, ${p.period}`, `scored KPIs at or beyond their failure threshold (short of target without one) in ${p.period}`, names(scored.filter((x) => x.failed))),
  ];
}

/** Failure points and waived points of a period: sums of the rows' points, explained. */
function periodPoints(k: PerformanceAssessment, p: PeriodPerformance): CellContent[] {
  const sum = (xs: KpiResult[], label: string, total: number): CellContent => {
    const withPts = xs.filter((x) => x.points !== 0);
    return explained(total, label, `Σ failure points = ${withPts.length ? withPts.map((x) => fmtNum(x.points)).join(" + ") : "0"} = ${fmtNum(total)}`,
      withPts.map((x) => `${x.row.kpi}: ${fmtNum(x.points)} (${cellRef(x.row.source, "failurePoints")})`));
  };
  const inPeriod = k.kpis.filter((x) => x.period === p.period);
  return [sum(inPeriod, `Performance points, ${p.period}`, p.points),
    sum(inPeriod.filter((x) => x.row.waived), `Waived points, ${p.period}`, p.waivedPoints)];
}

function byPeriod(s: Sheet, a: Assessment, k: PerformanceAssessment): void {
  heading(s, "Performance by period", 12);
  const rows = k.byPeriod.map((p) => [p.period, indexCell(k, p), ...periodCounts(k, p),
    p.failureRate === null ? null : explained(p.failureRate, `Failure rate, ${p.period}`, `failures / KPIs scored = ${p.failures} / ${p.scored} = ${fmtPct(p.failureRate, 1)}`),
    ...periodPoints(k, p), deductionCell(a, k, p, "calculated"),
    p.waived === null ? "—" : explained(p.waived, `Deduction waived, ${p.period}`, `calculated − applied = ${fmtMoney(p.calculated ?? 0, a.money)} − ${fmtMoney(p.applied ?? 0, a.money)} = ${fmtMoney(p.waived, a.money)}`),
    deductionCell(a, k, p, "applied"),
    p.applied !== null && k.annualPayment ? explained(p.applied / k.annualPayment, `Deduction applied as % of annual service payment, ${p.period}`,
      `${fmtMoney(p.applied, a.money)} / ${fmtMoney(k.annualPayment, a.money)} = ${fmtPct(p.applied / k.annualPayment, 2)}`) : null] as CellContent[]);
  const t = writeTable(s, { name: "IMM_PerformanceByPeriod", headers: ["Period", "Performance index", "KPIs scored", "Short of target", "Failures",
    "Failure rate", "Points", "Waived points", "Deduction calculated", "Deduction waived", "Deduction applied", "% of service payment"],
  rows, formats: [undefined, FMT.one, FMT.int, FMT.int, FMT.int, FMT.pct, FMT.int, FMT.int, a.money.format, a.money.format, a.money.format, "0.00%"] });
  s.plan.conditionalFormats.push(...indexRagFills(column(t.data, 1), a.settings), indexIcons(column(t.data, 1), a.settings), dataBar(column(t.data, 10)));
  s.plan.charts.push({ title: "Performance index by period", kind: "line", data: { ...t.all, cols: 2 },
    anchor: { row: t.all.row + t.all.rows + 1, col: 0, rows: 14, cols: 6 }, yMin: 0, yMax: 100 });
  s.row = t.all.row + t.all.rows + 16;
}

const periodOf = (k: PerformanceAssessment, x: KpiResult): PeriodPerformance => k.byPeriod.find((b) => b.period === x.period)!;

function kpiTable(s: Sheet, a: Assessment, k: PerformanceAssessment): void {
  heading(s, "KPI results", 14);
  const rows = k.kpis.map((x) => {
    const r = x.row;
    return [r.kpi, x.period, r.serviceArea ?? null, r.unit ?? null, r.direction === "higher" ? "Higher" : "Lower", r.target,
      r.threshold ?? null, r.actual, kpiScoreCell(x),
      x.attainment === null ? null : explained(x.attainment, `Attainment of ${r.kpi} (${x.period})`,
        r.direction === "higher" ? `actual / target = ${fmtNum(r.actual ?? 0)} / ${fmtNum(r.target)} = ${fmtPct(x.attainment, 1)}`
          : `target / actual = ${fmtNum(r.target)} / ${fmtNum(r.actual ?? 0)} = ${fmtPct(x.attainment, 1)}`),
      kpiResultWord(x), x.points, r.waived ? "Yes" : "No", r.waiverReason ?? null,
      x.deductionShare > 0 ? explained(x.deductionShare, `Share of ${x.period} deduction for ${r.kpi}`,
        `period deduction calculated × points / period points = ${fmtMoney(periodOf(k, x).calculated ?? 0, a.money)} × ${fmtNum(x.points)} / ${fmtNum(periodOf(k, x).points)} = ${fmtMoney(x.deductionShare, a.money)}`,
        [`Points ${fmtNum(x.points)} (${cellRef(r.source, "failurePoints")})`]) : null] as CellContent[];
  });
  const t = writeTable(s, { name: "IMM_KpiResults", headers: ["KPI", "Period", "Service area", "Unit", "Direction", "Target",
    "Threshold", "Actual", "Score", "Attainment", "Result", "Points", "Waived", "Waiver reason", "Deduction share"], rows,
  formats: [undefined, undefined, undefined, undefined, undefined, "General", "General", "General", FMT.one, FMT.pct, undefined, FMT.int, undefined, undefined, a.money.format] });
  s.plan.conditionalFormats.push(
    { kind: "textEquals", range: column(t.data, 10), text: "Failed", style: { ...RAG_STYLE.Red, bold: true } },
    { kind: "textEquals", range: column(t.data, 10), text: "Short of target", style: { ...RAG_STYLE.Amber } },
    { kind: "textEquals", range: column(t.data, 10), text: "Met", style: { ...RAG_STYLE.Green } },
    // The KPI score is not coloured: its Result word (Met / Short of target / Failed) carries the colour with text.
  );
  // Percentage KPIs: target, threshold and actual shown as percentages.
  k.kpis.forEach((x, i) => {
    if (x.row.unit?.trim() === "%") {
      s.plan.blocks.push({ row: t.data.row + i, col: 5, values: [[x.row.target, x.row.threshold ?? null, x.row.actual]], numberFormat: FMT.pct1 });
    }
  });
}

function waived(s: Sheet, a: Assessment, k: PerformanceAssessment): void {
  heading(s, "Waived deductions", 5);
  const rows = k.waivedItems.map((w) => {
    const p = k.byPeriod.find((b) => b.period === w.period)!;
    const share = p.waived !== null && p.waivedPoints > 0 ? (p.waived * w.points) / p.waivedPoints : null;
    return [w.row.kpi, w.period, w.points,
      share === null ? "—" : explained(share, `Deduction waived for ${w.row.kpi} (${w.period})`,
        `period waived ${fmtMoney(p.waived ?? 0, a.money)} × ${fmtNum(w.points)} / ${fmtNum(p.waivedPoints)} waived points = ${fmtMoney(share, a.money)}`,
        [`Points ${fmtNum(w.points)} (${cellRef(w.row.source, "failurePoints")})`, `Waived (${cellRef(w.row.source, "waived")})`]),
      w.row.waiverReason?.trim() || "No reason given"] as CellContent[];
  });
  writeTable(s, { name: "IMM_WaivedDeductions", headers: ["KPI", "Period", "Points", "Deduction waived", "Reason"], rows,
    formats: [undefined, undefined, FMT.int, a.money.format], empty: "No deductions waived" });
}

/** Builds the IMM Performance Review sheet plan. */
export function performanceReview(a: Assessment, ctx: ReviewContext): SheetPlan {
  const s = newSheet("performance", ctx.names.performance, COLORS.tab);
  title(s, `Performance Review — ${a.project}`, stampText(a.reviewDate, a.workbook, a.sources, ["IMM_KPIs", "IMM_Contract"]));
  s.plan.freeze = { rows: 2, cols: 0 };
  const k = a.performance;
  if (!k) {
    return notAssessed(s, notAssessedReason(a, "IMM_KPIs", "no KPI has a measured actual with a weight above 0",
      "no IMM_KPIs table with measured actuals was found. Insert the IMM KPIs template to record results."));
  }
  summary(s, a, k);
  byPeriod(s, a, k);
  kpiTable(s, a, k);
  waived(s, a, k);
  sinceBlock(s, ctx, "performance");
  writeNote(s, "Failure: actual at or beyond the threshold (failure level), or short of target when there is no threshold. Deductions per period: DEDUCTION(points, point value, point threshold); waived = calculated − applied.");
  if (k.cap !== null) writeNote(s, `Annual cap: deduction cap % × annual service payment = ${fmtMoney(k.cap, a.money)} limits the total applied over all periods shown (taken as the review year, not pro-rated)${(k.totals.capRemoved ?? 0) > 0 ? `; capped — ${fmtMoney(k.totals.capRemoved ?? 0, a.money)} removed` : "; not reached"}. Per-period figures are before the cap.`);
  if (k.pointValue === null) writeNote(s, "No performance point value in IMM_Contract: deductions are not calculated.");
  // Column E holds short values (Failures, Direction) and the waived table's Reason, its last column: the long
  // reason text overflows to the right instead of widening the column for every table above.
  s.fixed.set(4, 13);
  return minWidth(finishSheet(s), 0, 46);
}
