/** The fake parses strings written to range.values the way Excel parses typing, unless the cell is text-formatted. */
import { dateSerial, FAKE_CURRENT_YEAR } from "../../fakes/office/typed-input";
import { FakeExcel, fakeRun } from "../../fakes/office";

async function write(values: string[], format?: string): Promise<{ values: unknown[]; types: string[] }> {
  const x = new FakeExcel();
  x.addSheet("S");
  await fakeRun(x, async (ctx) => {
    const r = ctx.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, values.length, 1);
    if (format) r.numberFormat = values.map(() => [format]);
    r.values = values.map((v) => [v]);
    await ctx.sync();
  });
  const rect = { row: 0, col: 0, rows: values.length, cols: 1 };
  return { values: x.sheet("S").grid.values(rect).map((r) => r[0]), types: x.sheet("S").grid.valueTypes(rect).map((r) => r[0]) };
}

describe("fake Excel: typed input", () => {
  it("turns month periods, times, dates, fractions, numbers, booleans and error literals into non-text values", async () => {
    const { values, types } = await write(["Jan 2025", "Mar-25", "10:30 AM", "1/2", "007", "50%", "TRUE", "#N/A", "$1,234.50", "Risk"]);
    expect(values).toEqual([dateSerial(2025, 1, 1), dateSerial(FAKE_CURRENT_YEAR, 3, 25), 0.4375, dateSerial(FAKE_CURRENT_YEAR, 1, 2), 7, 0.5, true, "#N/A", 1234.5, "Risk"]);
    expect(types).toEqual(["Double", "Double", "Double", "Double", "Double", "Double", "Boolean", "Error", "Double", "String"]);
  });

  it("consumes a leading apostrophe as the quote prefix and makes formulas of = + - @ starts", async () => {
    const x = new FakeExcel();
    x.addSheet("S");
    await fakeRun(x, async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1:C1").values = [["'007", "''x", "=1+1"]];
      await ctx.sync();
    });
    expect(x.sheet("S").grid.values({ row: 0, col: 0, rows: 1, cols: 2 })).toEqual([["007", "'x"]]);
    expect(x.sheet("S").grid.formulas({ row: 0, col: 2, rows: 1, cols: 1 })).toEqual([["=1+1"]]);
  });

  it("keeps every string as written on text-formatted (\"@\") cells", async () => {
    const all = ["Jan 2025", "Mar-25", "10:30 AM", "#N/A", "=1+1", "007"];
    const { values, types } = await write(all, "@");
    expect(values).toEqual(all);
    expect(types.every((t) => t === "String")).toBe(true);
  });
});
