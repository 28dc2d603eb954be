/**
 * The window of rows and columns the grid draws (@tanstack/react-virtual): a 10,000-row sheet scrolls while only the
 * visible lines (plus overscan) are in the DOM. Ranges are contiguous and start at any merge anchor they cut.
 */
import * as React from "react";
import { measureElement, observeElementRect, useVirtualizer, type Range, type Rect, type Virtualizer } from "@tanstack/react-virtual";
import type { GridMerge } from "../sheetView";
import { firstIndexKeepingAnchors } from "./merges";
import { DEFAULT_COL_PX, DEFAULT_ROW_PX, HEADER_ROW_PX, ROW_HEADER_PX } from "./styles";

/** The lines of one axis to draw, and the space before and after them. */
export interface AxisWindow {
  indexes: number[];
  before: number;
  after: number;
}

export interface GridWindow {
  rows: AxisWindow;
  cols: AxisWindow;
  rowVirtualizer: Virtualizer<HTMLDivElement, Element>;
  colVirtualizer: Virtualizer<HTMLDivElement, Element>;
}

export interface GridWindowInput {
  scrollRef: React.RefObject<HTMLDivElement | null>;
  rowCount: number;
  colCount: number;
  rowHeights: readonly (number | undefined)[];
  colWidths: readonly number[];
  merges: readonly GridMerge[];
  /**
   * The sheet view drawn (any object; a new one for another sheet or after a write). Row and column sizes are keyed
   * by it, so sizes measured on one sheet never place the rows of another: with sizes keyed by index alone, following
   * a link from a sheet of tall wrapped rows to row 200 of another sheet scrolled to the wrong offset, and the target
   * row ended above the view, under the sticky header row.
   */
  view?: object;
}

const viewIds = new WeakMap<object, number>();
let lastViewId = 0;

/** A number standing for a view object (the same number for the same object). */
function viewId(view: object | undefined): number {
  if (!view) return 0;
  let id = viewIds.get(view);
  if (id === undefined) {
    id = ++lastViewId;
    viewIds.set(view, id);
  }
  return id;
}

/**
 * The viewport assumed while the scroll element has no size yet (before layout, in a hidden tab, or in jsdom):
 * the first screenful is drawn rather than nothing. A real size replaces it as soon as the element is measured.
 */
export const FALLBACK_VIEWPORT: Rect = { width: 1280, height: 800 };

function observeRectOrFallback(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void): (() => void) | undefined {
  return observeElementRect(instance, (rect) => cb(rect.width > 0 && rect.height > 0 ? rect : FALLBACK_VIEWPORT));
}

/** A drawn row's real height (wrapped text grows it); the estimate while it has no layout. */
function measureRow(el: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<HTMLDivElement, Element>): number {
  const size = measureElement(el, entry, instance);
  return size > 0 ? size : instance.options.estimateSize(instance.indexFromElement(el));
}

function contiguous(merges: readonly GridMerge[], axis: "row" | "col"): (range: Range) => number[] {
  return (range) => {
    const start = Math.max(0, range.startIndex - range.overscan);
    const end = Math.min(range.count - 1, range.endIndex + range.overscan);
    const first = firstIndexKeepingAnchors(merges, axis, start);
    return Array.from({ length: Math.max(0, end - first + 1) }, (_, i) => first + i);
  };
}

function windowOf(v: Virtualizer<HTMLDivElement, Element>): AxisWindow {
  const items = v.getVirtualItems();
  if (items.length === 0) return { indexes: [], before: 0, after: 0 };
  const last = items[items.length - 1];
  return { indexes: items.map((i) => i.index), before: items[0].start, after: Math.max(0, v.getTotalSize() - last.end) };
}

/** Scrolls the selected cell into view (Excel follows the selection, e.g. when the task pane selects a problem). */
export function useScrollToCell(win: GridWindow, cell: { row: number; col: number } | null, sheet: unknown): void {
  const { rowVirtualizer, colVirtualizer } = win;
  const row = cell?.row;
  const col = cell?.col;
  React.useEffect(() => {
    if (row === undefined || col === undefined) return;
    rowVirtualizer.scrollToIndex(row);
    colVirtualizer.scrollToIndex(col);
  }, [row, col, sheet, rowVirtualizer, colVirtualizer]);
}

/** Row and column virtualizers over the grid's scroll element. */
export function useGridWindow({ scrollRef, rowCount, colCount, rowHeights, colWidths, merges, view }: GridWindowInput): GridWindow {
  const id = viewId(view);
  const getItemKey = React.useCallback((i: number) => `${id}:${i}`, [id]);
  const rowVirtualizer = useVirtualizer({
    getItemKey,
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    initialRect: FALLBACK_VIEWPORT,
    observeElementRect: observeRectOrFallback,
    estimateSize: (r) => rowHeights[r] ?? DEFAULT_ROW_PX,
    measureElement: measureRow,
    overscan: 10,
    // The sticky header row sits over the first line: keep a scrolled-to row clear of it.
    scrollPaddingEnd: HEADER_ROW_PX,
    rangeExtractor: React.useMemo(() => contiguous(merges, "row"), [merges]),
  });
  const colVirtualizer = useVirtualizer({
    getItemKey,
    horizontal: true,
    count: colCount,
    getScrollElement: () => scrollRef.current,
    initialRect: FALLBACK_VIEWPORT,
    observeElementRect: observeRectOrFallback,
    estimateSize: (c) => colWidths[c] ?? DEFAULT_COL_PX,
    overscan: 3,
    scrollPaddingEnd: ROW_HEADER_PX,
    rangeExtractor: React.useMemo(() => contiguous(merges, "col"), [merges]),
  });
  return { rows: windowOf(rowVirtualizer), cols: windowOf(colVirtualizer), rowVirtualizer, colVirtualizer };
}
