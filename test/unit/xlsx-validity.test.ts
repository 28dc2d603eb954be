/**
 * Every .xlsx the project writes is valid for Excel: each part against its ISO/IEC 29500 schema (xmllint) and
 * Excel's package rules (scripts/ooxml). Covers review outputs (a rerun, unicode and apostrophe sheet names, a
 * LibreOffice-saved input, every plan feature), templates with and without examples, and the shipped sample.
 * Needs xmllint (Debian: libxml2-utils); without it the test fails with the install hint.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultEngine } from "../../src/cli/engine";
import { nodeIo } from "../../src/cli/node-io";
import { runCli } from "../../src/cli/run";
import { XlsxHost } from "../../src/hosts/xlsx";
import { writeWorkbookBytes } from "../../src/hosts/xlsx/write-package";
import { asSavedByLibreOffice, fullPlan, userWorkbookBytes } from "../../src/hosts/xlsx/testing/fixtures";
import { withUserContent } from "../../src/hosts/xlsx/testing/user-content";
import { validatePackages, type PackageInput } from "../../scripts/ooxml/validate-package";
import { runPortfolio } from "../../src/taskpane/model/portfolio";
import { readdirSync } from "node:fs";
import { XMLLINT_HINT, xmllintAvailable } from "../../scripts/ooxml/xmllint";

const SAMPLE = join(__dirname, "..", "..", "assets", "samples", "hospital-ppp.xlsx");
const PORTFOLIO = join(__dirname, "..", "..", "assets", "samples", "portfolio");
/** The sample as saved by LibreOffice Calc 7.4 itself (no table styles, no theme part). */
const LIBREOFFICE = join(__dirname, "..", "fixtures", "libreoffice-saved.xlsx");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "imm-valid-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bytesOf = (path: string): Uint8Array => new Uint8Array(readFileSync(path));

async function cli(...argv: string[]): Promise<void> {
  const err: string[] = [];
  const code = await runCli(argv, { ...nodeIo(), out: () => undefined, err: (l) => err.push(l), progress: undefined }, defaultEngine);
  if (code > 1 || err.length) throw new Error(`imm ${argv.join(" ")} failed (${code}): ${err.join("\n")}`);
}

/** The sample with unicode and apostrophe sheet names, and a user sheet named like a generated one. */
async function renamedSample(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(SAMPLE) as unknown as ArrayBuffer);
  const names: Record<string, string> = { Risks: "Risques d'été — ‘Ω’", KPIs: "O'Brien's KPIs", Partnership: "Partenariat ✓ 日本" };
  for (const ws of wb.worksheets) if (names[ws.name]) ws.name = names[ws.name];
  wb.addWorksheet("IMM Dashboard").getCell("A1").value = "the user's own sheet";
  // Through the project's writer: the user's sheets are kept as they are, so they must be valid to begin with.
  writeFileSync(path, Buffer.from(await writeWorkbookBytes(wb)));
}

/** Every kind of package the project writes, built through the CLI and the host. */
async function writtenPackages(): Promise<PackageInput[]> {
  const at = (name: string) => join(dir, name);
  copyFileSync(SAMPLE, at("sample.xlsx"));
  await cli("review", at("sample.xlsx"), "-o", at("reviewed.xlsx"));
  copyFileSync(at("reviewed.xlsx"), at("rerun.xlsx"));
  await cli("review", at("rerun.xlsx"), "--in-place");
  await renamedSample(at("names.xlsx"));
  await cli("review", at("names.xlsx"), "-o", at("names-reviewed.xlsx"));
  writeFileSync(at("lo.xlsx"), await asSavedByLibreOffice(bytesOf(SAMPLE)));
  await cli("review", at("lo.xlsx"), "-o", at("lo-reviewed.xlsx"));
  copyFileSync(LIBREOFFICE, at("real-lo.xlsx"));
  await cli("review", at("real-lo.xlsx"), "--in-place");
  await cli("template", at("template.xlsx"));
  await cli("template", at("examples.xlsx"), "--examples");
  await cli("portfolio", at("sample.xlsx"), PORTFOLIO, "-o", at("portfolio.xlsx"));
  const host = await XlsxHost.fromBuffer(await userWorkbookBytes("It's mine"), "features.xlsx");
  await host.applyPlans([fullPlan(), fullPlan("dashboard", "IMM Dashboard")]);
  // The same plans opened for review: written straight from the plans (plan-xml/), not through ExcelJS.
  const direct = await XlsxHost.forReview(await userWorkbookBytes("It's mine"), "features.xlsx");
  await direct.applyPlans([fullPlan(), fullPlan("dashboard", "IMM Dashboard")]);
  // A macro-enabled workbook with a user chart, a picture and custom XML, reviewed twice (lossless writer).
  writeFileSync(at("rich.xlsm"), await withUserContent(bytesOf(SAMPLE), { chart: true, image: true, vba: new Uint8Array([1, 2, 3]), customXml: "<d xmlns='urn:u'>x</d>" }));
  await cli("review", at("rich.xlsm"));
  copyFileSync(at("rich.review.xlsm"), at("rich-rerun.xlsm"));
  await cli("review", at("rich-rerun.xlsm"), "--in-place");
  // The task pane's Portfolio flow: the portfolio sheets (with their file hyperlinks) grafted into an opened workbook, twice.
  const current = await XlsxHost.fromBuffer(bytesOf(SAMPLE), "current.xlsx");
  const contracts = readdirSync(PORTFOLIO).filter((f) => f.endsWith(".xlsx")).map((name) => ({ name, bytes: async () => bytesOf(join(PORTFOLIO, name)) }));
  await runPortfolio(contracts, current);
  await runPortfolio(contracts, current);
  return [
    { label: "assets/samples/hospital-ppp.xlsx", bytes: bytesOf(SAMPLE) },
    { label: "Portfolio flow into an opened workbook, run twice", bytes: await current.toBuffer() },
    { label: "review -o", bytes: bytesOf(at("reviewed.xlsx")) },
    { label: "review rerun --in-place", bytes: bytesOf(at("rerun.xlsx")) },
    { label: "review, unicode and apostrophe sheet names", bytes: bytesOf(at("names-reviewed.xlsx")) },
    { label: "review of a workbook as LibreOffice saves it", bytes: bytesOf(at("lo-reviewed.xlsx")) },
    { label: "review --in-place of a workbook saved by LibreOffice", bytes: bytesOf(at("real-lo.xlsx")) },
    { label: "template", bytes: bytesOf(at("template.xlsx")) },
    { label: "template --examples", bytes: bytesOf(at("examples.xlsx")) },
    { label: "host: every plan feature, notes, charts", bytes: await host.toBuffer() },
    { label: "host opened for review: every plan feature, written from the plans", bytes: await direct.toBuffer() },
    { label: "review of an .xlsm with a user chart, picture, VBA and custom XML", bytes: bytesOf(at("rich.review.xlsm")) },
    { label: "its rerun --in-place", bytes: bytesOf(at("rich-rerun.xlsm")) },
    { label: "portfolio (sample portfolio and the hospital sample)", bytes: bytesOf(at("portfolio.xlsx")) },
    { label: "assets/samples/portfolio/eastfield-hospital.xlsx", bytes: bytesOf(join(PORTFOLIO, "eastfield-hospital.xlsx")) },
  ];
}

describe("every .xlsx the project writes is valid for Excel", () => {
  it("has xmllint to validate with", () => {
    if (!xmllintAvailable()) throw new Error(XMLLINT_HINT);
  });

  it("passes the schemas and Excel's package rules", async () => {
    const reports = await validatePackages(await writtenPackages());
    expect(reports).toHaveLength(15);
    expect(reports.filter((r) => r.errors.length > 0)).toEqual([]);
  }, 120_000);
});

/** A package edited part by part (the edit must apply). */
async function edited(bytes: Uint8Array, edit: (zip: JSZip) => Promise<void>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await edit(zip);
  return zip.generateAsync({ type: "uint8array" });
}

async function replaceIn(zip: JSZip, part: string, find: RegExp | string, replace: string): Promise<void> {
  const xml = await (zip.file(part) as JSZip.JSZipObject).async("string");
  const out = xml.replace(find, replace);
  if (out === xml) throw new Error(`fixture edit did not apply to ${part}: ${String(find)}`);
  zip.file(part, out);
}

describe("the validator", () => {
  let base: Uint8Array;
  beforeAll(async () => {
    const host = await XlsxHost.fromBuffer(await userWorkbookBytes(), "base.xlsx");
    await host.applyPlans([fullPlan()]);
    base = await host.toBuffer();
  });

  async function errorsOf(bytes: Uint8Array): Promise<string[]> {
    return (await validatePackages([{ label: "x", bytes }]))[0].errors;
  }

  it("accepts the unedited package, so each finding below comes from its edit", async () => {
    expect(await errorsOf(base)).toEqual([]);
  });

  it("finds overlapping data validations, as ExcelJS alone writes them", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Risks");
    for (let r = 4; r <= 213; r++) ws.getCell(`C${r}`).dataValidation = { type: "list", allowBlank: true, formulae: ['"Y,N"'] };
    const errors = await errorsOf(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(errors).toContain("xl/worksheets/sheet1.xml: data validations C10:C213 and C4:C213 overlap (at most one validation per cell)");
  });

  it("finds a schema error after markup compatibility (x14ac:dyDescent itself is fine)", async () => {
    const bytes = await edited(base, (z) => replaceIn(z, "xl/worksheets/sheet1.xml", "<sheetData>", "<bogus/><sheetData>"));
    const errors = await errorsOf(bytes);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^xl\/worksheets\/sheet1\.xml:\d+: element bogus: Schemas validity error/);
  });

  it("finds a missing relationship target, a part without content type and a duplicate table id", async () => {
    const bytes = await edited(base, async (z) => {
      await replaceIn(z, "xl/worksheets/_rels/sheet1.xml.rels", /Target="\.\.\/tables\/table1\.xml"/, 'Target="../tables/table9.xml"');
      z.file("xl/extra.bin", "x");
      await replaceIn(z, "xl/tables/table2.xml", /(<table\b[^>]*\sid=")\d+"/, '$11"');
    });
    const errors = await errorsOf(bytes);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^xl\/worksheets\/_rels\/sheet1\.xml\.rels: rId\d+ points to a missing part xl\/tables\/table9\.xml$/),
        "xl/extra.bin: no content type (no Override and no Default for its extension)",
        "xl/tables: table id 1 used twice",
      ]),
    );
  });

  it("finds a chart reference to a missing sheet and a duplicate sheet id", async () => {
    const bytes = await edited(base, async (z) => {
      await replaceIn(z, "xl/charts/chart1.xml", /<c:f>&apos;IMM Risk Review&apos;!/, "<c:f>&apos;IMM Risk Reviews&apos;!");
      await replaceIn(z, "xl/workbook.xml", /(<sheet\b[^>]*sheetId=")2"/, '$11"');
    });
    const errors = await errorsOf(bytes);
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(/^xl\/charts\/chart1\.xml: chart reference 'IMM Risk Reviews'!\S+ names a missing sheet "IMM Risk Reviews"$/), "xl/workbook.xml: sheetId 1 used twice"]));
  });
});
