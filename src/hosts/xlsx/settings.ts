/** Writing the IMM_Settings key/value table: update values in place, append missing keys, create it if absent. */
import type { Workbook, Worksheet } from "exceljs";
import { ImmInputError } from "../../imm/errors";
import { a1 } from "../../review/kit/plan";
import { toRawCell } from "./cells";
import { uniqueSheetName } from "../sheet-names";
import { looksLikeFormula, withQuoteMarker } from "./styles";
import { tableBounds, tablesOf, type TableModel } from "./tables";

export const SETTINGS_TABLE = "IMM_Settings";
export const SETTINGS_SHEET = "IMM Settings";

type Entry = [key: string, value: string | number];

function normKey(s: unknown): string {
  return String(s ?? "").toLowerCase().replace(/[\s_-]+/g, "");
}

function findSettings(wb: Workbook): { ws: Worksheet; table: TableModel } | null {
  for (const ws of wb.worksheets) {
    for (const table of tablesOf(ws)) if (table.name.toLowerCase() === SETTINGS_TABLE.toLowerCase()) return { ws, table };
  }
  return null;
}

function setValue(ws: Worksheet, row: number, col: number, value: string | number): boolean {
  const cell = ws.getCell(row, col);
  cell.value = value;
  if (typeof value === "string" && looksLikeFormula(value)) {
    cell.style = withQuoteMarker(cell.style ?? {});
    return true;
  }
  return false;
}

/** Updates/creates the settings table; returns true when a cell got the quote-prefix marker. */
export function writeSettingsTable(wb: Workbook, entries: Entry[]): boolean {
  let quoted = false;
  const found = findSettings(wb);
  if (!found) {
    const ws = wb.addWorksheet(uniqueSheetName(SETTINGS_SHEET, new Set(wb.worksheets.map((w) => w.name.toLowerCase()))));
    ws.getColumn(1).width = 30;
    ws.getColumn(2).width = 40;
    const rows = entries.length ? entries.map(([k, v]) => [k, v]) : [["", ""]];
    ws.addTable({ name: SETTINGS_TABLE, ref: "A1", headerRow: true, style: { theme: "TableStyleLight9", showRowStripes: true }, columns: [{ name: "Key", filterButton: true }, { name: "Value", filterButton: true }], rows });
    entries.forEach(([, v], i) => {
      if (typeof v === "string" && looksLikeFormula(v)) quoted = setValue(ws, i + 2, 2, v) || quoted;
    });
    return quoted;
  }
  const { ws, table } = found;
  const b = tableBounds(table);
  if (!b) throw new ImmInputError(ws.name, `${ws.name}: the ${SETTINGS_TABLE} table has no readable range`);
  const keyCol = b.left;
  const valueCol = b.left + 1;
  if (valueCol > b.right) throw new ImmInputError(`${ws.name}!${a1(b.top - 1, b.left - 1)}`, `${ws.name}!${a1(b.top - 1, b.left - 1)}: the ${SETTINGS_TABLE} table needs a Key and a Value column`);
  const firstData = b.top + (table.headerRow === false ? 0 : 1);
  let lastData = b.bottom - (table.totalsRow ? 1 : 0);
  const rowOf = new Map<string, number>();
  for (let r = firstData; r <= lastData; r++) {
    const k = normKey(toRawCell(ws.getCell(r, keyCol).value));
    if (k && !rowOf.has(k)) rowOf.set(k, r);
  }
  const missing: Entry[] = [];
  for (const [k, v] of entries) {
    const r = rowOf.get(normKey(k));
    if (r === undefined) missing.push([k, v]);
    else quoted = setValue(ws, r, valueCol, v) || quoted;
  }
  if (!missing.length) return quoted;
  if (table.totalsRow) throw new ImmInputError(ws.name, `${ws.name}: the ${SETTINGS_TABLE} table has a totals row; add the keys ${missing.map((m) => m[0]).join(", ")} by hand`);
  for (let i = 0; i < missing.length; i++) {
    for (let c = b.left; c <= b.right; c++) {
      const v = toRawCell(ws.getCell(lastData + 1 + i, c).value);
      if (v !== null && v !== "") {
        throw new ImmInputError(`${ws.name}!${a1(lastData + i, c - 1)}`, `${ws.name}!${a1(lastData + i, c - 1)}: no room below the ${SETTINGS_TABLE} table to add ${missing.length} setting(s)`);
      }
    }
  }
  for (const [k, v] of missing) {
    lastData++;
    ws.getCell(lastData, keyCol).value = k;
    quoted = setValue(ws, lastData, valueCol, v) || quoted;
  }
  const ref = `${a1(b.top - 1, b.left - 1)}:${a1(lastData - 1, b.right - 1)}`;
  table.tableRef = ref;
  table.autoFilterRef = ref;
  const live = table as TableModel & { rows?: unknown[][] };
  if (Array.isArray(live.rows)) for (const [k, v] of missing) live.rows.push([k, v, ...Array(Math.max(0, b.right - b.left - 1)).fill(null)]);
  return quoted;
}
