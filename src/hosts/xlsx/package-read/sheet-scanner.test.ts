/** The incremental sheet scanner: the same rows whatever the chunking of the inflated text (even mid-character). */
import { columnOf, parseCells, SheetScanner, type XmlRow } from "./sheet-scanner";

const XML = `<?xml version="1.0"?><worksheet xmlns="m"><dimension ref="A1:C3"/><sheetData>`
  + `<row r="1"><c r="A1" t="inlineStr"><is><t>Données ✓ 数据</t></is></c><c r="C1" s="2"><v>1.5</v></c></row>`
  + `<row r="2"/><row><c><f>A1</f><v>3</v></c><c t="b"><v>1</v></c></row>`
  + `</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;

function scan(bytes: Uint8Array, chunk: number): { rows: XmlRow[]; merges: unknown } {
  const s = new SheetScanner();
  const rows: XmlRow[] = [];
  for (let at = 0; at < bytes.length; at += chunk) {
    s.push(bytes.subarray(at, at + chunk));
    for (let r = s.nextRow(); r; r = s.nextRow()) rows.push(r);
  }
  return { rows, merges: s.merges() };
}

describe("SheetScanner", () => {
  const bytes = new TextEncoder().encode(XML);
  const whole = scan(bytes, bytes.length);

  it("reads rows, cells, implicit row numbers and the merges after the data", () => {
    expect(whole.rows.map((r) => [r.row, r.cells.map((c) => [c.col, c.type, c.style, c.value, c.inline, c.formula?.text])])).toEqual([
      [0, [[0, "inlineStr", 0, undefined, "<t>Données ✓ 数据</t>", undefined], [2, undefined, 2, "1.5", undefined, undefined]]],
      [1, []],
      [2, [[0, undefined, 0, "3", undefined, "A1"], [1, "b", 0, "1", undefined, undefined]]],
    ]);
    expect(whole.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 2 }]);
  });

  it.each([1, 2, 3, 7, 64])("gives the same rows fed %i bytes at a time", (n) => {
    expect(scan(bytes, n)).toEqual(whole);
  });

  it("reads a cell's r, s and t attributes however they are written, and skips the others", () => {
    const cells = parseCells(
      `<c r='B1' s = "3" t='s'><v>7</v></c><c cm="1" x14ac:t="x" r="C1" vm="2" t="str"><f>A1</f><v>ok</v></c>`
      + `<c\tr="E1"\ns="4"/><c r="F1" t="n"><v xml:space="preserve">5</v></c><c r="G1"><v></v></c><c r="H1"><v>1&lt;2</v></c>`,
    );
    expect(cells.map((c) => [c.col, c.type, c.style, c.value, c.formula?.text])).toEqual([
      [1, "s", 3, "7", undefined],
      [2, "str", 0, "ok", "A1"],
      [4, undefined, 4, undefined, undefined],
      [5, "n", 0, "5", undefined],
      [6, undefined, 0, undefined, undefined],
      [7, undefined, 0, "1&lt;2", undefined],
    ]);
  });

  it("finds cells with a namespace prefix, white space in end tags, and skips what is not a cell", () => {
    const cells = parseCells(
      `<x:c r="A1" t="s"><x:v>3</x:v></x:c ><x:c r="B1"/><cx r="Z9"/><x14:ext/><c r="C1" t="inlineStr"><is><t>a</t></is></c\n>`
      + `<c r="D1"><f t="shared" si="0" ref="D1:D2">A1*2</f><v>6</v></c>`,
    );
    expect(cells.map((c) => [c.col, c.type, c.value, c.inline, c.formula?.text, c.formula?.attrs.si])).toEqual([
      [0, "s", "3", undefined, undefined, undefined],
      [1, undefined, undefined, undefined, undefined, undefined],
      [2, "inlineStr", undefined, "<t>a</t>", undefined, undefined],
      [3, undefined, "6", undefined, "A1*2", "0"],
    ]);
  });

  it("reads column letters of cell references", () => {
    expect(["A1", "Z9", "AA10", "$XFD$1", "b2", "12", ""].map(columnOf)).toEqual([0, 25, 26, 16383, 1, undefined, undefined]);
  });
});
