/** Issue 11 §4: no cell text runs over (or is cut by) its neighbours on any generated sheet; columns sized for content. */
import { hospitalSample, sampleToSnapshot } from "../samples/index";
import { readModel } from "../tables/index";
import { buildReviewPlans } from "./index";
import type { SheetPlan } from "./kit/plan";
import { wrapCutText, wrappedLines } from "./kit/wrap";
import { emptyPlan } from "./kit/plan";
import { cellMap } from "./testing/invariants";

/** Text cells longer than their column whose spill reaches a non-empty cell, and are not wrapped. */
function cutTexts(p: SheetPlan): string[] {
  const cells = cellMap(p);
  const width = (c: number): number => (p.hiddenColumns?.includes(c) ? 0 : p.columnWidths.find((w) => w.col === c)?.width ?? 8.43);
  const wrapped = (row: number, col: number): boolean =>
    p.blocks.some((b) => b.style?.wrap && row >= b.row && row < b.row + b.values.length && col >= b.col && col < b.col + (b.values[0]?.length ?? 0))
    || p.styles.some((s) => s.style.wrap && row >= s.range.row && row < s.range.row + s.range.rows && col >= s.range.col && col < s.range.col + s.range.cols);
  const merged = (row: number, col: number): boolean => p.merges.some((m) => row >= m.row && row < m.row + m.rows && col >= m.col && col < m.col + m.cols);
  const out: string[] = [];
  for (const [key, v] of cells) {
    if (typeof v !== "string") continue;
    const [row, col] = key.split(",").map(Number);
    const font = p.blocks.filter((b) => row >= b.row && row < b.row + b.values.length && col >= b.col && col < b.col + (b.values[0]?.length ?? 0)).pop()?.style?.fontSize ?? 11;
    const need = v.length * (font / 11) + 1;
    if (p.hiddenColumns?.includes(col) || need <= width(col) || wrapped(row, col) || merged(row, col)) continue;
    let room = width(col);
    for (let c = col + 1; room < need; c++) {
      const next = cells.get(`${row},${c}`);
      if (next !== undefined && next !== null && next !== "") { out.push(`${p.name} row ${row + 1} col ${col + 1}: "${v.slice(0, 30)}…" cut by "${String(next).slice(0, 20)}"`); break; }
      room += width(c);
    }
  }
  return out;
}

describe("text never runs over its neighbours", () => {
  const { plans } = buildReviewPlans(readModel(sampleToSnapshot(hospitalSample())));

  it.each(plans.map((p) => [p.name, p] as const))("%s: every text longer than its column and followed by a value is wrapped", (_, p) => {
    expect(cutTexts(p)).toEqual([]);
  });

  it("raises a wrapped row to the height of its lines", () => {
    const p = emptyPlan("t", "T");
    p.blocks.push({ row: 3, col: 0, values: [["Trust Director of Estates and Facilities", "R-27"]] });
    p.columnWidths = [{ col: 0, width: 12 }];
    expect(cutTexts(p)).toHaveLength(1);
    wrapCutText(p);
    expect(cutTexts(p)).toEqual([]);
    expect(p.rowHeights).toEqual([{ row: 3, height: 15 * wrappedLines("Trust Director of Estates and Facilities", 12) }]);
    expect(wrappedLines("Trust Director of Estates and Facilities", 12)).toBe(4);
  });

  it("leaves text that runs only over empty cells (titles, notes) on one line", () => {
    const p = emptyPlan("t", "T");
    p.blocks.push({ row: 0, col: 0, values: [["A long title that runs over the empty cells to its right"]] });
    wrapCutText(p);
    expect(p.styles).toEqual([]);
    expect(p.rowHeights).toBeUndefined();
  });

  it("reads overlapping blocks as the host leaves them: the later block's value wins", () => {
    const long = "Trust Director of Estates and Facilities";
    // An earlier long text written over by a later short one is not wrapped, even with a neighbour.
    const over = emptyPlan("t", "T");
    over.blocks.push({ row: 0, col: 0, values: [[long]] }, { row: 0, col: 0, values: [["x", "y"]] });
    wrapCutText(over);
    expect(over.styles).toEqual([]);
    // A neighbour only a later block writes blocks the spill; a later blank over a neighbour frees it.
    const blocked = emptyPlan("t", "T");
    blocked.blocks.push({ row: 2, col: 0, values: [[long, null]] }, { row: 1, col: 1, values: [[null], ["R-27"]] });
    wrapCutText(blocked);
    expect(blocked.styles.map((s) => [s.range, s.style])).toEqual([[{ row: 2, col: 0, rows: 1, cols: 2 }, { vAlign: "top" }], [{ row: 2, col: 0, rows: 1, cols: 1 }, { wrap: true, vAlign: "top" }]]);
    const freed = emptyPlan("t", "T");
    freed.blocks.push({ row: 2, col: 0, values: [[long, "R-27"]] }, { row: 2, col: 1, values: [[null]] });
    wrapCutText(freed);
    expect(freed.styles).toEqual([]);
  });

  it("sizes amount columns for their digits and currency", () => {
    const risk = plans.find((p) => p.key === "risk")!;
    const widest = Math.max(...risk.columnWidths.map((w) => w.width));
    expect(widest).toBeLessThanOrEqual(50);
  });
});
