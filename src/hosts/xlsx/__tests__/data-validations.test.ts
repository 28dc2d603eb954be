/** At most one data validation per cell in what we write (ExcelJS 4.4 alone writes overlapping sqrefs). */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { normaliseDataValidations } from "../data-validations";
import { XlsxHost } from "../host";
import { parseRangeRef } from "../tables";
import { fullPlan } from "./fixtures";

const LIST = { type: "list", allowBlank: true, formulae: ['"Threat,Opportunity"'] };
const WHOLE = { type: "whole", operator: "between", formulae: [1, 5] };

/** Every cell → how many sqref ranges of the sheet cover it, for cells covered more than once. */
function overlaps(sqrefs: string[]): string[] {
  const count = new Map<string, number>();
  for (const sqref of sqrefs) {
    for (const part of sqref.split(/\s+/)) {
      const b = parseRangeRef(part);
      if (!b) throw new Error(`bad sqref ${part}`);
      for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) count.set(`${r},${c}`, (count.get(`${r},${c}`) ?? 0) + 1);
    }
  }
  return [...count].filter(([, n]) => n > 1).map(([k]) => k);
}

async function sheetSqrefs(bytes: Uint8Array): Promise<string[][]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  const xmls = await Promise.all(names.map((n) => (zip.file(n) as JSZip.JSZipObject).async("string")));
  return xmls.map((x) => [...x.matchAll(/<dataValidation\b[^>]*\ssqref="([^"]*)"/g)].map((m) => m[1]));
}

describe("normaliseDataValidations", () => {
  it("turns per-cell validations into disjoint rectangles in numeric row order", () => {
    const model: Record<string, unknown> = {};
    for (let r = 4; r <= 213; r++) {
      model[`C${r}`] = LIST;
      model[`D${r}`] = LIST;
      model[`E${r}`] = WHOLE;
    }
    expect(normaliseDataValidations(model)).toEqual({ "C4:D213": LIST, "E4:E213": WHOLE });
  });

  it("gives a cell covered by two keys the one set last, and drops removed validations", () => {
    const out = normaliseDataValidations({ "A1:A4": LIST, A3: WHOLE, B1: undefined });
    expect(out).toEqual({ "A1:A2": LIST, A3: WHOLE, A4: LIST });
  });
});

describe("XlsxHost.toBuffer data validations", () => {
  it("writes no overlapping sqref when re-saving per-cell validations (C10:C213 and C4:C213 before)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Risks");
    for (let r = 4; r <= 213; r++) ws.getCell(`C${r}`).dataValidation = { ...LIST } as ExcelJS.DataValidation;
    const host = await XlsxHost.fromBuffer(new Uint8Array(await wb.xlsx.writeBuffer()), "dv.xlsx");
    await host.applyPlans([fullPlan()]);
    const sheets = await sheetSqrefs(await host.toBuffer());
    for (const sqrefs of sheets) expect(overlaps(sqrefs)).toEqual([]);
    expect(sheets.flat()).toContain("C4:C213");
    // The per-cell model is back after the write: cells still read their validation.
    expect(host.workbook.getWorksheet("Risks")?.getCell("C100").dataValidation).toMatchObject({ type: "list" });
  });
});
