/** @jest-environment jsdom */
import { act, render, screen } from "@testing-library/react";
import "../../taskpane/testing/dom"; // ResizeObserver stub
import { SheetGrid } from "../SheetGrid";
import type { SheetView } from "../sheetView";
import { FALLBACK_VIEWPORT } from "./useGridWindow";
import { HEADER_ROW_PX } from "./styles";

function sheetOf(name: string, rows: number, rowPx?: number): SheetView {
  return {
    name, rowCount: rows, colCount: 3, colWidths: [64, 64, 64],
    rowHeights: Array.from({ length: rows }, () => rowPx),
    cells: Array.from({ length: rows }, (_, r) => [{ text: `${name} ${r + 1}`, numeric: false, style: {} }, null, null]),
    merges: [], showGridlines: true, totalRows: rows, totalCols: 3, truncated: false,
  };
}

describe("SheetGrid scrolls the selected cell into view below the sticky header row", () => {
  let tops: number[];
  const SIZES = { scrollHeight: 1_000_000, clientHeight: FALLBACK_VIEWPORT.height, scrollWidth: 100_000, clientWidth: FALLBACK_VIEWPORT.width };
  afterEach(() => {
    jest.useRealTimers();
    for (const k of Object.keys(SIZES)) delete (HTMLElement.prototype as unknown as Record<string, unknown>)[k];
  });
  /** Lets the virtualizer's animation-frame scroll reconciliation run (fake timers: nothing waits for real). */
  function frames(): void {
    act(() => {
      jest.advanceTimersByTime(1000);
    });
  }
  beforeEach(() => {
    jest.useFakeTimers();
    // jsdom has no layout: give the scroll element room to scroll, as a browser would.
    for (const [k, v] of Object.entries(SIZES)) Object.defineProperty(HTMLElement.prototype, k, { configurable: true, get: () => v });
    tops = [];
    Element.prototype.scrollTo = function scrollTo(this: Element, opts?: ScrollToOptions | number): void {
      if (typeof opts === "object" && opts.top !== undefined) {
        tops.push(opts.top);
        Object.defineProperty(this, "scrollTop", { configurable: true, value: opts.top });
        this.dispatchEvent(new Event("scroll"));
      }
    } as Element["scrollTo"];
  });

  /** Where row `index` (0-based) sits in the scroll viewport: below the header row and inside the viewport. */
  function expectVisible(index: number, rowPx: number): void {
    const top = tops[tops.length - 1] ?? 0;
    const y = HEADER_ROW_PX + index * rowPx - top;
    expect(y).toBeGreaterThanOrEqual(HEADER_ROW_PX);
    expect(y + rowPx).toBeLessThanOrEqual(FALLBACK_VIEWPORT.height);
  }

  it("after following a link from a sheet with tall rows to another sheet's row 200", () => {
    const { rerender } = render(<SheetGrid sheet={sheetOf("Review", 300, 60)} selected="A1" onSelect={() => undefined} />);
    frames();
    act(() => {
      rerender(<SheetGrid sheet={sheetOf("Risks", 300)} selected="A200" onSelect={() => undefined} />);
    });
    frames();
    expect(screen.getByText("Risks 200")).toBeTruthy();
    expectVisible(199, 20);
  });

  it("when the selection moves up above the drawn rows", () => {
    const { rerender } = render(<SheetGrid sheet={sheetOf("Risks", 600)} selected="A500" onSelect={() => undefined} />);
    frames();
    expectVisible(499, 20);
    act(() => {
      rerender(<SheetGrid sheet={sheetOf("Risks", 600)} selected="A7" onSelect={() => undefined} />);
    });
    frames();
    expectVisible(6, 20);
  });
});
