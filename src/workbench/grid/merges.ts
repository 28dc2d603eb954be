/** Merged ranges in the grid: which cell anchors a merge, which cells it covers, and windows that keep anchors. */
import type { GridMerge } from "../sheetView";

export type MergeSlot = { rowSpan: number; colSpan: number } | "covered";

/** "r,c" → the anchor's spans, or "covered" for the other cells of a merge. */
export function mergeSlots(merges: readonly GridMerge[]): Map<string, MergeSlot> {
  const out = new Map<string, MergeSlot>();
  for (const m of merges) {
    for (let r = m.row; r < m.row + m.rows; r++) {
      for (let c = m.col; c < m.col + m.cols; c++) out.set(`${r},${c}`, "covered");
    }
    out.set(`${m.row},${m.col}`, { rowSpan: m.rows, colSpan: m.cols });
  }
  return out;
}

/**
 * The first index to draw so that no merge is cut at the top (rows) or left (columns) of a window starting at
 * `start`: a merge whose anchor lies before the window but covers its first line pulls the window back to the anchor,
 * because the covered cells are not drawn on their own.
 */
export function firstIndexKeepingAnchors(merges: readonly GridMerge[], axis: "row" | "col", start: number): number {
  const span = axis === "row" ? "rows" : "cols";
  let first = start;
  for (let moved = true; moved; ) {
    moved = false;
    for (const m of merges) {
      if (m[axis] < first && m[axis] + m[span] > first) {
        first = m[axis];
        moved = true;
      }
    }
  }
  return first;
}
