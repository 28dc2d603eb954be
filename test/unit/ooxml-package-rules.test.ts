/** Helpers of Excel's package rules (scripts/ooxml/package-rules.ts). */
import { contentTypes, referencedSheet, sourceOfRels } from "../../scripts/ooxml/package-rules";

describe("package rule helpers", () => {
  it("reads the sheet of a reference, quoted with doubled apostrophes or plain", () => {
    expect(referencedSheet("'Bob''s review — Ω'!$A$1:$B$2")).toBe("Bob's review — Ω");
    expect(referencedSheet("Risks!$C$4")).toBe("Risks");
    expect(referencedSheet("$C$4")).toBeNull();
  });

  it("finds the part a relationships part belongs to", () => {
    expect(sourceOfRels("xl/_rels/workbook.xml.rels")).toBe("xl/workbook.xml");
    expect(sourceOfRels("xl/worksheets/_rels/sheet1.xml.rels")).toBe("xl/worksheets/sheet1.xml");
    expect(sourceOfRels("_rels/.rels")).toBe("");
  });

  it("gives each part its Override, else the Default of its extension (case-insensitive)", () => {
    const types = '<Types><Default Extension="XML" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="main"/></Types>';
    const parts = new Map<string, string | null>([["[Content_Types].xml", types], ["xl/workbook.xml", ""], ["docProps/app.xml", ""], ["xl/media/a.png", null]]);
    expect([...contentTypes(parts)]).toEqual([["xl/workbook.xml", "main"], ["docProps/app.xml", "application/xml"]]);
  });
});
