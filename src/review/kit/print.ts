/**
 * Print set-up of a generated sheet (issue 11 §7), derived from its plan: chart helper data hidden and left out of
 * the print area, paper size, orientation, one page wide, title rows and a header and footer. Pure; both hosts apply
 * the resulting PageSetupPlan.
 *
 * Rules (for the release note):
 * - Chart helper data: a chart's data block that is not an Excel table of the sheet (with its "Chart data" caption
 *   above it) is helper data; a column holding nothing but helper data is hidden (charts are set to plot hidden
 *   cells) and the print area ends before it.
 * - Orientation: landscape when the printed columns are wider than a portrait page holds at a readable size
 *   (PORTRAIT_CHARS characters of column width), or when the sheet prints on one page (the dashboard); else portrait.
 * - Always one page wide; a one-page sheet (the dashboard) is also one page tall.
 * - Title rows: the sheet's title and stamp (rows 1–2) repeat at the top of every page.
 * - Header: contract name (left), sheet name (centre, Excel's &A so it follows a renamed sheet), review date (right);
 *   footer: "Page X of Y" (centre, &P of &N).
 */
import { fmtDate } from "./text";
import type { PageSetupPlan, PaperSize, RangeRef, SheetPlan } from "./plan";

/** Column width (Excel characters) a portrait A4/Letter page holds at a readable scale. */
export const PORTRAIT_CHARS = 110;
/** Excel's default column width, for columns the plan does not size. */
const DEFAULT_WIDTH = 8.43;

export interface PrintOptions {
  project: string;
  reviewDate: number | null;
  paperSize: PaperSize;
  /** The whole sheet on one page (the dashboard). */
  onePage?: boolean;
}

/** Text for a header/footer section: "&" doubled so Excel shows it instead of reading a code. */
export function headerText(s: string): string {
  return s.replace(/&/g, "&&");
}

const contains = (outer: RangeRef, inner: RangeRef): boolean =>
  inner.row >= outer.row && inner.col >= outer.col && inner.row + inner.rows <= outer.row + outer.rows
  && inner.col + inner.cols <= outer.col + outer.cols;

/** Chart data blocks that are not tables of the sheet, each with the caption row above it. */
function helperRanges(plan: SheetPlan): RangeRef[] {
  return plan.charts
    .filter((c) => !plan.tables.some((t) => contains(t.range, c.data)))
    .map((c) => ({ row: Math.max(0, c.data.row - 1), col: c.data.col, rows: c.data.rows + (c.data.row > 0 ? 1 : 0), cols: c.data.cols }));
}

/** Columns holding nothing but chart helper data (no other value, table, merge or chart over them). */
export function helperColumns(plan: SheetPlan): number[] {
  const helpers = helperRanges(plan);
  const candidates = new Set(helpers.flatMap((h) => Array.from({ length: h.cols }, (_, j) => h.col + j)));
  const inHelper = (row: number, col: number): boolean =>
    helpers.some((h) => row >= h.row && row < h.row + h.rows && col >= h.col && col < h.col + h.cols);
  if (candidates.size === 0) return [];
  for (const b of plan.blocks) {
    b.values.forEach((r, i) => r.forEach((v, j) => {
      if (candidates.has(b.col + j) && v !== null && v !== "" && !inHelper(b.row + i, b.col + j)) candidates.delete(b.col + j);
    }));
  }
  const covers = [...plan.tables.map((t) => t.range), ...plan.merges, ...plan.charts.map((c) => c.anchor)];
  for (const c of [...candidates]) if (covers.some((r) => c >= r.col && c < r.col + r.cols)) candidates.delete(c);
  return [...candidates].sort((a, b) => a - b);
}

/** The range of everything printed: values, tables, merges and charts, without the hidden columns. */
function usedRange(plan: SheetPlan, hidden: ReadonlySet<number>): RangeRef {
  let rows = 1;
  let cols = 1;
  const take = (r: RangeRef): void => {
    rows = Math.max(rows, r.row + r.rows);
    const visible = Array.from({ length: r.cols }, (_, j) => r.col + j).filter((c) => !hidden.has(c));
    if (visible.length) cols = Math.max(cols, visible[visible.length - 1] + 1);
  };
  for (const b of plan.blocks) {
    b.values.forEach((r, i) => r.forEach((v, j) => {
      if (v === null || v === "") return;
      // take() of the one cell, without building it (a register has hundreds of thousands of cells)
      rows = Math.max(rows, b.row + i + 1);
      if (!hidden.has(b.col + j)) cols = Math.max(cols, b.col + j + 1);
    }));
  }
  [...plan.tables.map((t) => t.range), ...plan.merges, ...plan.charts.map((c) => c.anchor)].forEach(take);
  // The title and stamp run over the columns to their right; they never widen the print area.
  return { row: 0, col: 0, rows, cols };
}

/** Width of the printed columns, in Excel characters. */
function printedWidth(plan: SheetPlan, area: RangeRef, hidden: ReadonlySet<number>): number {
  let sum = 0;
  for (let c = area.col; c < area.col + area.cols; c++) {
    if (hidden.has(c)) continue;
    sum += plan.columnWidths.find((w) => w.col === c)?.width ?? DEFAULT_WIDTH;
  }
  return sum;
}

/** The print set-up of a plan (see the rules above). */
export function pageSetupOf(plan: SheetPlan, hidden: readonly number[], o: PrintOptions): PageSetupPlan {
  const hide = new Set(hidden);
  const area = usedRange(plan, hide);
  const wide = printedWidth(plan, area, hide) > PORTRAIT_CHARS;
  const date = o.reviewDate === null ? "Review date not set" : `Review date ${fmtDate(o.reviewDate)}`;
  return {
    paperSize: o.paperSize,
    orientation: o.onePage || wide ? "landscape" : "portrait",
    fitToHeight: o.onePage ? 1 : 0,
    titleRows: { first: 0, last: 1 },
    printArea: area,
    header: { left: headerText(o.project), center: "&A", right: headerText(date) },
    footer: { center: "Page &P of &N" },
  };
}

/** Sets a finished plan's hidden helper columns and print set-up; returns the plan. */
export function withPrintSetup(plan: SheetPlan, o: PrintOptions): SheetPlan {
  const hidden = helperColumns(plan);
  if (hidden.length) plan.hiddenColumns = hidden;
  plan.page = pageSetupOf(plan, hidden, o);
  return plan;
}
