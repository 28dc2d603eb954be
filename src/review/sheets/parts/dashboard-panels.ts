/**
 * Panels of the IMM Dashboard (issue 11 §3): top five risks with their movement, money, alerts, actions (overdue and
 * due in the next 30 days), the commentary box and the change list. Each writes at a given row and column and
 * returns the next free row. Long texts wrap in their cells and rows are sized for them (§4: nothing spills over a
 * neighbour); the column widths are the dashboard's (dashboard.ts).
 */
import type { Assessment, PlanAction, RiskResult } from "../../assess/assessment";
import type { ReviewHistory } from "../../assess/history";
import { column, explained, writeRows, writeTable, writeText, type CellContent, type Sheet } from "../../kit/layout";
import type { CellStyle } from "../../kit/plan";
import { COLORS, FMT, NOT_ASSESSED, ratingFormats } from "../../kit/styles";
import { fmtDate, fmtMoney, fmtNum } from "../../kit/text";
import type { ReviewContext } from "../context";
import { changeLines, sinceLabel } from "./changes";

/** Days ahead of the review date within which an open action counts as "due soon". */
export const DUE_SOON_DAYS = 30;

/** Column widths (characters) the dashboard gives its columns; panels size row heights from them. */
export interface Widths { of(col: number): number }

/** Raises a row's height to fit `lines` lines of 10-pt text. */
export function fitRow(s: Sheet, row: number, lines: number): void {
  const h = Math.max(15, 15 * lines);
  const rh = (s.plan.rowHeights ??= []);
  const at = rh.find((r) => r.row === row);
  if (at) at.height = Math.max(at.height, h);
  else rh.push({ row, height: h });
}

/** Lines a text takes when wrapped in `width` characters (word wrap, estimated). */
export function linesOf(text: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/)) {
    const w = word.length;
    if (used > 0 && used + 1 + w > width) { lines += 1; used = w; } else used += (used > 0 ? 1 : 0) + w;
  }
  return lines;
}

const HEADING: CellStyle = { bold: true, fontSize: 12, fontColor: COLORS.heading, border: "bottom" };

function sectionHeading(s: Sheet, row: number, col: number, cols: number, text: string): void {
  writeRows(s, row, col, [[text, ...new Array<null>(cols - 1).fill(null)]], { style: HEADING, countWidths: false });
}

/** Wrapped text merged over `cols` columns at (row, col), its row sized for it. */
export function wrappedLine(s: Sheet, row: number, col: number, cols: number, text: string, w: Widths, style: CellStyle = {}): void {
  writeRows(s, row, col, [[text]], { style: { wrap: true, vAlign: "top", ...style }, countWidths: false });
  if (cols > 1) s.plan.merges.push({ row, col, rows: 1, cols });
  let width = 0;
  for (let j = 0; j < cols; j++) width += w.of(col + j);
  fitRow(s, row, linesOf(text, Math.max(1, width - 1)));
}

/** Sizes the rows of a table's data for its wrapped text columns. */
function fitTableRows(s: Sheet, top: number, col: number, rows: CellContent[][], w: Widths): void {
  rows.forEach((r, i) => {
    const lines = Math.max(1, ...r.map((c, j) => {
      const v = c !== null && typeof c === "object" ? c.v : c;
      return typeof v === "string" ? linesOf(v, Math.max(1, w.of(col + j) - 1)) : 1;
    }));
    fitRow(s, top + i, lines);
  });
}

/** How a top risk moved since the previous review: "New", "▲ Medium→High", "▼ score 16→12", "► no change". */
export function movement(t: RiskResult, h: ReviewHistory | undefined): string {
  if (!h?.changes || !h.previous) return "—";
  const c = h.changes;
  if (c.newRisks.includes(t.id)) return "New";
  const up = c.ratingUp.find((m) => m.id === t.id);
  if (up) return `▲ ${up.from}→${up.to}`;
  const down = c.ratingDown.find((m) => m.id === t.id);
  if (down) return `▼ ${down.from}→${down.to}`;
  const prev = h.items.find((i) => i.reviewDate === h.previous?.reviewDate && i.kind === "risk" && i.item === t.id);
  if (!prev || prev.score === null) return "—";
  const d = t.residualScore - prev.score;
  if (Math.abs(d) < 0.05) return "► no change";
  return `${d > 0 ? "▲" : "▼"} score ${fmtNum(prev.score, 1)}→${fmtNum(t.residualScore, 1)}`;
}

/** Top five open threats by residual score, with their movement. */
export function topRisks(s: Sheet, a: Assessment, ctx: ReviewContext, row: number, w: Widths): number {
  sectionHeading(s, row, 0, 6, "Top five risks (residual)");
  s.row = row + 1;
  if (!a.risk) {
    writeText(s, row + 1, 0, `Risk ${NOT_ASSESSED.toLowerCase()}`, { italic: true, fontColor: COLORS.muted });
    return row + 3;
  }
  const rows = a.risk.topThreats.slice(0, 5).map((t) => [t.id,
    explained(t.residualScore, `Residual score of ${t.id}`, `See the register on the Risk Review: ${t.residualBasis === "lc"
      ? `${fmtNum(t.residualL)} × ${fmtNum(t.residualC)}` : `${fmtNum(t.row.likelihood)} × ${fmtNum(t.row.consequence)} × (1 − ${fmtNum(t.effectiveness)})`} = ${fmtNum(t.residualScore)}`),
    t.residualRating, movement(t, ctx.history), t.row.owner ?? "—", t.row.statement] as CellContent[]);
  const tb = writeTable(s, { name: "IMM_DashboardTopRisks", headers: ["ID", "Score", "Rating", "Movement", "Owner", "Risk"], rows,
    formats: [undefined, FMT.one], empty: "No open threats" });
  s.plan.conditionalFormats.push(...ratingFormats(column(tb.data, 2)));
  s.plan.styles.push({ range: tb.data, style: { wrap: true, vAlign: "top" } }, { range: column(tb.data, 2), style: { hAlign: "center" } });
  fitTableRows(s, tb.data.row, 0, rows, w);
  return s.row;
}

/** Overdue actions and those due in the next 30 days, soonest first (overdue first). */
export function actions(s: Sheet, a: Assessment, row: number, w: Widths): number {
  const d = a.reviewDate;
  const overdue = [...a.integrated.overdue].sort((x, y) => (x.due as number) - (y.due as number));
  const soon = d === null ? [] : a.integrated.actions
    .filter((x) => !x.overdue && x.due !== null && x.due >= d && x.due <= d + DUE_SOON_DAYS)
    .sort((x, y) => (x.due as number) - (y.due as number));
  sectionHeading(s, row, 0, 6, `Actions: ${overdue.length} overdue, ${soon.length} due in the next ${DUE_SOON_DAYS} days`);
  s.row = row + 1;
  if (d === null) {
    writeText(s, row + 1, 0, "No review date: overdue and due actions cannot be identified", { italic: true, fontColor: COLORS.muted });
    return row + 3;
  }
  const line = (x: PlanAction, late: boolean): CellContent[] => {
    const days = Math.round(late ? d - (x.due as number) : (x.due as number) - d);
    return [x.due, explained(days, late ? "Days overdue" : "Days until due",
      late ? `review date ${fmtDate(d)} − due ${fmtDate(x.due as number)} = ${days} days` : `due ${fmtDate(x.due as number)} − review date ${fmtDate(d)} = ${days} days`),
    late ? "Overdue" : "Due soon", x.linkedItem || "—", x.owner, x.action];
  };
  const all = [...overdue.map((x) => line(x, true)), ...soon.map((x) => line(x, false))];
  const rows = all.slice(0, 8);
  writeTable(s, { name: "IMM_DashboardActions", headers: ["Due", "Days", "State", "Linked", "Owner", "Action"], rows,
    formats: [FMT.date, FMT.int], empty: "No overdue actions and none due soon" });
  const top = row + 2;
  s.plan.styles.push({ range: { row: top, col: 0, rows: Math.max(1, rows.length), cols: 6 }, style: { wrap: true, vAlign: "top" } },
    { range: { row: top, col: 2, rows: Math.max(1, rows.length), cols: 1 }, style: { hAlign: "center" } });
  fitTableRows(s, top, 0, rows, w);
  if (all.length > 8) writeText(s, s.row - 1, 0, `… and ${all.length - 8} more on the Integrated Assessment`, { italic: true, fontColor: COLORS.muted });
  return s.row;
}

/** Money: deductions this period and year to date, each also as % of the annual service payment; threat cost P50/P90. */
export function money(s: Sheet, a: Assessment, ctx: ReviewContext, row: number, col: number, w: Widths): number {
  sectionHeading(s, row, col, 3, "Money");
  const k = a.performance;
  const asp = a.contract?.annualServicePayment ?? null;
  const period = k?.latest?.period;
  const see = `See the ${ctx.names.performance}`;
  const amount = (v: number | null | undefined, label: string, how: string): CellContent =>
    (v == null ? (k ? "—" : NOT_ASSESSED) : explained(v, label, how));
  const pct = (v: number | null | undefined, label: string): CellContent => (v == null || asp === null ? "—"
    : explained(v / asp, `${label} as % of the annual service payment`, `${fmtMoney(v, a.money)} ÷ ${fmtMoney(asp, a.money)} = ${fmtNum(100 * v / asp, 4)}%`));
  const cost = (v: number | null | undefined, which: string): CellContent => (!a.risk ? NOT_ASSESSED : v == null ? "—"
    : explained(v, `Threat cost ${which}`, `${which} of the simulated total cost of open threats (Σ of sampled impacts of the threats that occur), see the ${ctx.names.risk}`));
  const lines: [string, CellContent, CellContent][] = [
    [`Deductions this period${period ? ` (${period})` : ""}`,
      amount(k?.latest?.applied, `Deductions applied in ${period ?? "the latest period"}`, `DEDUCTION on the period's points not waived; ${see}`),
      pct(k?.latest?.applied, "Deductions this period")],
    ["Deductions year to date",
      amount(k?.totals.applied, "Deductions applied, year to date", `min(Σ applied over the periods, annual cap); ${see}`),
      pct(k?.totals.applied, "Deductions year to date")],
    ["Annual service payment", asp === null ? "—" : explained(asp, "Annual service payment", "From IMM_Contract (Annual service payment)"), null],
    ["Threat cost P50 (simulated)", cost(a.risk?.overall.p50, "P50"), null],
    ["Threat cost P90 (simulated)", cost(a.risk?.overall.p90, "P90"), null],
  ];
  writeRows(s, row + 1, col + 1, [["Amount", "% of payment"]], { style: { bold: true, hAlign: "right", wrap: true }, countWidths: false });
  lines.forEach(([label, v, p], i) => {
    const r = row + 2 + i;
    wrappedLine(s, r, col, 1, label, w);
    writeRows(s, r, col + 1, [[v, p]], { formats: [a.money.format, "0.00%"], countWidths: false, style: { hAlign: "right", vAlign: "top" } });
  });
  return row + 2 + lines.length + 1;
}

/** Alerts: KPI failures in the latest period and perception-gap alerts, named. */
export function alerts(s: Sheet, a: Assessment, row: number, col: number, w: Widths): number {
  sectionHeading(s, row, col, 3, "Alerts");
  let r = row + 1;
  const k = a.performance;
  const fails = k?.failing ?? [];
  const kpiText = !k ? `KPI failures: performance ${NOT_ASSESSED.toLowerCase()}`
    : `KPI failures this period (${k.latest?.period ?? "latest"}): ${fails.length === 0 ? "none" : `${fails.length} — ${fails.slice(0, 4).map((x) => x.row.kpi).join("; ")}`}`;
  wrappedLine(s, r++, col, 3, kpiText, w, fails.length > 0 ? { bold: true } : {});
  const p = a.partnership;
  const gaps = p?.gapAlerts ?? [];
  const gapText = !p ? `Perception-gap alerts: partnership ${NOT_ASSESSED.toLowerCase()}`
    : `Perception-gap alerts: ${gaps.length === 0 ? "none" : `${gaps.length} — ${gaps.slice(0, 4).map((f) => `${f.factor} (gap ${fmtNum(f.latest?.gap ?? 0)})`).join("; ")}`}`;
  wrappedLine(s, r++, col, 3, gapText, w, gaps.length > 0 ? { bold: true } : {});
  return r + 1;
}

/** The commentary box: the Commentary of IMM_Contract (the user's text, never written by the review). */
export function commentary(s: Sheet, a: Assessment, row: number, col: number, w: Widths): number {
  sectionHeading(s, row, col, 3, "Commentary");
  const text = a.contract?.commentary?.trim();
  const shown = text || "No commentary yet: write it in the Commentary row of IMM_Contract; every review copies it here.";
  wrappedLine(s, row + 1, col, 3, shown, w, text ? { border: "thin" } : { italic: true, fontColor: COLORS.muted, border: "thin" });
  return row + 3;
}

/** The change list since the previous review (index deltas are on the tiles). */
export function changes(s: Sheet, ctx: ReviewContext, row: number, col: number, w: Widths): number {
  const h = ctx.history;
  if (!h?.changes || !h.previous) {
    sectionHeading(s, row, col, 3, "Since the previous review");
    wrappedLine(s, row + 1, col, 3, h?.current ? "First recorded review: changes show from the next review on (see IMM History)."
      : "Not compared: this review has no review date.", w, { italic: true, fontColor: COLORS.muted });
    return row + 3;
  }
  sectionHeading(s, row, col, 3, `Since the previous review (${sinceLabel(h.previous, h.current)})`);
  let r = row + 1;
  for (const line of changeLines(h.changes, "all").slice(1)) wrappedLine(s, r++, col, 3, line, w);
  return r + 1;
}
