/**
 * Applying one SheetPlan to a CellGrid, step for step as write-sheet.ts applies it to an ExcelJS worksheet:
 * blocks (literal values, quote-marked formula-like text), style runs, merges (overlapping ones skipped with a
 * note), tables (unique names, header names written into the header row), conditional formats (priorities in
 * order), validations, chart data (read before any fallback draws) and the in-cell chart fallbacks of charts.ts.
 * The result is what the sheet writer (sheet-xml.ts) turns into XML.
 */
import type { ConditionalFormattingRule, DataValidation } from "exceljs";
import type { Block, RangeRef, SheetPlan } from "../../../review/kit/plan";
import { rangeA1 } from "../../../review/kit/plan";
import { uniqueTableName } from "../../sheet-names";
import type { NativeChart } from "../chart-xml";
import { chartData, HEADER, SERIES_COLORS, TITLE, VALUE } from "../charts";
import { cfRule } from "../conditional";
import { normaliseDataValidations } from "../data-validations";
import { looksLikeFormula } from "../styles";
import { tableColumnNames, validationOf } from "../write-sheet";
import { CellGrid, type GridValue } from "./cell-grid";
import type { StyleRegistry } from "./style-registry";
import { capText } from "./xml-text";

/** A table as written: its unique name, area (header + at least one data row), column names and style. */
export interface SheetTable {
  name: string;
  range: RangeRef;
  columns: string[];
  style: string;
}

/** One conditional-format rule on a range (ExcelJS's rule model, as conditional.ts and charts.ts build it). */
export interface SheetRule {
  ref: string;
  rule: ConditionalFormattingRule;
}

/** Everything the sheet writer needs about one applied plan. */
export interface AppliedSheet {
  plan: SheetPlan;
  grid: CellGrid;
  merges: RangeRef[];
  tables: SheetTable[];
  rules: SheetRule[];
  /** Data validations as disjoint rectangles (data-validations.ts), by A1 range. */
  validations: Record<string, DataValidation>;
  /** The plan's charts with their data as read (sheet name filled in). */
  charts: NativeChart[];
  /** Table names as written, by plan name. */
  tableNames: Record<string, string>;
  notes: string[];
}

/** A plan value as a cell value: text capped at 32,767 characters, non-finite numbers blank. */
export function toGridValue(v: unknown): GridValue {
  if (v === undefined || v === null) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string") return capText(v);
  if (typeof v === "boolean") return v;
  return null;
}

function writeBlock(grid: CellGrid, b: Block, styles: StyleRegistry): void {
  const width = b.values.reduce((m, r) => Math.max(m, r.length), 0);
  const key = JSON.stringify(b.style ?? null);
  const plain: number[] = [];
  const quoted: number[] = [];
  for (let c = 0; c < width; c++) plain.push(styles.layer(0, b.style, key, b.columnFormats?.[c] ?? b.numberFormat));
  b.values.forEach((rowValues, r) => {
    for (let c = 0; c < width; c++) {
      const v = rowValues[c];
      // Blocks come before merges: each cell is its own (no read-through).
      grid.setValue(b.row + r, b.col + c, toGridValue(v));
      const quote = typeof v === "string" && looksLikeFormula(v);
      grid.setStyle(b.row + r, b.col + c, quote ? (quoted[c] ??= styles.layer(0, b.style, key, b.columnFormats?.[c] ?? b.numberFormat, true)) : plain[c]);
    }
  });
}

const intersects = (a: RangeRef, b: RangeRef): boolean =>
  !(b.row + b.rows - 1 < a.row || b.row > a.row + a.rows - 1 || b.col + b.cols - 1 < a.col || b.col > a.col + a.cols - 1);

/** A cell value as chart data reads it (charts.ts `plainValue`: booleans as text). */
const chartValue = (v: GridValue): string | number | null => (typeof v === "boolean" ? String(v) : v);

function readChartData(grid: CellGrid, chart: SheetPlan["charts"][number], sheet: string): NativeChart {
  return { sheet, ...chartData(chart, (r, c) => chartValue(grid.value(chart.data.row + r, chart.data.col + c))) };
}

/** The in-cell fallback of charts.ts `drawChartFallback`, drawn on the grid. */
function drawChartFallback(a: AppliedSheet, chart: SheetPlan["charts"][number], styles: StyleRegistry, nextPriority: () => number): void {
  const { grid } = a;
  const { data, anchor } = chart;
  const seriesCount = Math.max(0, Math.min(data.cols - 1, Math.max(anchor.cols - 1, 1)));
  const categoryCount = Math.max(0, Math.min(data.rows - 1, Math.max(anchor.rows - 2, 1)));
  const read = (r: number, c: number) => chartValue(grid.value(data.row + r, data.col + c));
  const header = Array.from({ length: seriesCount + 1 }, (_, c) => read(0, c));
  const rows = Array.from({ length: categoryCount }, (_, r) => Array.from({ length: seriesCount + 1 }, (_, c) => read(r + 1, c)));
  const put = (row: number, col: number, v: GridValue, style?: number) => {
    grid.setValue(row, col, v);
    if (style !== undefined) grid.setStyle(row, col, style);
  };
  put(anchor.row, anchor.col, chart.title, styles.fixed(TITLE));
  header.forEach((v, c) => put(anchor.row + 1, anchor.col + c, v ?? "", styles.fixed(HEADER)));
  rows.forEach((row, r) =>
    row.forEach((v, c) => put(anchor.row + 2 + r, anchor.col + c, c === 0 ? (v === null ? "" : String(v)) : typeof v === "number" ? v : null, c > 0 ? styles.fixed(VALUE) : undefined)),
  );
  for (let s = 0; s < seriesCount && categoryCount > 0; s++) {
    const ref = rangeA1({ row: anchor.row + 2, col: anchor.col + 1 + s, rows: categoryCount, cols: 1 });
    const lo = chart.yMin !== undefined ? { type: "num" as const, value: chart.yMin } : { type: "min" as const };
    const hi = chart.yMax !== undefined ? { type: "num" as const, value: chart.yMax } : { type: "max" as const };
    const rule = { type: "dataBar" as const, cfvo: [lo, hi], gradient: false, priority: nextPriority(), color: { argb: SERIES_COLORS[s % SERIES_COLORS.length] } };
    a.rules.push({ ref, rule: rule as unknown as ConditionalFormattingRule });
  }
}

function addTable(a: AppliedSheet, t: SheetPlan["tables"][number], taken: Set<string>): void {
  if (t.range.rows < 1 || t.range.cols < 1) return;
  const { grid } = a;
  const columns = tableColumnNames(Array.from({ length: t.range.cols }, (_, j) => grid.value(t.range.row, t.range.col + j)));
  const dataRows = Math.max(1, t.range.rows - 1); // Excel tables need at least one data row
  const name = uniqueTableName(t.name, taken);
  if (name !== t.name) a.notes.push(`Table "${t.name}" exists already: named the new one "${name}".`);
  a.tableNames[t.name] = name;
  // As ExcelJS stores a table: the data rows' values are read first, then the header row gets the column names
  // and the data rows their values back. Only through merges does the write-back change anything: a data cell
  // covered by a merge writes its (read-through) value into the merge's top-left cell, which may be a header.
  const rows: GridValue[][] = [];
  const merged = grid.hasMerges();
  if (merged) for (let i = 0; i < dataRows; i++) rows.push(columns.map((_, j) => grid.value(t.range.row + 1 + i, t.range.col + j)));
  columns.forEach((c, j) => grid.setValue(t.range.row, t.range.col + j, c));
  rows.forEach((r, i) => r.forEach((v, j) => grid.setValue(t.range.row + 1 + i, t.range.col + j, v)));
  a.tables.push({ name, range: { row: t.range.row, col: t.range.col, rows: dataRows + 1, cols: t.range.cols }, columns, style: t.style || "TableStyleMedium2" });
}

/** Applies `plan` (to be written as sheet `name`); `taken` (lower-cased table names) gets the new tables. */
export function applyPlan(plan: SheetPlan, name: string, taken: Set<string>, styles: StyleRegistry): AppliedSheet {
  const a: AppliedSheet = { plan, grid: new CellGrid(), merges: [], tables: [], rules: [], validations: {}, charts: [], tableNames: {}, notes: [] };
  const { grid } = a;
  for (const b of plan.blocks) writeBlock(grid, b, styles);
  for (const run of plan.styles) {
    const key = JSON.stringify(run.style ?? null);
    const { row, col, rows, cols } = run.range;
    // The run's style laid over each style it meets, looked up once per style (a run may cover a register's column).
    const over: number[] = [];
    for (let i = row; i < row + rows; i++) {
      for (let j = col; j < col + cols; j++) {
        const prev = grid.style(i, j);
        grid.setStyle(i, j, (over[prev] ??= styles.layer(prev, run.style, key)));
      }
    }
  }
  for (const m of plan.merges) {
    if (m.rows * m.cols <= 1) continue;
    if (a.merges.some((x) => intersects(x, m))) {
      a.notes.push(`${plan.name}!${rangeA1(m)}: overlapping merge skipped.`);
      continue;
    }
    grid.merge(m.row, m.col, m.rows, m.cols);
    a.merges.push(m);
  }
  for (const t of plan.tables) addTable(a, t, taken);
  let priority = 1;
  const nextPriority = () => priority++;
  for (const cf of plan.conditionalFormats) a.rules.push({ ref: rangeA1(cf.range), rule: cfRule(cf, nextPriority()) });
  const model: Record<string, unknown> = {};
  for (const v of plan.validations) model[rangeA1(v.range)] = validationOf(v);
  a.validations = normaliseDataValidations(model) as Record<string, DataValidation>;
  a.charts = plan.charts.filter((c) => c.data.rows > 1 && c.data.cols > 1).map((c) => readChartData(grid, c, name));
  for (const chart of plan.charts) drawChartFallback(a, chart, styles, nextPriority);
  return a;
}
