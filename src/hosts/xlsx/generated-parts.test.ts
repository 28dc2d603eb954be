/** Moving generated parts into the user's package: style indices remapped, shared strings inlined, styles appended. */
import { readFileSync } from "fs";
import { join } from "path";
import { XlsxHost } from "./host";
import { rewriteSheet, rewriteTable } from "./generated-parts";
import { appendStyles } from "./styles-append";
import { fullPlan, reopen } from "./testing/fixtures";

const maps = { xf: (i: number) => i + 10, dxf: (i: number) => i + 100 };

describe("rewriteSheet", () => {
  it("remaps cell, row and column styles and dxf ids, and inlines shared strings (rich text too)", () => {
    const xml = '<worksheet><cols><col min="1" max="1" width="9" style="2" customWidth="1"/></cols><sheetData><row r="1" s="1" customFormat="1"><c r="A1" s="3" t="s"><v>1</v></c><c r="B1" s="0"><v>5</v></c><c r="C1" t="s"><v>0</v></c></row></sheetData><conditionalFormatting sqref="B1"><cfRule type="cellIs" dxfId="0" priority="1"/></conditionalFormatting></worksheet>';
    const out = rewriteSheet(xml, maps, ["<t>plain</t>", '<r><rPr><b/></rPr><t xml:space="preserve">bold </t></r><r><t>text</t></r>']);
    expect(out).toBe('<worksheet><cols><col min="1" max="1" width="9" style="12" customWidth="1"/></cols><sheetData><row r="1" s="11" customFormat="1"><c r="A1" s="13" t="inlineStr"><is><r><rPr><b/></rPr><t xml:space="preserve">bold </t></r><r><t>text</t></r></is></c><c r="B1" s="10"><v>5</v></c><c r="C1" t="inlineStr"><is><t>plain</t></is></c></row></sheetData><conditionalFormatting sqref="B1"><cfRule type="cellIs" dxfId="100" priority="1"/></conditionalFormatting></worksheet>');
  });

  it("gives a table part a new id and remaps its dxf ids", () => {
    expect(rewriteTable('<table xmlns="x" id="1" name="T" headerRowDxfId="2" ref="A1:B2"/>', 7, maps)).toBe('<table xmlns="x" id="7" name="T" headerRowDxfId="102" ref="A1:B2"/>');
  });
});

describe("appendStyles", () => {
  const user = '<styleSheet xmlns="s"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.000"/></numFmts><fonts count="1"><font><sz val="10"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><tableStyles count="0"/></styleSheet>';
  const gen = '<styleSheet xmlns="s"><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0"/><numFmt numFmtId="165" formatCode="0.000"/></numFmts><fonts count="2"><font><sz val="11"/></font><font><sz val="10"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="165" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><dxfs count="1"><dxf><font><b/></font></dxf></dxfs></styleSheet>';

  it("appends what is new, reuses what is equal, never renumbers, and adds a missing dxfs list in schema order", () => {
    const { xml, maps: m } = appendStyles(user, gen);
    expect(xml).toContain('<numFmts count="2"><numFmt numFmtId="164" formatCode="0.000"/><numFmt numFmtId="165" formatCode="0.0"/></numFmts>');
    expect(xml).toContain('<fonts count="2"><font><sz val="10"/></font><font><sz val="11"/></font></fonts>');
    expect(xml).toContain('<fills count="2">');
    // gen xf 1 = "0.000" (user's 164) in a 10-pt font (user's font 0): equal to nothing yet, appended as index 2.
    expect(xml).toContain('<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>');
    expect(xml).toContain('</cellStyles><dxfs count="1"><dxf><font><b/></font></dxf></dxfs><tableStyles count="0"/>');
    expect([m.xf(0), m.xf(1), m.dxf(0)]).toEqual([1, 2, 0]);
    // A second append of the same styles reuses every entry.
    const again = appendStyles(xml, gen);
    expect(again.xml).toBe(xml);
    expect([again.maps.xf(0), again.maps.xf(1)]).toEqual([1, 2]);
  });
});

describe("a generated sheet in the user's package", () => {
  it("reads back with its values, number formats and fonts", async () => {
    const input = new Uint8Array(readFileSync(join(__dirname, "../../../test/fixtures/libreoffice-saved.xlsx")));
    const host = await XlsxHost.fromBuffer(input, "lo.xlsx");
    await host.applyPlans([fullPlan()]);
    const ws = (await reopen(await host.toBuffer())).getWorksheet("IMM Risk Review");
    expect(ws?.getCell("A1").value).toBe("Risk review");
    expect(ws?.getCell("A1").font).toMatchObject({ bold: true, size: 16 });
    expect(ws?.getCell("D4").value).toBe(0.25);
    expect(ws?.getCell("D4").numFmt).toBe("0%");
    expect(ws?.getCell("B11").value).toBe(72.5);
    expect(ws?.getCell("B11").numFmt).toBe("0.0");
    expect(ws?.getCell("B4").value).toBe('=HYPERLINK("http://evil","x")');
  });
});
