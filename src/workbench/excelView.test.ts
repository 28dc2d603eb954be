import ExcelJS from "exceljs";
import { worksheetView, widthToPx, cssColor, MAX_CELLS } from "./excelView";

describe("worksheetView", () => {
  it("formats values, keeps fills and fonts, merges and applies text-equals and cellIs rules", () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Dash", { views: [{ showGridLines: false }] });
    ws.getCell("A1").value = "Integrated index";
    ws.getCell("A1").font = { bold: true, color: { argb: "FF1F3864" } };
    ws.mergeCells("A1:C1");
    ws.getCell("B3").value = 73.333;
    ws.getCell("B3").numFmt = "0.0";
    ws.getCell("B3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2EFDA" } };
    ws.getCell("C3").value = "Red";
    ws.getCell("D3").value = 12;
    ws.getColumn(2).width = 20;
    ws.addConditionalFormatting({ ref: "C3", rules: [{ type: "expression", priority: 1, formulae: ['TRIM(C3)="red"'], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFC00000" } }, font: { color: { argb: "FFFFFFFF" } } } }] });
    ws.addConditionalFormatting({ ref: "D3", rules: [{ type: "cellIs", priority: 2, operator: "greaterThan", formulae: ["10"], style: { font: { bold: true } } }] });

    const v = worksheetView(ws);
    expect(v.showGridlines).toBe(false);
    expect(v.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 3 }]);
    expect(v.cells[0][0]).toMatchObject({ text: "Integrated index", style: { bold: true, color: "#1F3864" } });
    expect(v.cells[2][1]).toMatchObject({ text: "73.3", numeric: true, style: { fill: "#E2EFDA" } });
    expect(v.cells[2][2]?.style).toMatchObject({ fill: "#C00000", color: "#FFFFFF" });
    expect(v.cells[2][3]?.style.bold).toBe(true);
    expect(v.colWidths[1]).toBe(widthToPx(20));
    expect(v.cells[1][0]).toBeNull();
  });

  it("keeps vertical alignment (a dashboard tile's big number sits in the middle of its merged rows)", () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Dash");
    ws.getCell("A1").value = 61.6;
    ws.getCell("A1").alignment = { vertical: "middle", horizontal: "center" };
    ws.getCell("A2").value = "top";
    ws.getCell("A2").alignment = { vertical: "top" };
    ws.getCell("A3").value = "default";
    const v = worksheetView(ws);
    expect(v.cells[0][0]?.style).toMatchObject({ valign: "middle", align: "center" });
    expect(v.cells[1][0]?.style.valign).toBe("top");
    expect(v.cells[2][0]?.style.valign).toBeUndefined();
  });

  it("keeps every row and column of a 10,000-row, 60-column sheet (no silent 400 × 40 cut)", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("Ledger");
    for (let r = 1; r <= 10_000; r++) ws.getCell(r, 1).value = r;
    ws.getCell(10_000, 60).value = "last";
    const v = worksheetView(ws);
    expect([v.rowCount, v.colCount, v.truncated]).toEqual([10_000, 60, false]);
    expect(v.cells[9_999][0]?.text).toBe("10000");
    expect(v.cells[9_999][59]?.text).toBe("last");
  });

  it("flags a sheet beyond the cell budget as truncated, with its full size", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("Huge");
    const cols = 500;
    const rows = MAX_CELLS / cols + 10;
    ws.getCell(1, cols).value = "wide";
    ws.getCell(rows, 1).value = "deep";
    const v = worksheetView(ws);
    expect(v).toMatchObject({ rowCount: MAX_CELLS / cols, colCount: cols, totalRows: rows, totalCols: cols, truncated: true });
  });

  it("reads ARGB colours and ignores theme colours", () => {
    expect(cssColor({ argb: "FF4472C4" })).toBe("#4472C4");
    expect(cssColor(undefined)).toBeUndefined();
  });
});
