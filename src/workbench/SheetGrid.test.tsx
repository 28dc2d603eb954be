/** @jest-environment jsdom */
import { render, screen, fireEvent } from "@testing-library/react";
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
});
