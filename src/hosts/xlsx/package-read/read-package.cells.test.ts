/**
 * Each cell kind of the sheet XML read by the package reader, on hand-built packages: the same value as today's
 * ExcelJS snapshot where ExcelJS reads the file, and Excel's reading where ExcelJS cannot (prefixed elements, rows
 * and cells without `r`) or is wrong (cell-value.ts: falsy formula results, t="d", shared formulas).
 */
import { readPackage } from "./read-package";
import { bothReads, differences } from "./testing/compare";
import { handPackage, row, type HandBook } from "./testing/package";

async function values(b: HandBook): Promise<unknown[][]> {
  return (await readPackage(await handPackage(b))).snapshot.sheets[0].values;
}

/** The package read of `b`, checked equal to the ExcelJS snapshot; its first sheet's values. */
async function sameAsExcelJs(b: HandBook): Promise<unknown[][]> {
  const { expected, read } = await bothReads(await handPackage(b));
  expect(differences(expected, read)).toEqual([]);
  return read.snapshot.sheets[0].values;
}

const data = (...rows: string[]) => `<sheetData>${rows.join("")}</sheetData>`;

describe("package reader cells, as ExcelJS reads them", () => {
  it("shared strings: plain, rich-text runs joined, phonetic runs left out, entities and _x000D_ decoded, empty ones blank", async () => {
    const v = await sameAsExcelJs({
      sharedStrings: [
        "<si><t>Risk</t></si>",
        '<si><r><rPr><b/></rPr><t>Boiler </t></r><r><t xml:space="preserve">fail&amp;ure</t></r><rPh sb="0" eb="1"><t>ボ</t></rPh></si>',
        "<si><t>line_x000D_break &lt;1&gt;</t></si>",
        "<si/>",
      ],
      sheets: [{ name: "S", body: data(row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1"><v>5</v></c>')) }],
    });
    expect(v).toEqual([["Risk", "Boiler fail&ure", "line\rbreak <1>", null, 5]]);
  });

  it("inline strings (not _x escapes, as ExcelJS), t=\"str\" decoded twice, booleans, errors and numbers", async () => {
    const v = await sameAsExcelJs({
      sheets: [{ name: "S", body: data(row(1,
        '<c r="A1" t="inlineStr"><is><t>a&amp;b_x000D_</t></is></c>',
        '<c r="B1" t="inlineStr"><is><r><t>x</t></r><r><t>y_x0041_</t></r></is></c>',
        '<c r="C1" t="str"><v>x&amp;amp;y</v></c>',
        '<c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c>',
        '<c r="F1" t="e"><v>#N/A</v></c>',
        '<c r="G1"><v>1.5E+3</v></c><c r="H1" t="n"><v>-0.25</v></c>',
      )) }],
    });
    expect(v).toEqual([["a&b_x000D_", "xyA", "x&y", true, false, "#N/A", 1500, -0.25]]);
  });

  it("numbers with a date format as 1900-system serials, in a 1904 workbook too (as ExcelJS converts them)", async () => {
    const book = (date1904: boolean): HandBook => ({
      date1904,
      numFmts: '<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>',
      cellXfs: '<xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="4" applyNumberFormat="1"/>',
      sheets: [{ name: "S", body: data(row(1, '<c r="A1" s="1"><v>46112</v></c><c r="B1" s="2"><v>46112.5</v></c><c r="C1" s="3"><v>46112</v></c>')) }],
    });
    expect(await sameAsExcelJs(book(false))).toEqual([[46112, 46112.5, 46112]]);
    expect(await sameAsExcelJs(book(true))).toEqual([[46112 + 1462, 46112.5 + 1462, 46112]]);
  });

  it("formulas: the cached value of each type; none saved is uncalculated", async () => {
    const v = await sameAsExcelJs({
      sheets: [{ name: "S", body: data(row(1,
        '<c r="A1"><f>1+1</f><v>2</v></c>',
        '<c r="B1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>',
        '<c r="C1" t="b"><f>1=1</f><v>1</v></c>',
        '<c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
        '<c r="E1"><f>D7*25000</f></c>',
        '<c r="F1"><f t="shared" ref="F1:F2" si="0">A1*2</f><v>4</v></c>',
      ), row(2, '<c r="F2"><f t="shared" si="0"/><v>6</v></c>')) }],
    });
    expect(v).toEqual([[2, "ab", true, "#DIV/0!", { kind: "uncalculated", formula: "D7*25000" }, 4], [null, null, null, null, null, 6]]);
  });

  it("hyperlinked cells keep text only, merged cells repeat their top-left value (as ExcelJS)", async () => {
    const v = await sameAsExcelJs({
      sheets: [{
        name: "S",
        links: { rIdL1: "https://example.com/a", rIdL2: "https://example.com/b" },
        body: data(row(1, '<c r="A1" t="inlineStr"><is><t>Title</t></is></c><c r="D1" t="inlineStr"><is><t>link</t></is></c><c r="E1"><v>7</v></c>'), row(2, '<c r="B2"><v>9</v></c>'))
          + '<mergeCells count="1"><mergeCell ref="A1:C2"/></mergeCells><hyperlinks><hyperlink ref="D1" r:id="rIdL1"/><hyperlink ref="E1" r:id="rIdL2"/></hyperlinks>',
      }],
    });
    expect(v).toEqual([["Title", "Title", "Title", "link"], ["Title", "Title", "Title", null]]);
  });
});

describe("package reader cells where ExcelJS is wrong or cannot read the file", () => {
  it("a formula whose cached value is 0, FALSE or \"\" is that value (ExcelJS reports it uncalculated)", async () => {
    const b: HandBook = { sheets: [{ name: "S", body: data(row(1, '<c r="A1"><f>1-1</f><v>0</v></c><c r="B1" t="b"><f>1=2</f><v>0</v></c><c r="C1" t="str"><f>""</f><v></v></c><c r="D1"><v>1</v></c>')) }] };
    expect(await values(b)).toEqual([[0, false, { kind: "uncalculated", formula: '""' }, 1]]);
  });

  it("a shared formula's cell without a cached value is uncalculated with the master's formula", async () => {
    const b: HandBook = { sheets: [{ name: "S", body: data(row(1, '<c r="A1"><f t="shared" ref="A1:A2" si="3">B1*2</f></c>'), row(2, '<c r="A2"><f t="shared" si="3"/></c>')) }] };
    expect(await values(b)).toEqual([[{ kind: "uncalculated", formula: "B1*2" }], [{ kind: "uncalculated", formula: "B1*2" }]]);
  });

  it("t=\"d\" ISO dates are serial numbers of the workbook's date system", async () => {
    const b: HandBook = { sheets: [{ name: "S", body: data(row(1, '<c r="A1" t="d"><v>2026-03-31T00:00:00</v></c><c r="B1" t="d"><v>2026-03-31T12:00:00Z</v></c><c r="C1" t="d"><v>2026-03-31</v></c>')) }] };
    expect(await values(b)).toEqual([[46112, 46112.5, 46112]]);
  });

  it("prefixed elements (<x:c>) read as unprefixed ones", async () => {
    const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const part = `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>in</x:t></x:is></x:c><x:c r="C1"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row><x:row r="3"><x:c r="B3" t="b"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(await values({ sharedStrings: ["<si><t>ID</t></si>"], sheets: [{ name: "S", body: "", part }] })).toEqual([["ID", "in", 2], [null, null, null], [null, true, null]]);
  });

  it("rows and cells without r follow the previous row and cell, as Excel reads them", async () => {
    const b: HandBook = { sheets: [{ name: "S", body: data('<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row r="3"><c><v>7</v></c></row><row><c r="B4"><v>8</v></c></row>') }] };
    expect(await values(b)).toEqual([[1, 2, null, null, 5, 6], [null, null, null, null, null, null], [7, null, null, null, null, null], [null, 8, null, null, null, null]]);
  });
});
