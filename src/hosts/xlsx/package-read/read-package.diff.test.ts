/**
 * The package reader against today's ExcelJS snapshot: the same tables, sheet values (within what the bounded rule
 * reads), payment format and review reading, for generated messy workbooks and every .xlsx in the repository.
 */
import fc from "fast-check";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { workbookArb } from "../../../../test/generators/workbook-arbitraries";
import { ISSUE7_WORKBOOKS, TIDY_WORKBOOK } from "../../../../test/generators/workbook-examples";
import { workbookBytes } from "../../../../test/generators/workbook-xlsx";
import { bothReads, differences } from "./testing/compare";

const ROOT = join(__dirname, "../../../..");

function xlsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return d.name === "node_modules" ? [] : xlsxFiles(p);
    return /\.xlsx$/i.test(d.name) ? [p] : [];
  });
}

describe("readPackage equals the ExcelJS snapshot", () => {
  it("for generated messy workbooks (plain ranges, odd sheet names, errors, text numbers, blank rows, LibreOffice tables)", async () => {
    await fc.assert(fc.asyncProperty(workbookArb(), async (w) => {
      const { expected, read } = await bothReads(await workbookBytes(w));
      expect(differences(expected, read)).toEqual([]);
    }), { numRuns: 60 });
  });

  it.each(Object.entries({ ...ISSUE7_WORKBOOKS, tidy: TIDY_WORKBOOK }))("for the example workbook %s", async (_name, w) => {
    const { expected, read } = await bothReads(await workbookBytes(w));
    expect(differences(expected, read)).toEqual([]);
  });

  const files = [...xlsxFiles(join(ROOT, "test/fixtures")), ...xlsxFiles(join(ROOT, "assets/samples"))];
  it("finds the repository's .xlsx files", () => {
    expect(files.some((f) => f.endsWith("libreoffice-saved.xlsx"))).toBe(true);
  });
  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))("for %s", async (_name, file) => {
    const { expected, read } = await bothReads(new Uint8Array(readFileSync(file)));
    expect(differences(expected, read)).toEqual([]);
  });
});
