/**
 * Writing the IMM_Settings key/value table: values of existing keys are updated in place, missing keys appended as
 * table rows, and the table is created (on a new "IMM Settings" sheet) when the workbook has none. A few syncs in all.
 */
import { emptyPlan, type SheetPlan } from "../../review/plan";
import { asString, textCell } from "./cells";

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

/** Updates an existing settings table; returns false when the workbook has none (the caller creates it). */
export async function updateSettings(ctx: Excel.RequestContext, entries: Entry[]): Promise<boolean> {
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
    table.rows.add(undefined, missing.map(([k]) => headers.map((_, j) => (j === keyCol ? k : ""))));
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
