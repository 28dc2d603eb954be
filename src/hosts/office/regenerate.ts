/**
 * Regenerating a generated sheet IN PLACE (issue 9 §2). Deleting a sheet or a table turns every formula that points
 * at it into #REF! for good (='IMM Dashboard'!B5, IMM_RiskRegister[Score], a chart series, a defined name), so the
 * worksheet object and its table objects are kept: the contents are cleared and rewritten, and tables are resized
 * with Excel.Table.resize (ExcelApi 1.13: "The new range must overlap with the original table range and the headers
 * (or the top of the table) must be in the same row"). Only a table that moved (or Excel before 1.13) is deleted and
 * added again under the same name, with a note that links to it were lost.
 */
import type { TablePlan } from "../../review/kit/plan";
import type { Features } from "./runner";
import type { Target } from "./write-targets";
import { asString } from "./cells";

/** What the write needs to know about an owned sheet before rewriting it. */
export interface SheetDetails {
  /** The used range's address without the sheet ("A1:K240"), "" when the sheet is empty. */
  used: string;
  /** Tables on the sheet: name → rectangle (0-based, header row included). */
  tables: Map<string, { row: number; col: number; rows: number; cols: number }>;
  /** The sheet's charts (deleted before the plan's charts are added again). */
  charts: Excel.Chart[];
}

/** Queues the loads for one owned sheet; call the returned function after `ctx.sync()`. */
export function queueSheetDetails(ctx: Excel.RequestContext, target: Target): () => SheetDetails {
  const ws = ctx.workbook.worksheets.getItem(target.existing as string);
  const used = ws.getUsedRangeOrNullObject(true).load("address");
  const names = [...target.kept, ...target.dropped];
  const ranges = names.map((n) => ws.tables.getItem(n).getRange().load("rowIndex, columnIndex, rowCount, columnCount"));
  const charts = ws.charts.load("items/name");
  return () => ({
    used: used.isNullObject ? "" : asString(used.address).replace(/^.*!/, ""),
    tables: new Map(names.map((n, i) => [n, { row: ranges[i].rowIndex, col: ranges[i].columnIndex, rows: ranges[i].rowCount, cols: ranges[i].columnCount }])),
    charts: charts.items,
  });
}

/** True when the user changed the sheet since IMM wrote it: its used range is not the one recorded then. */
export function wasEdited(recorded: string | null, details: SheetDetails): boolean {
  return recorded !== null && recorded !== details.used;
}

/** Number of operations clearSheet queues (for the batcher's reservation). */
export function clearOps(target: Target, details: SheetDetails): number {
  return 9 + details.charts.length + target.dropped.length;
}

/**
 * Queues clearing an owned sheet for its new contents: values, formats, hyperlinks, merges, conditional formats, validation,
 * freeze panes and charts go; the tables the plan no longer has are deleted; the kept tables stay (resized later).
 * Clear "Contents" and "Formats" are separate calls: "All" is not documented to leave a table object in place.
 */
export function clearSheet(ws: Excel.Worksheet, target: Target, details: SheetDetails, features: Features): void {
  ws.visibility = "Visible";
  // The whole sheet (getRange() without an address), not the used range: validation and conditional formats sit on
  // empty cells too, and a resumed run finds a sheet whose used range an interrupted run had already cleared.
  const all = ws.getRange();
  all.unmerge();
  all.clear("Contents");
  all.clear("Formats");
  // Clearing contents leaves a cell's hyperlink in Excel: an earlier run's file links go too.
  if (features.hyperlinks) all.clear("RemoveHyperlinks");
  if (features.conditionalFormats) all.conditionalFormats.clearAll();
  if (features.validation) all.dataValidation.clear();
  ws.freezePanes.unfreeze();
  for (const c of details.charts) c.delete();
  for (const t of target.dropped) ws.tables.getItem(t).delete();
}

/**
 * How a kept table takes its new range: "resize" when Excel allows it (same header row, overlapping, ExcelApi 1.13),
 * otherwise "replace" (delete and add under the same name; links to the table are lost and a note says so).
 */
export function keptTableMove(old: { row: number; col: number; rows: number; cols: number } | undefined, plan: TablePlan, features: Features): "resize" | "replace" {
  if (!old || !features.tableResize) return "replace";
  const r = plan.range;
  const overlap = old.row < r.row + r.rows && r.row < old.row + old.rows && old.col < r.col + r.cols && r.col < old.col + old.cols;
  return old.row === r.row && overlap ? "resize" : "replace";
}
