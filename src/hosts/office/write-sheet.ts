/**
 * Writes one SheetPlan onto a new or cleared worksheet in bulk: blocks, then tables (after values, before merges:
 * a kept table is resized off any cell the plan merges), hyperlinks, style runs, sizes, merges, freeze panes, conditional
 * formats, charts and validation. Operations are queued; the Batcher syncs.
 */
import type { SheetPlan, TablePlan } from "../../review/kit/plan";
import { type Batcher, OP_OVERHEAD } from "./batcher";
import { addChart } from "./charts";
import { applyPageLayout } from "./page-layout";
import { addConditionalFormat } from "./conditional";
import type { Features } from "./runner";
import { applyStyle, charsToPoints, MAX_STYLE_OPS } from "./styles";
import { addValidation } from "./validation";
import { writeBlock } from "./write-blocks";
import { keptTableMove, type SheetDetails } from "./regenerate";
import type { Target } from "./write-targets";

export interface SheetWriteOptions {
  features: Features;
  /** Where the plan goes: its final table names and, in place, the tables kept. */
  target: Target;
  /** In place: what the sheet held (kept tables' ranges). */
  details?: SheetDetails;
}

/** Runs of equal values over consecutive indexes: [start, count, value]. */
function runs(items: { at: number; value: number }[]): [number, number, number][] {
  const sorted = [...items].sort((a, b) => a.at - b.at);
  const out: [number, number, number][] = [];
  for (const { at, value } of sorted) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === at && last[2] === value) last[1]++;
    else out.push([at, 1, value]);
  }
  return out;
}

/** Queues the whole plan on `sheet`; returns notes for the user. */
export async function writeSheet(sheet: Excel.Worksheet, plan: SheetPlan, batch: Batcher, opts: SheetWriteOptions): Promise<{ notes: string[] }> {
  const { features } = opts;
  const notes: string[] = [];
  const small = async (ops = 1): Promise<void> => batch.reserve(ops * OP_OVERHEAD);

  if (plan.tabColor && features.tabColor) { await small(); sheet.tabColor = plan.tabColor; }
  if (plan.showGridlines !== undefined && features.gridlines) { await small(); sheet.showGridlines = plan.showGridlines; }

  for (const block of plan.blocks) await writeBlock(sheet, block, batch, features);
  await writeTables(sheet, plan, batch, opts, notes);

  // Hyperlink cells (range.hyperlink, ExcelApi 1.7): a link object, never a HYPERLINK formula; the text stays literal.
  if (features.hyperlinks) {
    for (const l of plan.links ?? []) {
      await small(2);
      sheet.getRangeByIndexes(l.row, l.col, 1, 1).hyperlink = { address: l.target, textToDisplay: l.text, ...(l.tooltip ? { screenTip: l.tooltip } : {}) };
    }
  } else if (plan.links?.length) {
    notes.push(`${plan.name}: links to files need Excel API 1.7; the file names are shown as text.`);
  }

  for (const run of plan.styles) {
    await small(MAX_STYLE_OPS);
    const r = run.range;
    applyStyle(sheet.getRangeByIndexes(r.row, r.col, r.rows, r.cols), run.style, features, r.rows > 1, r.cols > 1);
  }

  for (const [col, n, width] of runs(plan.columnWidths.map((w) => ({ at: w.col, value: w.width })))) {
    await small();
    sheet.getRangeByIndexes(0, col, 1, n).format.columnWidth = charsToPoints(width);
  }
  // Hidden only where charts can be told to plot hidden cells (ExcelApi 1.8), else the charts would go blank.
  for (const col of features.validation ? plan.hiddenColumns ?? [] : []) {
    await small();
    sheet.getRangeByIndexes(0, col, 1, 1).columnHidden = true; // hides the whole column
  }
  for (const [row, n, height] of runs((plan.rowHeights ?? []).map((h) => ({ at: h.row, value: h.height })))) {
    await small();
    sheet.getRangeByIndexes(row, 0, n, 1).format.rowHeight = height;
  }

  for (const m of plan.merges) {
    await small();
    sheet.getRangeByIndexes(m.row, m.col, m.rows, m.cols).merge(false);
  }

  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)) {
    await small();
    const { rows, cols } = plan.freeze;
    if (rows > 0 && cols > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, cols));
    else if (rows > 0) sheet.freezePanes.freezeRows(rows);
    else sheet.freezePanes.freezeColumns(cols);
  }

  if (features.conditionalFormats) {
    for (const cf of plan.conditionalFormats) {
      await small(6);
      addConditionalFormat(sheet, cf);
    }
  } else if (plan.conditionalFormats.length) {
    notes.push(`${plan.name}: conditional formats need Excel API 1.6; colours were left as written.`);
  }

  for (const chart of plan.charts) {
    await small(6);
    addChart(sheet, chart, features.validation);
  }

  if (plan.page) {
    if (features.pageLayout) {
      await small(16);
      applyPageLayout(sheet, plan.page);
    } else {
      notes.push(`${plan.name}: print set-up (paper, header and footer) needs Excel API 1.9; left as Excel's default.`);
    }
  }

  if (features.validation) {
    for (const v of plan.validations) {
      await small(2);
      addValidation(sheet, v);
    }
  } else if (plan.validations.length) {
    notes.push(`${plan.name}: drop-down lists need Excel API 1.8; skipped.`);
  }
  return { notes };
}

/**
 * The plan's tables under their final names: a kept table (in place) is resized first — before any table is added
 * where it used to be — or, when it cannot be, deleted and added again; the others are added.
 */
async function writeTables(sheet: Excel.Worksheet, plan: SheetPlan, batch: Batcher, opts: SheetWriteOptions, notes: string[]): Promise<void> {
  const { target, details } = opts;
  const range = (t: TablePlan): Excel.Range => sheet.getRangeByIndexes(t.range.row, t.range.col, t.range.rows, t.range.cols);
  const resized = new Set<number>();
  for (let i = 0; i < plan.tables.length; i++) {
    const name = target.tableNames[i];
    if (!target.kept.has(name)) continue;
    await batch.reserve(2 * OP_OVERHEAD);
    const table = sheet.tables.getItem(name);
    if (keptTableMove(details?.tables.get(name), plan.tables[i], opts.features) === "resize") {
      table.resize(range(plan.tables[i]));
      table.style = plan.tables[i].style;
      resized.add(i);
    } else {
      table.delete();
      notes.push(`${target.name}: table ${name} was re-created; formulas that referred to it show #REF!.`);
    }
  }
  for (let i = 0; i < plan.tables.length; i++) {
    if (resized.has(i)) continue;
    await batch.reserve(3 * OP_OVERHEAD);
    const table = sheet.tables.add(range(plan.tables[i]), true);
    table.name = target.tableNames[i];
    table.style = plan.tables[i].style;
  }
}
