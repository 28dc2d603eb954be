/**
 * No text over its neighbours (issue 11 §4). Excel (and the workbench grid) lets text longer than its column run
 * into the cells to its right while they are empty, and cuts it at the first one that is not ("Trust Direct").
 * Rule (for the release note): a text cell wider than its column whose spill would reach a non-empty cell is
 * wrapped (top-aligned) and its row made tall enough for the wrapped lines; text running only over empty cells
 * (titles, stamps, notes) is left on one line. Applied to every generated sheet's finished plan.
 */
import type { CellStyle, PlanValue, RangeRef, SheetPlan, StyleRun } from "./plan";

/** Excel's default column width (characters). */
const DEFAULT_WIDTH = 8.43;
/** Points per line of 11 pt text, and the padding of a cell (characters). */
const LINE_POINTS = 15;
const PADDING = 1;

/**
 * Which block holds each cell as the host leaves it (later blocks win). Blocks are rectangles and rarely overlap, so
 * this keeps, per row, the blocks over it, and per block the later blocks that overlap it (no entry per cell: a large
 * register has hundreds of thousands).
 */
class BlockIndex {
  private readonly byRow = new Map<number, number[]>();
  private readonly laterOver: number[][];

  constructor(private readonly blocks: SheetPlan["blocks"]) {
    blocks.forEach((b, k) => {
      for (let i = 0; i < b.values.length; i++) {
        const list = this.byRow.get(b.row + i);
        if (list) list.push(k);
        else this.byRow.set(b.row + i, [k]);
      }
    });
    const rect = blocks.map((b) => ({ row: b.row, col: b.col, rows: b.values.length, cols: b.values.reduce((m, r) => Math.max(m, r.length), 0) }));
    this.laterOver = rect.map((a, k) => {
      const out: number[] = [];
      for (let l = k + 1; l < rect.length; l++) {
        const b = rect[l];
        if (b.row < a.row + a.rows && a.row < b.row + b.rows && b.col < a.col + a.cols && a.col < b.col + b.cols) out.push(l);
      }
      return out;
    });
  }

  /** True when block `k` holds (row, col): it has a value there and no later block covers the cell. */
  owns(k: number, row: number, col: number): boolean {
    for (const l of this.laterOver[k]) if (this.covers(l, row, col)) return false;
    return true;
  }

  /** The value a cell shows (the last block over it), or undefined outside every block. */
  valueAt(row: number, col: number): PlanValue | undefined {
    const list = this.byRow.get(row);
    if (!list) return undefined;
    for (let i = list.length - 1; i >= 0; i--) {
      const b = this.blocks[list[i]];
      const line = b.values[row - b.row];
      if (col >= b.col && col - b.col < line.length) return line[col - b.col];
    }
    return undefined;
  }

  private covers(k: number, row: number, col: number): boolean {
    const b = this.blocks[k];
    const line = b.values[row - b.row];
    return line !== undefined && col >= b.col && col - b.col < line.length;
  }
}

/** Lines a text takes at a column width (characters), words kept whole where they fit. */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width - PADDING));
  let lines = 0;
  for (const para of text.split("\n")) {
    let line = 0;
    lines += 1;
    for (const word of para.split(/\s+/).filter((w) => w !== "")) {
      const need = line === 0 ? word.length : line + 1 + word.length;
      if (need <= room) { line = need; continue; }
      if (line > 0) lines += 1;
      lines += Math.floor(Math.max(0, word.length - 1) / room);
      line = word.length % room || room;
    }
  }
  return lines;
}

/** Wraps the text cells that would run into a non-empty neighbour, and raises their rows' heights; returns the plan. */
export function wrapCutText(plan: SheetPlan): SheetPlan {
  const widths = new Map(plan.columnWidths.map((w) => [w.col, w.width]));
  const hidden = new Set(plan.hiddenColumns ?? []);
  const widthOf = (c: number): number => (hidden.has(c) ? 0 : widths.get(c) ?? DEFAULT_WIDTH);
  const merges = plan.merges;
  const merged = (row: number, col: number): boolean =>
    merges.some((r) => row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols);
  const index = new BlockIndex(plan.blocks);
  const heights = new Map((plan.rowHeights ?? []).map((h) => [h.row, h.height]));
  const grown = new Map<number, number>();
  const runs: StyleRun[] = [];
  /** Each open run by its columns, style and the row just below it: where the next row of the same run would join. */
  const openRuns = new Map<string, StyleRun>();
  const runKey = (range: RangeRef, style: CellStyle): string => `${range.col},${range.cols},${range.row},${JSON.stringify(style)}`;
  const topRows = new Set<string>();
  /** Adds a style over a range, extending the previous run of the same style and columns one row down (one op per run). */
  const add = (range: RangeRef, style: CellStyle): void => {
    const key = runKey(range, style);
    const same = openRuns.get(key);
    openRuns.delete(key);
    const run = same ?? { range: { ...range }, style };
    if (same) same.range.rows += 1;
    else runs.push(run);
    openRuns.set(runKey({ ...run.range, row: run.range.row + run.range.rows }, style), run);
  };
  // The text cells wider than their column, by column then row.
  const candidates: { row: number; col: number; v: string; style?: CellStyle; block: { col: number; cols: number } }[] = [];
  plan.blocks.forEach((b, k) => {
    if (b.style?.wrap) return;
    const fontScale = (b.style?.fontSize ?? 11) / 11;
    const block = { col: b.col, cols: b.values[0]?.length ?? 0 };
    // The widths of the block's columns, looked up once (a register block has 200k cells).
    const width = Array.from({ length: b.values.reduce((m, r) => Math.max(m, r.length), 0) }, (_, j) => widthOf(b.col + j));
    b.values.forEach((line, i) => {
      for (let j = 0; j < line.length; j++) {
        const v = line[j];
        if (typeof v !== "string" || v === "") continue;
        if (v.length * fontScale + PADDING <= width[j] && !v.includes("\n")) continue;
        const row = b.row + i;
        const col = b.col + j;
        if (index.owns(k, row, col)) candidates.push({ row, col, v, style: b.style, block });
      }
    });
  });
  candidates.sort((a, b) => a.col - b.col || a.row - b.row);
  for (const cell of candidates) {
    const { row, col } = cell;
    const width = widthOf(col);
    const fontScale = (cell.style?.fontSize ?? 11) / 11;
    const need = cell.v.length * fontScale + PADDING;
    if (merged(row, col)) continue;
    // Where would the text spill? Over the next columns until its length is covered.
    let room = width;
    let blocked = cell.v.includes("\n");
    for (let c = col + 1; room < need && c < col + 64; c++) {
      const next = index.valueAt(row, c);
      if (next !== undefined && next !== null && next !== "") { blocked = true; break; }
      room += widthOf(c);
    }
    if (!blocked) continue;
    // The row of its block top-aligned with it, so the row's other values stay level with the wrapped text's first line.
    const rowKey = `${row},${cell.block.col},${cell.block.cols}`;
    if (!topRows.has(rowKey)) add({ row, col: cell.block.col, rows: 1, cols: cell.block.cols }, { vAlign: "top" });
    topRows.add(rowKey);
    add({ row, col, rows: 1, cols: 1 }, { wrap: true, vAlign: "top" });
    const lines = wrappedLines(cell.v, width / fontScale);
    const height = Math.ceil(lines * LINE_POINTS * Math.max(fontScale, 0.8));
    grown.set(row, Math.max(grown.get(row) ?? 0, height));
  }
  // Row alignment first, then the wrapped cells over it.
  plan.styles.push(...runs.filter((r) => !r.style.wrap), ...runs.filter((r) => r.style.wrap));
  for (const [row, h] of grown) if (h > (heights.get(row) ?? LINE_POINTS)) heights.set(row, h);
  if (grown.size) plan.rowHeights = [...heights].sort((a, b) => a[0] - b[0]).map(([row, height]) => ({ row, height }));
  return plan;
}
