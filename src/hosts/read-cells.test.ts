/** WorkbookHost.readCells, against both hosts: a small range's current values, blanks as null, text as text. */
import ExcelJS from "exceljs";
import { FakeExcel } from "../../test/fakes/office";
import { fakeHost } from "../../test/fixtures/office-review";
import type { WorkbookHost } from "./port";
import { XlsxHost } from "./xlsx";

const ROWS: (string | number | boolean | null)[][] = [
  ["ID", "Score", "Rating", "Owner"],
  ["R-07", 10, "Medium", null],
  ["R-02", 16.5, "High", true],
];

async function officeHost(): Promise<WorkbookHost> {
  const x = new FakeExcel();
  x.addSheet("IMM Risk Review", ROWS);
  return fakeHost(x);
}

async function xlsxHost(): Promise<WorkbookHost> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("IMM Risk Review");
  ROWS.forEach((row, r) => row.forEach((v, c) => { if (v !== null) ws.getCell(r + 1, c + 1).value = v; }));
  return XlsxHost.fromWorkbook(wb);
}

describe.each([["Office", officeHost], ["xlsx", xlsxHost]])("%s host readCells", (_name, make) => {
  it("reads one cell and one row of a sheet, blank cells as null", async () => {
    const host = await make();
    expect(await host.readCells({ sheet: "IMM Risk Review", address: "B3" })).toEqual([[16.5]]);
    expect(await host.readCells({ sheet: "IMM Risk Review", address: "A2:D2" })).toEqual([["R-07", 10, "Medium", null]]);
    expect(await host.readCells({ sheet: "IMM Risk Review", address: "C3:D3" })).toEqual([["High", true]]);
  });

  it("fails with a message on a sheet that is not there", async () => {
    const host = await make();
    await expect(host.readCells({ sheet: "Nope", address: "A1" })).rejects.toThrow();
  });
});
