/**
 * Writing the IMM_Settings key/value table: values of existing keys are updated in place, missing keys written with
 * range values in the rows just below the table, which then grows over them with Table.resize (ExcelApi 1.13), and
 * the table is created (on a new "IMM Settings" sheet) when the workbook has none. A few syncs in all.
 * Not `table.rows.add`: Microsoft's "Coauthoring in Excel add-ins" lists adding rows with TableRowCollection.add as a
 * cause of merge conflicts (learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins).
 */
import { emptyPlan, type SheetPlan } from "../../review/kit/plan";
import { asString, TEXT_FORMAT, textCell } from "./cells";

export const SETTINGS_TABLE = "IMM_Settings";
export const SETTINGS_SHEET = "IMM Settings";

type Entry = [key: string, value: string | number];

/** Normalised key for matching ("Rating bands" ≈ "rating_bands"). */
export function normKey(s: unknown): string {
  return String(s ?? "").toLowerCase().replace(/[\s_-]+/g, "");
}

/** The plan of a new settings sheet holding the entries. */
export function settingsPlan(entries: Entry[]): SheetPlan {
  const plan = emptyPlan("IMM_Settings", SETTINGS_SHEET);
  const rows = entries.length ? entries.map(([k, v]) => [k, v]) : [["", ""]];
  plan.blocks.push({ row: 0, col: 0, values: [["Key", "Value"], ...rows] });
  plan.tables.push({ name: SETTINGS_TABLE, range: { row: 0, col: 0, rows: rows.length + 1, cols: 2 }, style: "TableStyleLight9" });
  plan.columnWidths.push({ col: 0, width: 30 }, { col: 1, width: 40 });
  return plan;
}

function columnOf(headers: unknown[], pattern: RegExp, fallback: number): number {
  const i = headers.findIndex((h) => pattern.test(asString(h)));
  return i >= 0 ? i : fallback;
}

/** A settings write that would overwrite the user's cells; nothing was written. */
export class SettingsError extends Error {}

/**
 * Writes new key rows just below the table with range values, then grows the table over them (one read sync to
 * check that those cells are empty: they are the user's otherwise, and nothing is written).
 */
async function appendBelow(ctx: Excel.RequestContext, table: Excel.Table, body: Excel.Range, width: number, keyCol: number, rows: string[][]): Promise<void> {
  const ws = table.worksheet;
  const placeholder = body.values.length === 1 && body.values[0].every((v: unknown) => v === "" || v === null);
  const first = placeholder ? body.rowIndex : body.rowIndex + body.values.length;
  const below = ws.getRangeByIndexes(first, body.columnIndex, rows.length, width).load("values, address");
  await ctx.sync();
  if (below.values.some((r: unknown[]) => r.some((v) => v !== "" && v !== null))) {
    throw new SettingsError(`IMM_Settings: ${below.address} below the table must be empty to add ${rows.map((r) => r[keyCol]).join(", ")}; move what is there, or add the keys to the table by hand. Nothing was changed.`);
  }
  below.numberFormat = rows.map((r) => r.map((_, j) => (j === keyCol ? TEXT_FORMAT : "General")));
  below.values = rows;
  const top = body.rowIndex - 1; // the header row
  table.resize(ws.getRangeByIndexes(top, body.columnIndex, first + rows.length - top, width));
}

/** Updates an existing settings table; returns false when the workbook has none (the caller creates it). */
export async function updateSettings(ctx: Excel.RequestContext, entries: Entry[], canResize = true): Promise<boolean> {
  const table = ctx.workbook.tables.getItemOrNullObject(SETTINGS_TABLE);
  table.load("name");
  await ctx.sync();
  // isNullObject is read after the sync above; the rule does not see through the early return.
  // eslint-disable-next-line office-addins/call-sync-before-read
  if (table.isNullObject) return false;

  const header = table.getHeaderRowRange().load("values");
  const load = (): Excel.Range => table.getDataBodyRange().load("values, rowIndex, columnIndex");
  let body = load();
  await ctx.sync();
  const headers: unknown[] = header.values[0] ?? [];
  const keyCol = columnOf(headers, /key|setting|name/i, 0);
  const valCol = columnOf(headers, /value/i, 1);
  const rowsByKey = (): Map<string, number> => {
    const m = new Map<string, number>();
    body.values.forEach((r: unknown[], i: number) => { if (normKey(r[keyCol]) && !m.has(normKey(r[keyCol]))) m.set(normKey(r[keyCol]), i); });
    return m;
  };
  let index = rowsByKey();
  const missing = entries.filter(([k]) => !index.has(normKey(k)));
  if (missing.length) {
    const keyRows = missing.map(([k]) => headers.map((_, j) => (j === keyCol ? k : "")));
    if (canResize) {
      await appendBelow(ctx, table, body, headers.length, keyCol, keyRows);
    } else {
      table.rows.add(undefined, keyRows); // before ExcelApi 1.13 there is no Table.resize
    }
    body = load();
    await ctx.sync();
    index = rowsByKey();
  }
  // eslint-disable-next-line office-addins/call-sync-before-read -- a navigation property, not a loaded value
  const sheet = table.worksheet;
  for (const [k, v] of entries) {
    const i = index.get(normKey(k));
    if (i === undefined) continue;
    const cell = sheet.getRangeByIndexes(body.rowIndex + i, body.columnIndex + valCol, 1, 1);
    if (typeof v === "string" && v !== "") {
      const t = textCell(v);
      if (t.format) cell.numberFormat = [[t.format]];
      cell.values = [[t.value]];
    } else {
      cell.values = [[v]];
    }
  }
  await ctx.sync();
  return true;
}
