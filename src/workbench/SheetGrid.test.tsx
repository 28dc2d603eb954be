/** @jest-environment jsdom */
import { act, render, screen, fireEvent } from "@testing-library/react";
import "../taskpane/testing/dom"; // ResizeObserver stub (the truncation notice is a Fluent MessageBar)
import { SheetGrid } from "./SheetGrid";
import type { SheetView } from "./sheetView";

const sheet: SheetView = {
  name: "IMM Dashboard",
  rowCount: 2,
  colCount: 2,
  colWidths: [80, 60],
  rowHeights: [undefined, undefined],
  cells: [
    [{ text: "Index", numeric: false, style: { bold: true } }, { text: "73.3", numeric: true, style: { fill: "#E2EFDA" } }],
    [null, { text: "<b>x</b>", numeric: false, style: {} }],
  ],
  merges: [],
  showGridlines: true,
  totalRows: 2,
  totalCols: 2,
  truncated: false,
};

describe("SheetGrid", () => {
  it("renders values as text, highlights the selection, selects on click and with arrow keys", () => {
    const onSelect = jest.fn();
    const { container } = render(<SheetGrid sheet={sheet} selected="B1" onSelect={onSelect} />);
    expect(screen.getByText("<b>x</b>")).toBeTruthy();
    expect(container.querySelector("b")).toBeNull();
    const b1 = container.querySelector('[data-address="B1"]') as HTMLElement;
    expect(b1.dataset.selected).toBe("true");
    expect(b1.style.backgroundColor).toBe("rgb(226, 239, 218)");
    expect(b1.style.textAlign).toBe("right");
    fireEvent.click(container.querySelector('[data-address="A2"]') as HTMLElement);
    expect(onSelect).toHaveBeenLastCalledWith("A2");
    fireEvent.keyDown(screen.getByTestId("sheet-grid"), { key: "ArrowDown" });
    expect(onSelect).toHaveBeenLastCalledWith("B2");
    expect(screen.getByRole("columnheader", { name: "B" })).toBeTruthy();
  });

  /** A sheet view of `rows` × `cols` cells holding "r<row>c<col>" (1-based). */
  function bigSheet(rows: number, cols: number, extra: Partial<SheetView> = {}): SheetView {
    return {
      name: "Ledger",
      rowCount: rows,
      colCount: cols,
      colWidths: Array.from({ length: cols }, () => 64),
      rowHeights: Array.from({ length: rows }, () => undefined),
      cells: Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => ({ text: `r${r + 1}c${c + 1}`, numeric: false, style: {} }))),
      merges: [],
      showGridlines: true,
      totalRows: rows,
      totalCols: cols,
      truncated: false,
      ...extra,
    };
  }

  /** jsdom has no layout: the grid's scroll position is set by hand, then announced with a scroll event. */
  function scrollGridTo(grid: HTMLElement, top: number, left: number): void {
    Object.defineProperty(grid, "scrollTop", { configurable: true, value: top });
    Object.defineProperty(grid, "scrollLeft", { configurable: true, value: left });
    act(() => {
      fireEvent.scroll(grid);
    });
  }

  it("draws only the visible window of a 10,000-row sheet and reaches rows beyond 400 and columns beyond 40 by scrolling", () => {
    const { container } = render(<SheetGrid sheet={bigSheet(10_000, 60)} selected={null} onSelect={() => undefined} />);
    expect(screen.getByText("r1c1")).toBeTruthy();
    expect(container.querySelectorAll("tbody tr").length).toBeLessThan(100);
    expect(screen.queryByText("r5000c1")).toBeNull();

    const grid = screen.getByTestId("sheet-grid");
    scrollGridTo(grid, 4990 * 20, 0);
    expect(screen.getByText("r5000c1")).toBeTruthy();
    expect(screen.getByRole("rowheader", { name: "5000" })).toBeTruthy();
    expect(screen.queryByText("r1c1")).toBeNull();

    scrollGridTo(grid, 9990 * 20, 55 * 64);
    expect(screen.getByText("r10000c58")).toBeTruthy();
    expect(screen.getByRole("columnheader", { name: "BH" })).toBeTruthy();
    expect(container.querySelector('[data-address="BH10000"]')?.textContent).toBe("r10000c60");
  });

  it("keeps a merged cell whose anchor is above the drawn window", () => {
    const sheet = bigSheet(2_000, 3, { merges: [{ row: 900, col: 0, rows: 200, cols: 2 }] });
    render(<SheetGrid sheet={sheet} selected={null} onSelect={() => undefined} />);
    scrollGridTo(screen.getByTestId("sheet-grid"), 1050 * 20, 0);
    const anchor = document.querySelector('[data-address="A901"]') as HTMLTableCellElement;
    expect(anchor.textContent).toBe("r901c1");
    expect(anchor.colSpan).toBe(2);
    expect(document.querySelector('[data-address="A1000"]')).toBeNull();
  });

  it("says when a sheet is larger than the view instead of hiding the rest silently", () => {
    const cut = bigSheet(50, 5, { totalRows: 2_500_000, totalCols: 5, truncated: true });
    render(<SheetGrid sheet={cut} selected={null} onSelect={() => undefined} />);
    expect(screen.getByTestId("grid-truncated").textContent).toMatch(/showing 50 of 2,500,000 rows and 5 of 5 columns/);
  });

  it("shows no notice for a sheet shown in full", () => {
    render(<SheetGrid sheet={bigSheet(50, 5)} selected={null} onSelect={() => undefined} />);
    expect(screen.queryByTestId("grid-truncated")).toBeNull();
  });
});
