import { a1, parseA1, parseRangeA1, rangeA1 } from "./kit/plan";
import { parseRangeRef } from "../hosts/xlsx/tables";

describe("the A1 parser", () => {
  it("parses cells, absolute or lower case, and round-trips the formatter", () => {
    expect(parseA1("C5")).toEqual({ row: 4, col: 2 });
    expect(parseA1("$ab$12")).toEqual({ row: 11, col: 27 });
    expect(parseA1("XFD1048576")).toEqual({ row: 1048575, col: 16383 });
    for (const [r, c] of [[0, 0], [9, 25], [99, 26], [5, 701], [7, 702]]) expect(parseA1(a1(r, c))).toEqual({ row: r, col: c });
    for (const bad of ["", "A", "5", "ABCD1", "A1:B2", "Sheet!A1", "R1C1"]) expect(parseA1(bad)).toBeNull();
  });

  it("parses ranges with corners in any order; the xlsx host's table bounds use it", () => {
    expect(parseRangeA1("B3:F20")).toEqual({ row: 2, col: 1, rows: 18, cols: 5 });
    expect(parseRangeA1("F20:B3")).toEqual({ row: 2, col: 1, rows: 18, cols: 5 });
    expect(parseRangeA1("$B$3")).toEqual({ row: 2, col: 1, rows: 1, cols: 1 });
    expect(rangeA1(parseRangeA1("A1:C5") ?? { row: 0, col: 0, rows: 0, cols: 0 })).toBe("A1:C5");
    for (const bad of ["B3:", "B3:F20:G1", "B3 : F20", "x"]) expect(parseRangeA1(bad)).toBeNull();
    expect(parseRangeRef(" B3:F20 ")).toEqual({ top: 3, left: 2, bottom: 20, right: 6 });
    expect(parseRangeRef("F20:B3")).toEqual({ top: 3, left: 2, bottom: 20, right: 6 });
  });
});
