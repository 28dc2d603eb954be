/**
 * The IMM Dashboard (directors, one screen): four status tiles (Partnership, Risk, Performance, Integrated),
 * the residual heat map, the pillar chart, the KPI trend chart, top five risks and overdue actions.
 * Layout on a fixed 16-column grid of equal widths; chart data sits out of sight from column S.
 */
import type { Assessment, Rag } from "../assess/assessment";
import type { ReviewContext } from "./context";
import { heatMapAxes, writeHeatMap } from "./parts/heatmap";
import { integratedIndexCell, integratedStatusCell, chartData, pillarChart, pillarIndexCell, pillarStatusCell } from "./integrated-assessment";
import { column, newSheet, writeTable, writeText, title, writeRows, explained, type CellContent, type Sheet } from "../kit/layout";
import type { SheetPlan } from "../kit/plan";
import { COLORS, FMT, NOT_ASSESSED, RAG_STYLE, ratingFormats } from "../kit/styles";
import { fmtDate, fmtNum, stampText } from "../kit/text";

const TILE_ROW = 3;
const TILE_W = 3;
const GRID_COLS = 16;
const DATA_COL = 18;

function tile(s: Sheet, i: number, label: string, value: CellContent, rag: CellContent, status: Rag | null): void {
  const col = i * (TILE_W + 1);
  const pad = (c: CellContent): CellContent[] => [c, null, null];
  writeRows(s, TILE_ROW, col, [pad(label)], { style: { bold: true, hAlign: "center", fontSize: 12 }, countWidths: false });
  const isNum = value !== null && typeof value === "object" && typeof value.v === "number";
  writeRows(s, TILE_ROW + 1, col, [pad(value), [null, null, null]], {
    numberFormat: FMT.one, countWidths: false,
    style: { bold: true, hAlign: "center", vAlign: "center", fontSize: isNum ? 28 : 14 },
  });
  writeRows(s, TILE_ROW + 3, col, [pad(rag)], { style: { bold: true, hAlign: "center", fontSize: 12 }, countWidths: false });
  for (const [r, rows] of [[TILE_ROW, 1], [TILE_ROW + 1, 2], [TILE_ROW + 3, 1]] as const) {
    s.plan.merges.push({ row: r, col, rows, cols: TILE_W });
  }
  const st = status ? RAG_STYLE[status] : { fill: COLORS.notAssessedFill, fontColor: COLORS.notAssessedFont };
  s.plan.styles.push({ range: { row: TILE_ROW, col, rows: 4, cols: TILE_W }, style: { fill: st.fill, fontColor: st.fontColor, border: "thin" } });
}

function tiles(s: Sheet, a: Assessment, ctx: ReviewContext): void {
  const ps = a.integrated.pillars;
  const order = [ps[0], ps[1], ps[2]];
  order.forEach((p, i) => tile(s, i, p.name, pillarIndexCell(p, ctx), pillarStatusCell(p, a), p.status));
  tile(s, 3, "Integrated", integratedIndexCell(a), integratedStatusCell(a), a.integrated.status);
  s.plan.rowHeights = [{ row: 0, height: 28 }, { row: TILE_ROW, height: 20 }, { row: TILE_ROW + 1, height: 26 },
    { row: TILE_ROW + 2, height: 26 }, { row: TILE_ROW + 3, height: 20 }];
}

function kpiTrend(s: Sheet, a: Assessment, anchorRow: number): void {
  const k = a.performance;
  const anchor = { row: anchorRow, col: 0, rows: 12, cols: 7 };
  if (!k) {
    writeText(s, anchorRow, 0, `KPI trend: performance ${NOT_ASSESSED.toLowerCase()}`, { italic: true, fontColor: COLORS.muted });
    return;
  }
  const rows = k.byPeriod.filter((p) => p.index !== null).map((p) => [p.period, p.index as number] as [string, number]);
  const at = { row: 12, col: DATA_COL };
  writeText(s, at.row - 1, at.col, "Chart data", { italic: true, fontColor: COLORS.muted, fontSize: 8 });
  const data = chartData(s, at.row, at.col, ["Period", "Performance index"], rows);
  s.plan.charts.push({ title: `KPI performance index by period (${k.indexTrend ?? "one period"})`, kind: "line", data, anchor, yMin: 0, yMax: 100 });
}

function topRisks(s: Sheet, a: Assessment, row: number): void {
  writeRows(s, row, 0, [["Top five risks (residual)"]], { style: { bold: true, fontSize: 12, fontColor: COLORS.heading }, countWidths: false });
  s.row = row + 1;
  if (!a.risk) {
    writeText(s, row + 1, 0, `Risk ${NOT_ASSESSED.toLowerCase()}`, { italic: true, fontColor: COLORS.muted });
    return;
  }
  const rows = a.risk.topThreats.slice(0, 5).map((t) => [t.id,
    explained(t.residualScore, `Residual score of ${t.id}`, `See the register on the Risk Review: ${t.residualBasis === "lc"
      ? `${fmtNum(t.residualL)} × ${fmtNum(t.residualC)}` : `${fmtNum(t.row.likelihood)} × ${fmtNum(t.row.consequence)} × (1 − ${fmtNum(t.effectiveness)})`} = ${fmtNum(t.residualScore)}`),
    t.residualRating, t.row.owner ?? "—", t.row.statement] as CellContent[]);
  const tb = writeTable(s, { name: "IMM_DashboardTopRisks", headers: ["ID", "Score", "Rating", "Owner", "Risk"], rows,
    formats: [undefined, FMT.one], empty: "No open threats" });
  s.plan.conditionalFormats.push(...ratingFormats(column(tb.data, 2)));
}

function overdue(s: Sheet, a: Assessment, row: number): void {
  const col = 8;
  const list = [...a.integrated.overdue].sort((x, y) => (x.due as number) - (y.due as number));
  writeRows(s, row, col, [[`Overdue actions (${list.length})`]], { style: { bold: true, fontSize: 12, fontColor: COLORS.heading }, countWidths: false });
  s.row = row + 1;
  if (a.reviewDate === null) {
    writeText(s, row + 1, col, "No review date: overdue actions cannot be identified", { italic: true, fontColor: COLORS.muted });
    return;
  }
  const rows = list.slice(0, 8).map((x) => [x.due,
    explained(Math.round(a.reviewDate as number - (x.due as number)), "Days overdue",
      `review date ${fmtDate(a.reviewDate as number)} − due ${fmtDate(x.due as number)} = ${Math.round(a.reviewDate as number - (x.due as number))} days`),
    x.owner, x.linkedItem || "—", x.action] as CellContent[]);
  writeTable(s, { name: "IMM_DashboardOverdue", headers: ["Due", "Days late", "Owner", "Linked", "Action"], rows, col,
    formats: [FMT.date, FMT.int], empty: "No overdue actions" });
  if (list.length > 8) writeText(s, s.row - 1, col, `… and ${list.length - 8} more on the Integrated Assessment`, { italic: true, fontColor: COLORS.muted });
}

/** Builds the IMM Dashboard sheet plan. */
export function dashboard(a: Assessment, ctx: ReviewContext): SheetPlan {
  const s = newSheet("dashboard", ctx.names.dashboard, "#C00000");
  title(s, `IMM Dashboard — ${a.project}`, stampText(a.reviewDate, a.workbook, a.sources));
  tiles(s, a, ctx);
  const heatRow = 8;
  if (a.risk) {
    writeHeatMap(s, heatRow, 0, a.risk.residualHeat, `Residual heat map (open threats; ${heatMapAxes(a.risk.residualHeat)})`, "residual", a.settings.ratingBands);
  } else {
    writeText(s, heatRow, 0, `Residual heat map: risk ${NOT_ASSESSED.toLowerCase()}`, { italic: true, fontColor: COLORS.muted });
  }
  if (a.integrated.pillars.some((p) => p.index !== null)) {
    pillarChart(s, a, { row: 4, col: DATA_COL }, { row: heatRow, col: 7, rows: 12, cols: 9 });
  } else {
    writeText(s, heatRow, 7, `Pillar indices: nothing assessed`, { italic: true, fontColor: COLORS.muted });
  }
  kpiTrend(s, a, 16);
  const lower = 29;
  topRisks(s, a, lower);
  overdue(s, a, lower);
  // Equal widths keep tiles and the heat map square; long texts (Risk, Action) are last in their tables and overflow right.
  s.plan.columnWidths = Array.from({ length: GRID_COLS }, (_, col) => ({ col, width: col === 8 ? 12 : 10 }));
  s.plan.columnWidths.push({ col: DATA_COL, width: 18 }, { col: DATA_COL + 1, width: 10 });
  return s.plan;
}
