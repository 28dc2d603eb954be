/**
 * Applying one SheetPlan to an empty ExcelJS worksheet: blocks, number formats, styles, widths, heights,
 * merges, freeze panes, tab colour, gridlines, tables, hyperlinks, conditional formats, validations and chart fallbacks.
 * Cell styles are assigned as whole (shared, never mutated) objects: ExcelJS's per-property setters mutate the
 * shared style object, so they are not used here.
 */
import type { Cell, CellValue, DataValidation, Style, Worksheet } from "exceljs";
import type { Block, CellStyle, PlanValue, RangeRef, SheetPlan, TablePlan, ValidationPlan } from "../../review/kit/plan";
import { rangeA1 } from "../../review/kit/plan";
import { drawChartFallback, readChartData } from "./charts";
import { applyPageSetup } from "./page-setup";
import type { NativeChart } from "./chart-xml";
import { cfOptions } from "./conditional";
import { uniqueTableName } from "../sheet-names";
import { argb, looksLikeFormula, mergeStyle, withQuoteMarker } from "./styles";

const MAX_TEXT = 32_767;

/** What writing a sheet reported. */
export interface SheetWriteInfo {
  /** Table names as written (after making them unique), by plan name. */
  tables: Record<string, string>;
  /** True when a cell got the quote-prefix marker. */
  quoted: boolean;
  notes: string[];
  /** The plan's charts with their data as written (the sheet name is filled in when the file is written). */
  charts: Omit<NativeChart, "sheet">[];
}

/** A plan value as an ExcelJS cell value: strings stay literal text (capped at Excel's 32,767 chars). */
export function toCellValue(v: PlanValue | undefined): CellValue {
  if (v === undefined || v === null) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string") return v.length > MAX_TEXT ? v.slice(0, MAX_TEXT) : v;
  return v;
}

/**
 * Shares style objects: the same (previous style, patch) always yields the same object. ExcelJS renders and
 * de-duplicates each distinct style object when writing, so sharing keeps large sheets fast.
 */
export class StyleCache {
  private readonly root = new Map<string, Partial<Style>>();
  private readonly byPrev = new WeakMap<object, Map<string, Partial<Style>>>();

  /** `prev` with the plan style and number format laid over it (optionally quote-marked). */
  get(prev: Partial<Style> | undefined, style: CellStyle | undefined, numFmt?: string, quote = false): Partial<Style> {
    const isEmpty = !prev || Object.keys(prev).length === 0;
    let map = isEmpty ? this.root : this.byPrev.get(prev);
    if (!map) {
      map = new Map();
      this.byPrev.set(prev as object, map);
    }
    const key = `${JSON.stringify(style ?? null)}|${numFmt ?? ""}|${quote ? 1 : 0}`;
    let out = map.get(key);
    if (!out) {
      out = mergeStyle(isEmpty ? undefined : prev, style, numFmt);
      if (quote) out = withQuoteMarker(out);
      map.set(key, out);
    }
    return out;
  }
}

function writeBlock(ws: Worksheet, b: Block, info: SheetWriteInfo, cache: StyleCache): void {
  const width = b.values.reduce((m, r) => Math.max(m, r.length), 0);
  const styles: Partial<Style>[] = [];
  const quoted: Partial<Style>[] = [];
  for (let c = 0; c < width; c++) styles.push(cache.get(undefined, b.style, b.columnFormats?.[c] ?? b.numberFormat));
  b.values.forEach((rowValues, r) => {
    const row = ws.getRow(b.row + r + 1);
    for (let c = 0; c < width; c++) {
      const v = rowValues[c];
      const cell = row.getCell(b.col + c + 1);
      cell.value = toCellValue(v);
      if (typeof v === "string" && looksLikeFormula(v)) {
        quoted[c] ??= cache.get(undefined, b.style, b.columnFormats?.[c] ?? b.numberFormat, true);
        cell.style = quoted[c];
        info.quoted = true;
      } else {
        cell.style = styles[c];
      }
    }
  });
}

function forEachCell(ws: Worksheet, r: RangeRef, fn: (cell: Cell) => void): void {
  for (let i = 0; i < r.rows; i++) {
    const row = ws.getRow(r.row + i + 1);
    for (let j = 0; j < r.cols; j++) fn(row.getCell(r.col + j + 1));
  }
}

function applyStyleRun(ws: Worksheet, range: RangeRef, style: CellStyle, cache: StyleCache): void {
  forEachCell(ws, range, (cell) => {
    cell.style = cache.get(cell.style as Partial<Style>, style);
  });
}

/**
 * Table column names from the header row's values: blank → "ColumnN", line breaks and tabs → one space, trimmed,
 * duplicates (case-insensitive) suffixed " 2", " 3", … (Excel needs unique, non-empty header names).
 */
export function tableColumnNames(values: readonly unknown[]): string[] {
  const seen = new Set<string>();
  return values.map((v, j) => {
    let name = v === null || v === undefined || v === "" ? `Column${j + 1}` : String(v).replace(/[\r\n\t]+/g, " ").trim() || `Column${j + 1}`;
    const base = name;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base} ${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

function headerNames(ws: Worksheet, t: TablePlan): string[] {
  const row = ws.getRow(t.range.row + 1);
  return tableColumnNames(Array.from({ length: t.range.cols }, (_, j) => row.getCell(t.range.col + j + 1).value));
}

function addTable(ws: Worksheet, t: TablePlan, tableNames: Set<string>, info: SheetWriteInfo): void {
  if (t.range.rows < 1 || t.range.cols < 1) return;
  const columns = headerNames(ws, t).map((name) => ({ name, filterButton: true }));
  const dataRows = Math.max(1, t.range.rows - 1); // Excel tables need at least one data row
  const rows: CellValue[][] = [];
  for (let i = 0; i < dataRows; i++) {
    const row = ws.getRow(t.range.row + 2 + i);
    rows.push(columns.map((_, j) => row.getCell(t.range.col + j + 1).value));
  }
  const name = uniqueTableName(t.name, tableNames);
  if (name !== t.name) info.notes.push(`Table "${t.name}" exists already: named the new one "${name}".`);
  info.tables[t.name] = name;
  const theme = (t.style || "TableStyleMedium2") as NonNullable<NonNullable<Parameters<Worksheet["addTable"]>[0]["style"]>["theme"]>;
  ws.addTable({ name, displayName: name, ref: rangeA1({ ...t.range, rows: 1, cols: 1 }), headerRow: true, totalsRow: false, style: { theme, showRowStripes: true }, columns, rows });
}

/** The ExcelJS data validation of a plan validation. */
export function validationOf(v: ValidationPlan): DataValidation {
  const base = { allowBlank: true, showErrorMessage: true, error: v.error, errorTitle: "IMM" };
  switch (v.rule.kind) {
    case "list": {
      const items = v.rule.values.map((s) => s.replace(/[",]/g, " ").trim());
      return { ...base, type: "list", formulae: [`"${items.join(",")}"`] };
    }
    case "decimal":
    case "whole":
      return { ...base, type: v.rule.kind, operator: "between", formulae: [v.rule.min, v.rule.max] };
  }
}

/** Default Excel column width (characters). */
const DEFAULT_WIDTH = 8.43;
/** Characters that still print legibly across one landscape page. */
const CHARS_PER_PAGE = 350;

/**
 * Print/PDF layout of a plan without its own print set-up (input templates): landscape, as many pages wide as keeps text legible —
 * one page for most review sheets, more for a wide register.
 */
export function pagesWide(plan: SheetPlan): number {
  const lastCol = Math.max(0, ...plan.blocks.map((b) => b.col + b.values.reduce((m, r) => Math.max(m, r.length), 0)));
  const widths = new Map(plan.columnWidths.map((c) => [c.col, c.width]));
  let total = 0;
  for (let c = 0; c < lastCol; c++) total += widths.get(c) ?? DEFAULT_WIDTH;
  return Math.max(1, Math.ceil(total / CHARS_PER_PAGE));
}

/** Writes a whole plan onto `ws` (expected empty). `tableNames` (lower-cased) is updated with new tables. */
export function writeSheet(ws: Worksheet, plan: SheetPlan, tableNames: Set<string>, cache = new StyleCache()): SheetWriteInfo {
  const info: SheetWriteInfo = { tables: {}, quoted: false, notes: [], charts: [] };
  const tab = argb(plan.tabColor);
  if (tab) ws.properties.tabColor = { argb: tab };
  const freeze = plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0) ? plan.freeze : undefined;
  const showGridLines = plan.showGridlines ?? true;
  ws.views = freeze
    ? [{ state: "frozen", xSplit: freeze.cols, ySplit: freeze.rows, topLeftCell: rangeA1({ row: freeze.rows, col: freeze.cols, rows: 1, cols: 1 }), showGridLines }]
    : [{ state: "normal", showGridLines }];
  if (plan.page) applyPageSetup(ws, plan.page);
  else ws.pageSetup = { ...ws.pageSetup, orientation: "landscape", fitToPage: true, fitToWidth: pagesWide(plan), fitToHeight: 0 };
  for (const { col, width } of plan.columnWidths) ws.getColumn(col + 1).width = width;
  for (const col of plan.hiddenColumns ?? []) ws.getColumn(col + 1).hidden = true;
  for (const b of plan.blocks) writeBlock(ws, b, info, cache);
  for (const run of plan.styles) applyStyleRun(ws, run.range, run.style, cache);
  for (const { row, height } of plan.rowHeights ?? []) ws.getRow(row + 1).height = height;
  for (const m of plan.merges) {
    if (m.rows * m.cols <= 1) continue;
    try {
      ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
    } catch {
      info.notes.push(`${plan.name}!${rangeA1(m)}: overlapping merge skipped.`);
    }
  }
  for (const t of plan.tables) addTable(ws, t, tableNames, info);
  // Hyperlink cells: ExcelJS writes a <hyperlink> with an external relationship (never a formula); the text stays literal.
  for (const l of plan.links ?? []) ws.getCell(l.row + 1, l.col + 1).value = { text: toCellValue(l.text) as string, hyperlink: l.target, tooltip: l.tooltip };
  let priority = 1;
  const nextPriority = () => priority++;
  for (const cf of plan.conditionalFormats) ws.addConditionalFormatting(cfOptions(cf, nextPriority()));
  const dv = (ws as unknown as { dataValidations: { add(address: string, v: DataValidation): void } }).dataValidations;
  for (const v of plan.validations) dv.add(rangeA1(v.range), validationOf(v));
  // Read every chart's data before any fallback draws (an anchor may overlap another chart's data).
  info.charts = plan.charts.filter((c) => c.data.rows > 1 && c.data.cols > 1).map((c) => readChartData(ws, c));
  for (const chart of plan.charts) drawChartFallback(ws, chart, nextPriority);
  return info;
}
