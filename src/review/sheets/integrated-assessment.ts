/** The IMM Integrated Assessment sheet: pillar indices, integrated index and RAG, risk links, VfM, action plan. */
import type { Assessment, PillarResult, PlanAction } from "../assess/assessment";
import type { ReviewContext } from "./context";
import { sinceBlock } from "./parts/changes";
import { ratingCell, residualScoreCell } from "./parts/explained-cells";
import { column, finishSheet, heading, newSheet, writeNote, writeTable, title, writeRows, explained, type CellContent, type Sheet, type ExplainedValue } from "../kit/layout";
import type { ChartPlan, PlanValue, RangeRef, SheetPlan } from "../kit/plan";
import { COLORS, dataBar, FMT, indexIcons, indexRagFills, NOT_ASSESSED, RAG_STYLE, ragFormats, ratingFormats } from "../kit/styles";
import { fmtIndex } from "../kit/rag";
import { fmtDate, fmtNum, stampText } from "../kit/text";
import { sheetRef } from "../../tables/problems";

const SHEET_OF: Record<PillarResult["key"], string> = { partnership: "partnership", risk: "risk", performance: "performance" };

/** The explained index cell of a pillar (or "Not assessed"). */
export function pillarIndexCell(p: PillarResult, ctx: ReviewContext): CellContent {
  if (p.index === null) return NOT_ASSESSED;
  const name = ctx.names[SHEET_OF[p.key] as "risk"];
  const formula = p.key === "partnership" ? "PARTNERSHIPINDEX of the latest period"
    : p.key === "risk" ? "RISKINDEX over open threats' residual scores" : "PERFORMANCEINDEX of the latest period";
  return explained(p.index, `${p.name} index`, `${formula} = ${fmtNum(p.index, 1)}`, [`See ${name}`]);
}

/** The explained status cell of a pillar (or "Not assessed"). */
export function pillarStatusCell(p: PillarResult, a: Assessment): CellContent {
  if (p.index === null || p.status === null) return NOT_ASSESSED;
  return explained(p.status, `${p.name} status`,
    `STATUS(index as shown ${fmtIndex(p.index)}, amber ${a.settings.amberThreshold}, green ${a.settings.greenThreshold}) = ${p.status}`,
    [`${p.name} index ${fmtIndex(p.index)} (status decided on the index rounded to 1 decimal place, as shown)`, `Amber threshold ${a.settings.amberThreshold}, green threshold ${a.settings.greenThreshold} (IMM_Settings)`]);
}

/** The explained integrated index cell (or "Not assessed"). */
export function integratedIndexCell(a: Assessment): CellContent {
  const i = a.integrated;
  if (i.index === null) return NOT_ASSESSED;
  const used = i.pillars.filter((p) => p.index !== null);
  const terms = used.map((p) => `${fmtNum(p.weight)} × ${fmtNum(p.index as number, 1)}`).join(" + ");
  const wsum = used.reduce((s, p) => s + p.weight, 0);
  const skipped = i.pillars.filter((p) => p.index === null).map((p) => p.name);
  return explained(i.index, "Integrated index",
    `INTEGRATEDINDEX = Σ w × pillar index / Σ w = (${terms}) / ${fmtNum(wsum)} = ${fmtNum(i.index, 1)}`,
    [...i.pillars.map((p) => `${p.name} ${p.index === null ? NOT_ASSESSED.toLowerCase() : fmtNum(p.index, 1)}, weight ${fmtNum(p.weight)}`),
      "Pillar weights (IMM_Settings)", ...(skipped.length ? [`Skipped (not assessed): ${skipped.join(", ")}`] : [])]);
}

/** The explained integrated status cell. */
export function integratedStatusCell(a: Assessment): CellContent {
  const i = a.integrated;
  if (i.index === null || i.status === null) return NOT_ASSESSED;
  return explained(i.status, "Integrated status",
    `STATUS(index as shown ${fmtIndex(i.index)}, amber ${a.settings.amberThreshold}, green ${a.settings.greenThreshold}) = ${i.status}`,
    [`Integrated index ${fmtIndex(i.index)} (status decided on the index rounded to 1 decimal place, as shown)`]);
}

/** Writes a small chart-data block (header + rows of category, value) and returns its range; not counted for widths. */
export function chartData(s: Sheet, row: number, col: number, header: [string, string], rows: [string, number][]): RangeRef {
  const values: PlanValue[][] = [header, ...rows];
  s.plan.blocks.push({ row, col, values, columnFormats: [undefined, FMT.one], style: { fontColor: COLORS.muted, fontSize: 8 } });
  return { row, col, rows: values.length, cols: 2 };
}

/** The pillar chart (bar, 0–100) over assessed pillars and the integrated index. */
export function pillarChart(s: Sheet, a: Assessment, dataAt: { row: number; col: number }, anchor: RangeRef): ChartPlan {
  const rows: [string, number][] = a.integrated.pillars.filter((p) => p.index !== null).map((p) => [p.name, p.index as number]);
  if (a.integrated.index !== null) rows.push(["Integrated", a.integrated.index]);
  writeRows(s, dataAt.row - 1, dataAt.col, [["Chart data"]], { style: { italic: true, fontColor: COLORS.muted, fontSize: 8 }, countWidths: false });
  const data = chartData(s, dataAt.row, dataAt.col, ["Pillar", "Index"], rows);
  const chart: ChartPlan = { title: "Pillar indices (0–100)", kind: "bar", data, anchor, yMin: 0, yMax: 100 };
  s.plan.charts.push(chart);
  return chart;
}

function pillars(s: Sheet, a: Assessment, ctx: ReviewContext): void {
  heading(s, "Pillar indices and status", 5);
  const top = s.row;
  const rows: CellContent[][] = a.integrated.pillars.map((p) => [p.name, pillarIndexCell(p, ctx), pillarStatusCell(p, a),
    p.index === null ? `No ${p.key === "risk" ? "IMM_Risks" : p.key === "partnership" ? "IMM_Partnership" : "IMM_KPIs"} data: skipped in the integrated index` : `From ${ctx.names[p.key]}`,
    p.weight]);
  rows.push(["Integrated", integratedIndexCell(a), integratedStatusCell(a), "Weighted mean of the assessed pillars", null]);
  const t = writeTable(s, { name: "IMM_Pillars", headers: ["Pillar", "Index", "Status", "Basis", "Weight"], rows,
    formats: [undefined, FMT.one, undefined, undefined, "0.0#"] });
  s.plan.styles.push({ range: { row: t.data.row + 3, col: 0, rows: 1, cols: 5 }, style: { bold: true } });
  s.plan.conditionalFormats.push(...ragFormats(column(t.data, 2)), ...ragFormats(column(t.data, 1)),
    indexIcons(column(t.data, 1), a.settings), ...indexRagFills(column(t.data, 1), a.settings));
  pillarChart(s, a, { row: top + 1, col: 14 }, { row: top, col: 6, rows: 12, cols: 7 });
  s.row = Math.max(s.row, top + 13);
}

function links(s: Sheet, a: Assessment): void {
  heading(s, "Risks linked to partnership and performance issues", 9);
  const rows = a.integrated.links.map((l) => [l.risk.id, residualScoreCell(l.risk), ratingCell(l.risk, "residual", a.settings), l.risk.row.statement,
    l.discipline === "partnership" ? "Partnership" : "Performance", l.item ?? "—", l.itemState,
    l.itemKind === "factor" ? "Factor" : l.itemKind === "kpi" ? "KPI" : "—", l.matchedBy] as CellContent[]);
  const t = writeTable(s, { name: "IMM_RiskLinks", headers: ["Risk ID", "Residual score", "Residual rating", "Risk", "Discipline",
    "Linked item", "Item state (latest)", "Item type", "Matched by"], rows, formats: [undefined, FMT.one],
  empty: "No risks with discipline Partnership or Performance" });
  s.plan.conditionalFormats.push(...ratingFormats(column(t.data, 2)));
  writeNote(s, "Risks whose Discipline is Partnership or Performance, matched to a factor or KPI by category, by name in the statement, or by a shared keyword.");
  s.row += 1;
}

function vfm(s: Sheet, a: Assessment): void {
  heading(s, "Value-for-money indicators", 3);
  const items = a.integrated.vfm;
  const t = writeTable(s, { name: "IMM_VfM", headers: ["Indicator", "Value", "Pillar", "Comment"],
    rows: items.map((v) => [v.indicator, v.value === null ? "—"
      : v.formula ? explained(v.value, v.indicator, v.formula, v.inputs ?? []) : v.value, v.pillar, v.comment]) });
  items.forEach((v, i) => {
    if (v.format && typeof v.value === "number") {
      s.plan.blocks.push({ row: t.data.row + i, col: 1, values: [[v.value]], numberFormat: v.format });
    }
  });
}

function priorityCell(x: PlanAction, i: number): ExplainedValue {
  return explained(x.priorityScore, `Priority score of action ${i + 1}`, x.reason,
    [x.linkedItem ? `Linked item ${x.linkedItem} (${x.linkKind})` : "No linked item",
      ...(x.row ? [`Action row ${sheetRef(x.row.source.sheet)}!A${x.row.source.row}`] : ["Suggested by the review"])]);
}

/** Rows of the action plan table. */
export function actionRows(actions: PlanAction[], a: Assessment): CellContent[][] {
  return actions.map((x, i) => [i + 1, x.priority, priorityCell(x, i), x.action, x.source === "existing" ? "Existing" : "Suggested",
    x.linkedItem || "—", x.owner, x.linkKind === "other" ? "—" : x.linkKind === "kpi" ? "KPI" : x.linkKind === "risk" ? "Risk" : "Factor",
    x.due, x.status, x.overdue ? explained("Overdue", `Overdue action ${i + 1}`, `Due ${fmtDate(x.due as number)} is before the review date ${fmtDate(a.reviewDate as number)} and the action is not done`,
    x.row ? [`Due (${sheetRef(x.row.source.sheet)}!${x.row.source.cells.due ?? `A${x.row.source.row}`})`] : [`Due date of ${x.linkedItem} in the register`]) : null]);
}

export const ACTION_HEADERS = ["Rank", "Priority", "Score", "Action", "Source", "Linked item", "Owner", "Link type", "Due", "Status", "Overdue"];
export const ACTION_FORMATS = [FMT.int, undefined, FMT.one, undefined, undefined, undefined, undefined, undefined, FMT.date];

function actions(s: Sheet, a: Assessment): void {
  heading(s, "Prioritised action plan", 11);
  const t = writeTable(s, { name: "IMM_ActionPlan", headers: ACTION_HEADERS, rows: actionRows(a.integrated.actions, a),
    formats: ACTION_FORMATS, empty: "No actions" });
  s.plan.conditionalFormats.push(
    { kind: "textEquals", range: column(t.data, 1), text: "High", style: { ...RAG_STYLE.Red, bold: true } },
    { kind: "textEquals", range: column(t.data, 1), text: "Medium", style: { ...RAG_STYLE.Amber } },
    { kind: "textEquals", range: column(t.data, 1), text: "Low", style: { ...RAG_STYLE.Green } },
    { kind: "textEquals", range: column(t.data, 10), text: "Overdue", style: { ...RAG_STYLE.Red, bold: true } },
    dataBar(column(t.data, 2), "#9BC2E6"),
  );
  writeNote(s, "Priority score 0–100 on one scale: risks 100 × residual / max score; KPIs 100 − latest score; factors max(100 − factor score, 100 × gap / (scale − 1)). Existing actions take their linked item's score, else their Priority word; an action linked to an opportunity takes its Priority word, else Low (25), and suggestions come only from threats, KPIs and factors. ≥ 60 High, ≥ 35 Medium.");
  if (a.reviewDate === null) writeNote(s, "No review date (IMM_Contract Review date): overdue actions cannot be identified.");
}

/** Builds the IMM Integrated Assessment sheet plan. */
export function integratedAssessment(a: Assessment, ctx: ReviewContext): SheetPlan {
  const s = newSheet("integrated", ctx.names.integrated, COLORS.tab);
  title(s, `Integrated Assessment — ${a.project}`, stampText(a.reviewDate, a.workbook, a.sources));
  s.plan.freeze = { rows: 2, cols: 0 };
  pillars(s, a, ctx);
  links(s, a);
  vfm(s, a);
  actions(s, a);
  sinceBlock(s, ctx, "all");
  const plan = finishSheet(s);
  return plan;
}
