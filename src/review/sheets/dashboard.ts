/**
 * The IMM Dashboard (directors, one screen; issue 11 §3): a header with the reporting period and operator; four
 * status tiles (Partnership, Risk, Performance, Integrated), each with its change since the previous review; top five
 * risks with their movement; money; alerts; actions overdue and due in the next 30 days; the user's commentary; the
 * change list; then the charts (pillars, integrated index across reviews, KPI trend) and the residual heat map.
 *
 * Layout: columns sized for their content (A–F the risk and action tables, H–J the side panels, L–Q the heat map),
 * long texts wrapped with rows sized for them, so no text runs over a neighbour (§4). The first screen (1366×768)
 * shows the tiles and the top risks; the charts sit below the tables. Chart data sits out of sight from column T
 * (pillars T4, KPI trend T12, integrated index across reviews W4).
 */
import type { Assessment, Rag } from "../assess/assessment";
import type { IndexKey } from "../assess/history";
import { trendWords } from "../../imm";
import type { ReviewContext } from "./context";
import { heatMapAxes, writeHeatMap } from "./parts/heatmap";
import { tileDelta } from "./parts/changes";
import { actions, alerts, changes, commentary, money, topRisks, type Widths } from "./parts/dashboard-panels";
import { integratedIndexCell, integratedStatusCell, chartData, pillarChart, pillarIndexCell, pillarStatusCell } from "./integrated-assessment";
import { newSheet, writeText, title, writeRows, type CellContent, type Sheet } from "../kit/layout";
import type { SheetPlan } from "../kit/plan";
import { COLORS, FMT, NOT_ASSESSED, RAG_STYLE } from "../kit/styles";
import { fmtDate, stampText } from "../kit/text";
import { reportingPeriod } from "../assess/history";

const TILE_ROW = 3;
/** Column widths (characters): A ID/Due, B Score/Days, C Rating/State, D Movement/Linked, E Owner, F Risk/Action, G gap, H–J panels, K gap, L–Q heat map. */
const WIDTHS = [11, 8, 10, 17, 18, 38, 2, 30, 13, 11, 2, 6, 6, 6, 6, 6, 6];
const W: Widths = { of: (col) => WIDTHS[col] ?? 10 };
/** Tiles: first and last column of each (Partnership A–C, Risk D–E, Performance F, Integrated H–J). */
const TILES: readonly [number, number][] = [[0, 2], [3, 4], [5, 5], [7, 9]];
const PANEL_COL = 7;
const HEAT_COL = 11;
const DATA_COL = 19;

function tile(s: Sheet, i: number, label: string, value: CellContent, rag: CellContent, status: Rag | null, delta: string): void {
  const [col, end] = TILES[i];
  const cols = end - col + 1;
  const pad = (c: CellContent): CellContent[] => [c, ...new Array<CellContent>(cols - 1).fill(null)];
  writeRows(s, TILE_ROW, col, [pad(label)], { style: { bold: true, hAlign: "center", fontSize: 12 }, countWidths: false });
  const isNum = value !== null && typeof value === "object" && typeof value.v === "number";
  writeRows(s, TILE_ROW + 1, col, [pad(value), pad(null)], {
    numberFormat: FMT.one, countWidths: false,
    style: { bold: true, hAlign: "center", vAlign: "center", fontSize: isNum ? 28 : 14 },
  });
  writeRows(s, TILE_ROW + 3, col, [pad(rag)], { style: { bold: true, hAlign: "center", fontSize: 12 }, countWidths: false });
  writeRows(s, TILE_ROW + 4, col, [pad(delta)], { style: { hAlign: "center", fontSize: 10, wrap: true }, countWidths: false });
  for (const [r, rows] of [[TILE_ROW, 1], [TILE_ROW + 1, 2], [TILE_ROW + 3, 1], [TILE_ROW + 4, 1]] as const) {
    s.plan.merges.push({ row: r, col, rows, cols });
  }
  const st = status ? RAG_STYLE[status] : { fill: COLORS.notAssessedFill, fontColor: COLORS.notAssessedFont };
  s.plan.styles.push({ range: { row: TILE_ROW, col, rows: 5, cols }, style: { fill: st.fill, fontColor: st.fontColor, border: "thin" } });
}

function tiles(s: Sheet, a: Assessment, ctx: ReviewContext): void {
  const ps = a.integrated.pillars;
  [ps[0], ps[1], ps[2]].forEach((p, i) => tile(s, i, p.name, pillarIndexCell(p, ctx), pillarStatusCell(p, a), p.status, tileDelta(ctx.history, p.key)));
  tile(s, 3, "Integrated", integratedIndexCell(a), integratedStatusCell(a), a.integrated.status, tileDelta(ctx.history, "integrated" as IndexKey));
  s.plan.rowHeights = [{ row: 0, height: 28 }, { row: TILE_ROW, height: 20 }, { row: TILE_ROW + 1, height: 26 },
    { row: TILE_ROW + 2, height: 26 }, { row: TILE_ROW + 3, height: 20 }, { row: TILE_ROW + 4, height: 18 }];
}

/** The header line: reporting period (and the latest data period when it differs), operator, review date. */
function header(a: Assessment): string {
  const period = reportingPeriod(a);
  const data = a.performance?.latest?.period ?? a.partnership?.periods.at(-1);
  const parts = [
    `Reporting period: ${period ?? "not set"}${data && data !== period ? ` (latest data ${data})` : ""}`,
    `Operator: ${a.contract?.operator?.trim() || "not set"}`,
    `Review date: ${a.reviewDate === null ? "not set" : fmtDate(a.reviewDate)}`,
  ];
  return parts.join("   ·   ");
}

/** A line chart's title with the latest change and the long-run direction (trendWords, issue 11 §6). */
function trendTitle(name: string, rows: [string, number][], unit: string): string {
  return rows.length >= 2 ? `${name}: ${trendWords(rows.map((r) => r[1]), rows.map((r) => r[0]), unit)}` : `${name} (one ${unit.replace(/s$/, "")} so far)`;
}

function kpiTrend(s: Sheet, a: Assessment, anchorRow: number, dataRow: number): void {
  const k = a.performance;
  const anchor = { row: anchorRow, col: 4, rows: 14, cols: 2 };
  if (!k) {
    writeText(s, anchorRow, 4, `KPI trend: performance ${NOT_ASSESSED.toLowerCase()}`, { italic: true, fontColor: COLORS.muted });
    return;
  }
  const rows = k.byPeriod.filter((p) => p.index !== null).map((p) => [p.period, p.index as number] as [string, number]);
  const data = chartData(s, dataRow, DATA_COL, ["Period", "Performance index"], rows);
  s.plan.charts.push({ title: trendTitle("KPI performance index", rows, "periods"), kind: "line", data, anchor, yMin: 0, yMax: 100 });
}

function integratedHistory(s: Sheet, a: Assessment, ctx: ReviewContext, anchorRow: number, dataRow: number): void {
  const rows = (ctx.history?.rows ?? []).filter((r) => r.integrated !== null)
    .map((r) => [fmtDate(r.reviewDate), r.integrated as number] as [string, number]);
  const anchor = { row: anchorRow, col: PANEL_COL, rows: 14, cols: 3 };
  if (rows.length === 0) {
    writeText(s, anchorRow, PANEL_COL, "Integrated index across reviews: nothing recorded yet", { italic: true, fontColor: COLORS.muted });
    return;
  }
  const data = chartData(s, dataRow, DATA_COL + 3, ["Review", "Integrated index"], rows);
  s.plan.charts.push({ title: trendTitle("Integrated index by review", rows, "reviews"), kind: "line", data, anchor, yMin: 0, yMax: 100 });
}

/** Builds the IMM Dashboard sheet plan. */
export function dashboard(a: Assessment, ctx: ReviewContext): SheetPlan {
  const s = newSheet("dashboard", ctx.names.dashboard, "#C00000");
  title(s, `IMM Dashboard — ${a.project}`, stampText(a.reviewDate, a.workbook, a.sources));
  writeText(s, 2, 0, header(a), { bold: true, fontColor: COLORS.heading });
  tiles(s, a, ctx);

  const lower = TILE_ROW + 6;
  const left = actions(s, a, topRisks(s, a, ctx, lower, W), W);
  let right = money(s, a, ctx, lower, PANEL_COL, W);
  right = alerts(s, a, right, PANEL_COL, W);
  right = commentary(s, a, right, PANEL_COL, W);
  right = changes(s, ctx, right, PANEL_COL, W);

  const charts = Math.max(left, right) + 1;
  if (a.integrated.pillars.some((p) => p.index !== null)) {
    pillarChart(s, a, { row: 4, col: DATA_COL }, { row: charts, col: 0, rows: 14, cols: 4 });
  } else {
    writeText(s, charts, 0, "Pillar indices: nothing assessed", { italic: true, fontColor: COLORS.muted });
  }
  kpiTrend(s, a, charts, 12);
  integratedHistory(s, a, ctx, charts, 4);
  if (a.risk) {
    writeHeatMap(s, lower, HEAT_COL, a.risk.residualHeat, `Residual heat map (open threats; ${heatMapAxes(a.risk.residualHeat)})`, "residual", a.settings.ratingBands);
  } else {
    writeText(s, lower, HEAT_COL, `Residual heat map: risk ${NOT_ASSESSED.toLowerCase()}`, { italic: true, fontColor: COLORS.muted });
  }
  s.plan.columnWidths = WIDTHS.map((width, col) => ({ col, width }));
  s.plan.columnWidths.push({ col: DATA_COL, width: 18 }, { col: DATA_COL + 1, width: 10 }, { col: DATA_COL + 3, width: 14 }, { col: DATA_COL + 4, width: 10 });
  return s.plan;
}
