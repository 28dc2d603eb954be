/** Native charts (charts.add) from ChartPlan. */
import { a1, type ChartPlan } from "../../review/kit/plan";

const TYPES: Record<ChartPlan["kind"], "BarClustered" | "ColumnClustered" | "Line"> = { bar: "BarClustered", column: "ColumnClustered", line: "Line" };

/** Queues one chart over its data range, placed over its anchor cells. */
export function addChart(sheet: Excel.Worksheet, plan: ChartPlan, plotHidden = false): void {
  const d = plan.data;
  const chart = sheet.charts.add(TYPES[plan.kind], sheet.getRangeByIndexes(d.row, d.col, d.rows, d.cols), "Columns");
  chart.title.text = plan.title;
  // Helper data sits in hidden columns (review/kit/print.ts): plot hidden cells (ExcelApi 1.8).
  if (plotHidden) chart.plotVisibleOnly = false;
  const at = plan.anchor;
  chart.setPosition(a1(at.row, at.col), a1(at.row + at.rows - 1, at.col + at.cols - 1));
  if (plan.yMin !== undefined) chart.axes.valueAxis.minimum = plan.yMin;
  if (plan.yMax !== undefined) chart.axes.valueAxis.maximum = plan.yMax;
}
