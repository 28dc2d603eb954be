/** Worksheet children in schema order: ExcelJS writes <legacyDrawing> (cell notes) after <tableParts>. */
import JSZip from "jszip";
import type { Worksheet } from "exceljs";
import { XlsxHost } from "./host";
import { orderWorksheet } from "./worksheet-order";
import { fullPlan, userWorkbookBytes } from "./testing/fixtures";

const topLevel = (xml: string): string[] => {
  const body = xml.slice(xml.indexOf(">", xml.indexOf("<worksheet")) + 1);
  const names: string[] = [];
  let depth = 0;
  for (const m of body.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else {
      if (depth === 0) names.push(m[2]);
      if (!m[3]) depth++;
    }
  }
  return names.filter((n) => n !== "worksheet");
};

describe("worksheet children in schema order", () => {
  it("moves legacyDrawing before tableParts and keeps every element", () => {
    const xml = '<worksheet xmlns="s"><sheetData><row r="1"/></sheetData><pageMargins left="1"/><tableParts count="1"><tablePart r:id="rId2"/></tableParts><legacyDrawing r:id="rId3"/></worksheet>';
    expect(orderWorksheet(xml)).toBe('<worksheet xmlns="s"><sheetData><row r="1"/></sheetData><pageMargins left="1"/><legacyDrawing r:id="rId3"/><tableParts count="1"><tablePart r:id="rId2"/></tableParts></worksheet>');
  });

  it("leaves a sheet already in order unchanged", () => {
    const xml = '<worksheet><sheetData/><legacyDrawing r:id="rId1"/><tableParts count="0"/></worksheet>';
    expect(orderWorksheet(xml)).toBe(xml);
  });

  it("writes a template sheet with a note in an Excel table with legacyDrawing before tableParts", async () => {
    const host = XlsxHost.blank("notes.xlsx");
    await host.insertTemplates([fullPlan()]);
    (host.workbook.getWorksheet("IMM Risk Review") as Worksheet).getCell("A4").note = "a note";
    const zip = await JSZip.loadAsync(await host.toBuffer());
    const names = topLevel(await (zip.file("xl/worksheets/sheet1.xml") as JSZip.JSZipObject).async("string"));
    expect(names).toContain("legacyDrawing");
    expect(names.indexOf("legacyDrawing")).toBeLessThan(names.indexOf("tableParts"));
  });

  it("keeps the user's sheet with a note and a table as it was", async () => {
    const input = await userWorkbookBytes();
    const host = await XlsxHost.fromBuffer(input, "notes.xlsx");
    await host.applyPlans([fullPlan()]);
    const part = async (b: Uint8Array) => (await JSZip.loadAsync(b)).file("xl/worksheets/sheet1.xml")?.async("string");
    expect(await part(await host.toBuffer())).toBe(await part(input));
  });
});
