/** At most one data validation per cell in what we write (ExcelJS 4.4 alone writes overlapping sqrefs). */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { normaliseDataValidations } from "./data-validations";
import { XlsxHost } from "./host";
import { parseRangeRef } from "./tables";
import { fullPlan } from "./testing/fixtures";

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
  it("writes no overlapping sqref in generated sheets, and leaves the user's own sheet as it was", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Risks");
    for (let r = 4; r <= 213; r++) ws.getCell(`C${r}`).dataValidation = { ...LIST } as ExcelJS.DataValidation;
    const input = new Uint8Array(await wb.xlsx.writeBuffer());
    const host = await XlsxHost.fromBuffer(input, "dv.xlsx");
    await host.applyPlans([fullPlan()]);
    const out = await host.toBuffer();
    const [user, generated] = await sheetSqrefs(out);
    expect(overlaps(generated)).toEqual([]);
    expect(generated.length).toBeGreaterThan(0);
    // The user's sheet keeps its bytes (even ExcelJS's overlapping ranges): imm never rewrites user sheets.
    expect(user).toEqual((await sheetSqrefs(input))[0]);
    // The per-cell model is back after the write: cells still read their validation.
    expect(host.workbook.getWorksheet("Risks")?.getCell("C100").dataValidation).toMatchObject({ type: "list" });
  });

  it("writes no overlapping sqref in a new workbook (template path) with per-cell validations", async () => {
    const host = XlsxHost.blank("t.xlsx");
    await host.insertTemplates([fullPlan()]);
    const ws = host.workbook.getWorksheet("IMM Risk Review") as ExcelJS.Worksheet;
    for (let r = 40; r <= 90; r++) ws.getCell(`H${r}`).dataValidation = { ...LIST } as ExcelJS.DataValidation;
    for (const sqrefs of await sheetSqrefs(await host.toBuffer())) expect(overlaps(sqrefs)).toEqual([]);
  });
});
