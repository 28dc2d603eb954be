/**
 * Chart fallback and chart data. ExcelJS cannot write native charts: `toBuffer` adds them to the package
 * afterwards (native-charts.ts) from the data read here, and each ChartPlan is also drawn in its anchor area as
 * an in-cell bar chart — what the workbench grid (which shows the ExcelJS model) displays, and what sits under
 * the opaque native chart in the file (kept so a file re-read by ExcelJS, which drops charts, still shows them): the title (bold), a header row (category + series names), then one row per category
 * with the values and a data-bar conditional format per series (scaled to yMin/yMax when the plan fixes
 * the axis). It fits inside the anchor (extra categories/series are left out) and never writes elsewhere.
 */
import type { CellValue, Style, Worksheet } from "exceljs";
import type { ChartPlan } from "../../review/kit/plan";
import { rangeA1 } from "../../review/kit/plan";
import { toRawCell } from "./cells";
import type { NativeChart } from "./chart-xml";
import { solidFill } from "./styles";

export const SERIES_COLORS = ["FF4472C4", "FFED7D31", "FFA5A5A5", "FFFFC000", "FF5B9BD5", "FF70AD47"];

/** A style used by the fallback (shared, never mutated). */
/** The title wraps in its cell: a long title never runs over the cells right of the chart (issue 11 §4). */
export const TITLE: Partial<Style> = { font: { bold: true, size: 12 }, alignment: { wrapText: true, vertical: "top" } };
export const HEADER: Partial<Style> = { font: { bold: true }, fill: solidFill("#F2F2F2"), border: { bottom: { style: "thin", color: { argb: "FF808080" } } } };
export const VALUE: Partial<Style> = { numFmt: "0.0" };

function plainValue(v: CellValue): string | number | null {
  const raw = toRawCell(v);
  return typeof raw === "boolean" ? String(raw) : raw;
}

/**
 * The categories and series of a chart's data range, given how to read its cells (0-based within the range, booleans as
 * text): the first column holds the categories, the first row the series names, the rest the values (non-numbers blank).
 */
export function chartData(chart: ChartPlan, read: (r: number, c: number) => string | number | null): Omit<NativeChart, "sheet"> {
  const { data } = chart;
  const rows = Math.max(0, data.rows - 1);
  const categories = Array.from({ length: rows }, (_, r) => {
    const v = read(r + 1, 0);
    return v === null ? "" : String(v);
  });
  const series = Array.from({ length: Math.max(0, data.cols - 1) }, (_, s) => {
    const name = read(0, s + 1);
    return {
      name: name === null ? `Series ${s + 1}` : String(name),
      values: Array.from({ length: rows }, (_, r) => {
        const v = read(r + 1, s + 1);
        return typeof v === "number" && Number.isFinite(v) ? v : null;
      }),
    };
  });
  return { plan: chart, categories, series };
}

/** The categories and series of a chart's data range as they are now on `ws` (read before the fallback draws). */
export function readChartData(ws: Worksheet, chart: ChartPlan): Omit<NativeChart, "sheet"> {
  return chartData(chart, (r, c) => plainValue(ws.getCell(chart.data.row + 1 + r, chart.data.col + 1 + c).value));
}

/** Draws one chart as in-cell bars; returns the number of categories drawn. */
export function drawChartFallback(ws: Worksheet, chart: ChartPlan, nextPriority: () => number): number {
  const { data, anchor } = chart;
  const top = anchor.row + 1;
  const left = anchor.col + 1;
  const seriesCount = Math.max(0, Math.min(data.cols - 1, Math.max(anchor.cols - 1, 1)));
  const categoryCount = Math.max(0, Math.min(data.rows - 1, Math.max(anchor.rows - 2, 1)));
  const read = (r: number, c: number) => plainValue(ws.getCell(data.row + 1 + r, data.col + 1 + c).value);

  // Read everything first: the anchor may overlap the data.
  const header = Array.from({ length: seriesCount + 1 }, (_, c) => read(0, c));
  const rows = Array.from({ length: categoryCount }, (_, r) => Array.from({ length: seriesCount + 1 }, (_, c) => read(r + 1, c)));

  const title = ws.getCell(top, left);
  title.value = chart.title;
  title.style = TITLE;
  header.forEach((v, c) => {
    const cell = ws.getCell(top + 1, left + c);
    cell.value = v ?? "";
    cell.style = HEADER;
  });
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      const cell = ws.getCell(top + 2 + r, left + c);
      cell.value = c === 0 ? (v === null ? "" : String(v)) : typeof v === "number" ? v : null;
      if (c > 0) cell.style = VALUE;
    }),
  );
  for (let s = 0; s < seriesCount && categoryCount > 0; s++) {
    const ref = rangeA1({ row: anchor.row + 2, col: anchor.col + 1 + s, rows: categoryCount, cols: 1 });
    const lo = chart.yMin !== undefined ? { type: "num" as const, value: chart.yMin } : { type: "min" as const };
    const hi = chart.yMax !== undefined ? { type: "num" as const, value: chart.yMax } : { type: "max" as const };
    ws.addConditionalFormatting({
      ref,
      rules: [{ type: "dataBar", cfvo: [lo, hi], gradient: false, priority: nextPriority(), ...{ color: { argb: SERIES_COLORS[s % SERIES_COLORS.length] } } }],
    });
  }
  return categoryCount;
}
