/**
 * Writing blocks in bulk: one 2-D `values` write per block (chunked by rows to fit the payload budget), preceded by
 * one 2-D `numberFormat` write that gives every text cell the text format (cells.ts `textCell`), so `=HYPERLINK(…)`,
 * `+cmd`, "Jan 2025", "10:30 AM", "#N/A", "007" and "'quoted" arrive literally — decided by the value's type.
 */
import type { Block } from "../../review/kit/plan";
import { type Batcher, jsonSize, OP_OVERHEAD } from "./batcher";
import { textCell, toExcelValue } from "./cells";
import type { Features } from "./runner";
import { applyStyle, MAX_STYLE_OPS } from "./styles";

/** Smallest room worth filling before flushing (bytes). */
const MIN_ROOM = 64 * 1024;

interface Prepared {
  values: (string | number | boolean)[][];
  formats: string[][] | null;
  rowBytes: number[];
  cols: number;
}

/** Values as Excel takes them, plus the number-format grid when any cell needs one (every non-empty string does). */
export function prepareBlock(block: Block): Prepared {
  const cols = block.values.reduce((w, r) => Math.max(w, r.length), 0);
  const colFmt = Array.from({ length: cols }, (_, j) => block.columnFormats?.[j] ?? block.numberFormat);
  let anyFormat = colFmt.some((f) => f !== undefined);
  const cellFormats: (string | null)[][] = [];
  const values = block.values.map((r) => {
    const row = new Array<string | number | boolean>(cols);
    const fmts = new Array<string | null>(cols).fill(null);
    for (let j = 0; j < cols; j++) {
      const v = toExcelValue(r[j] ?? null);
      if (typeof v === "string" && v !== "") {
        const t = textCell(v);
        row[j] = t.value;
        fmts[j] = t.format;
        if (t.format !== null) anyFormat = true;
      } else {
        row[j] = v;
      }
    }
    cellFormats.push(fmts);
    return row;
  });
  const formats = anyFormat ? cellFormats.map((row) => row.map((f, j) => f ?? colFmt[j] ?? "General")) : null;
  const rowBytes = values.map((row, i) => jsonSize(row) + (formats ? jsonSize(formats[i]) : 0) + 2);
  return { values, formats, rowBytes, cols };
}

/** Queues one block's writes (formats, then values, then the block style), syncing only when the budget is full. */
export async function writeBlock(sheet: Excel.Worksheet, block: Block, batch: Batcher, features: Features): Promise<void> {
  const p = prepareBlock(block);
  if (p.values.length === 0 || p.cols === 0) return;
  let i = 0;
  while (i < p.values.length) {
    let room = batch.budget - batch.queued - 2 * OP_OVERHEAD;
    if (room < Math.min(MIN_ROOM, batch.budget / 8) && batch.queued > 0) {
      await batch.flush();
      room = batch.budget - 2 * OP_OVERHEAD;
    }
    let n = 0;
    let bytes = 0;
    while (i + n < p.values.length && (n === 0 || bytes + p.rowBytes[i + n] <= room)) bytes += p.rowBytes[i + n++];
    await batch.reserve(bytes + 2 * OP_OVERHEAD);
    const range = sheet.getRangeByIndexes(block.row + i, block.col, n, p.cols);
    if (p.formats) range.numberFormat = p.formats.slice(i, i + n);
    range.values = p.values.slice(i, i + n);
    i += n;
  }
  if (block.style) {
    await batch.reserve(MAX_STYLE_OPS * OP_OVERHEAD);
    const whole = sheet.getRangeByIndexes(block.row, block.col, p.values.length, p.cols);
    applyStyle(whole, block.style, features, p.values.length > 1, p.cols > 1);
  }
}
