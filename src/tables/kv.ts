/** Entries of a key/value table (Contract, Settings): the key text, the value cell, and both addresses. */
import { isBlank } from "../imm/scales";
import { dataCell, type FoundTable } from "./find";
import { headerText, mapHeaders } from "./headers";
import { KV_COLUMNS } from "./synonyms";
import type { RawCell } from "./types";

export interface KvEntry {
  key: string;
  value: RawCell;
  /** A1 of the key cell and of the value cell. */
  keyAddress: string;
  valueAddress: string;
}

/** The entries of a key/value table; rows with a blank key are skipped. Key | Value headers, else the first two columns. */
export function kvEntries(t: FoundTable): KvEntry[] {
  const m = mapHeaders(t.headers, KV_COLUMNS);
  const keyCol = m.missing.length === 0 ? m.fields.key : 0;
  const valueCol = m.missing.length === 0 ? m.fields.value : 1;
  const out: KvEntry[] = [];
  t.rows.forEach((row, i) => {
    const key = row[keyCol] ?? null;
    if (isBlank(key)) return;
    out.push({
      key: headerText(key), value: row[valueCol] ?? null,
      keyAddress: dataCell(t, i, keyCol), valueAddress: dataCell(t, i, valueCol),
    });
  });
  return out;
}
