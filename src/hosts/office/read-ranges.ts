/**
 * Reading many rectangles' values with every response under a byte budget. Excel on the web fails a sync whose
 * response is over 5 MB (`ResponsePayloadSizeLimitExceeded`), so the reads are packed into syncs by an estimate of
 * each range's bytes per cell, cut into row chunks when one range alone is too big. A range of more than `PROBE`
 * rows is first read for its top `PROBE` rows only, and the rest is packed by the bytes per cell those rows showed
 * (with a margin); a sync that is still too big is retried with chunks half the size.
 */
import type { RawCell } from "../../tables/types";
import { toRawGrid } from "./cells";
import { cellsOf, splitRect, type Rect } from "./read-plan";

/** Aimed-for estimated response per sync; the estimate carries a 1.5× margin, so responses stay well under 4 MB. */
export const RESPONSE_BUDGET = 3_600_000;

/** Bytes per cell assumed before a range has been seen: texts of about 35 characters. */
const FIRST_GUESS = 40;
/** Margin on the bytes per cell seen so far, for chunks denser than the ones already read. */
const MARGIN = 1.5;
/** Rows read first from a large range to learn its bytes per cell. */
export const PROBE = 100;

/** One rectangle of a sheet to read. */
export interface RangeRead {
  sheet: string;
  rect: Rect;
}

interface Piece {
  read: number;
  rect: Rect;
}

/** A range's first `PROBE` rows and the rest, when it has more. */
function probeFirst(read: number, rect: Rect): Piece[] {
  if (rect.rows <= PROBE) return [{ read, rect }];
  return [{ read, rect: { ...rect, rows: PROBE } }, { read, rect: { ...rect, row: rect.row + PROBE, rows: rect.rows - PROBE } }];
}

/** UTF-8 bytes of a string (what the JSON response carries). */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c < 0xe000) ? 2 : 3;
  }
  return n;
}

/** True for Office.js's "response too large" error. */
export function isResponseTooLarge(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "ResponsePayloadSizeLimitExceeded";
}

/**
 * Reads each rectangle's values (as RawCell grids, in the order given), in as few syncs as the budget allows.
 * Throws a plain message when a single cell is over the limit (a cell holds at most 32,767 characters, so only a
 * tiny budget can cause that).
 */
export async function readRanges(ctx: Excel.RequestContext, reads: readonly RangeRead[], budget = RESPONSE_BUDGET): Promise<RawCell[][][]> {
  const out: RawCell[][][] = reads.map((r) => Array.from({ length: r.rect.rows }, () => new Array<RawCell>(r.rect.cols).fill(null)));
  const density = new Map<number, number>();
  let seen = 0;
  const perCell = (p: Piece): number => density.get(p.read) ?? Math.max(FIRST_GUESS, seen);
  let queue: Piece[] = reads.flatMap((r, read) => (cellsOf(r.rect) > 0 ? probeFirst(read, r.rect) : []));

  while (queue.length > 0) {
    const batch: Piece[] = [];
    const later: Piece[] = [];
    const inBatch = new Set<number>();
    let bytes = 0;
    while (queue.length > 0) {
      const p = queue[0];
      if (!density.has(p.read) && inBatch.has(p.read)) { later.push(queue.shift() as Piece); continue; } // after its probe
      const est = cellsOf(p.rect) * perCell(p);
      if (batch.length > 0 && bytes + est > budget) break;
      if (est > budget && cellsOf(p.rect) > 1) {
        queue.splice(0, 1, ...splitRect(p.rect, budget / perCell(p)).map((rect) => ({ read: p.read, rect })));
        continue;
      }
      batch.push(queue.shift() as Piece);
      inBatch.add(p.read);
      bytes += est;
    }
    queue = [...later, ...queue];
    const loads = batch.map((p) => ctx.workbook.worksheets.getItem(reads[p.read].sheet)
      .getRangeByIndexes(p.rect.row, p.rect.col, p.rect.rows, p.rect.cols).load("values"));
    try {
      await ctx.sync();
    } catch (e) {
      if (!isResponseTooLarge(e)) throw e;
      if (batch.length === 1 && cellsOf(batch[0].rect) === 1) {
        throw new Error(`${reads[batch[0].read].sheet}: one cell holds more than Excel can send back in one request.`);
      }
      for (const p of batch) density.set(p.read, perCell(p) * 2);
      queue.unshift(...batch);
      continue;
    }
    batch.forEach((p, i) => {
      const values: unknown = loads[i].values;
      const cellBytes = utf8Length(JSON.stringify(values)) / cellsOf(p.rect);
      density.set(p.read, Math.max(density.get(p.read) ?? 0, cellBytes * MARGIN, 4));
      seen = Math.max(seen, cellBytes * MARGIN);
      const grid = toRawGrid(values);
      const target = out[p.read];
      const base = reads[p.read].rect;
      grid.forEach((row, i2) => {
        const line = target[p.rect.row - base.row + i2];
        row.forEach((v, j) => { line[p.rect.col - base.col + j] = v; });
      });
    });
  }
  return out;
}
