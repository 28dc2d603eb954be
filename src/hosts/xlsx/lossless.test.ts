/**
 * The lossless writer (issue 10): every part imm does not generate comes back byte for byte — user charts,
 * pictures, a VBA project, custom XML, in an ExcelJS-made workbook and in one saved by LibreOffice — and a rerun
 * replaces the generated parts, leaving no orphaned part or relationship. Existing styles are never renumbered.
 */
import fc from "fast-check";
import JSZip from "jszip";
import { readFileSync } from "fs";
import { join } from "path";
import { XlsxHost } from "./host";
import { reachable, targetsOf } from "./part-graph";
import { listZip } from "./zip-entries";
import { childNamed, childrenOf, rootOf } from "./xml-children";
import { fullPlan, userWorkbookBytes } from "./testing/fixtures";
import { withUserContent } from "./testing/user-content";

const LIBREOFFICE = join(__dirname, "../../../test/fixtures/libreoffice-saved.xlsx");

/** Parts the writer edits (the package-level lists and the appended styles). */
const EDITED = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "docProps/app.xml", "xl/styles.xml", "xl/calcChain.xml"]);

async function partsOf(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async("nodebuffer"));
  return out;
}

/** Parts of `input` (not edited by imm) whose bytes differ in `output`, or that are missing from it. */
async function changedUserParts(input: Uint8Array, output: Uint8Array): Promise<string[]> {
  const a = await partsOf(input);
  const b = await partsOf(output);
  return [...a].filter(([name, bytes]) => !EDITED.has(name) && !b.get(name)?.equals(bytes)).map(([name]) => name);
}

/** Parts of `output` reachable from nowhere that were not already in the user's `input` (the user's own are kept). */
async function orphans(input: Uint8Array, output: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(output);
  const live = await reachable(zip);
  const before = await partsOf(input);
  return Object.keys(zip.files).filter((n) => !zip.files[n].dir && n !== "[Content_Types].xml" && !/(^|\/)_rels\/[^/]*\.rels$/.test(n) && !live.has(n) && !before.has(n));
}

/** Internal relationship targets that are not in the package. */
async function danglingTargets(output: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(output);
  const out: string[] = [];
  for (const part of await reachable(zip)) for (const t of await targetsOf(zip, part)) if (!zip.file(t)) out.push(`${part} → ${t}`);
  return out;
}

/** The entries of each styles list, so the output can be checked to start with the input's (no renumbering). */
async function styleLists(bytes: Uint8Array): Promise<Record<string, string[]>> {
  const xml = (await (await JSZip.loadAsync(bytes)).file("xl/styles.xml")?.async("string")) ?? "";
  const root = rootOf(xml);
  const out: Record<string, string[]> = {};
  for (const name of ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"]) {
    const el = root ? childNamed(xml, root, name) : undefined;
    out[name] = el ? childrenOf(xml, el).map((c) => xml.slice(c.start, c.end)) : [];
  }
  return out;
}

/** Each part's compressed bytes as stored in the zip. */
function rawParts(bytes: Uint8Array): Map<string, Buffer> {
  const listing = listZip(bytes, 10_000);
  if (!listing.ok) throw new Error(listing.reason);
  return new Map(listing.entries.map((e) => [e.name, Buffer.from(bytes.subarray(e.dataStart, e.dataStart + e.compressedSize))]));
}

/** Parts of `input` (not edited by imm) whose stored (compressed) bytes differ in `output`: none are re-compressed. */
function recompressed(input: Uint8Array, output: Uint8Array): string[] {
  const b = rawParts(output);
  return [...rawParts(input)].filter(([name, raw]) => !EDITED.has(name) && !b.get(name)?.equals(raw)).map(([name]) => name);
}

async function review(bytes: Uint8Array, dashboard: boolean, opener: "fromBuffer" | "forReview" = "fromBuffer"): Promise<Uint8Array> {
  const host = await XlsxHost[opener](bytes, "in.xlsx");
  await host.applyPlans(dashboard ? [fullPlan(), fullPlan("dashboard", "IMM Dashboard")] : [fullPlan()]);
  return host.toBuffer();
}

const content = fc.record({
  base: fc.constantFrom("exceljs", "libreoffice"),
  chart: fc.boolean(),
  image: fc.boolean(),
  vba: fc.option(fc.uint8Array({ minLength: 1, maxLength: 512 }), { nil: undefined }),
  customXml: fc.option(fc.string({ unit: fc.constantFrom("a", "b", "é", "<", "&", "日", " "), maxLength: 40 }).map((s) => `<data xmlns="urn:user">${s.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</data>`), { nil: undefined }),
  dashboard: fc.boolean(),
  opener: fc.constantFrom<"fromBuffer" | "forReview">("fromBuffer", "forReview"),
});

describe("the lossless .xlsx writer", () => {
  it("keeps every part it does not generate byte for byte, over reruns, with no orphans", async () => {
    await fc.assert(
      fc.asyncProperty(content, async (c) => {
        const base = c.base === "libreoffice" ? new Uint8Array(readFileSync(LIBREOFFICE)) : await userWorkbookBytes("It's mine");
        const input = await withUserContent(base, c);
        const first = await review(input, c.dashboard, c.opener);
        expect(await changedUserParts(input, first)).toEqual([]);
        expect(recompressed(input, first)).toEqual([]);
        const second = await review(first, !c.dashboard, c.opener);
        expect(await changedUserParts(input, second)).toEqual([]);
        expect(recompressed(input, second)).toEqual([]);
        expect(await orphans(input, second)).toEqual([]);
        expect(await danglingTargets(second)).toEqual([]);
        // A rerun with the same sheets replaces them: no more parts than the first run wrote.
        const third = await review(second, !c.dashboard, c.opener);
        expect((await partsOf(third)).size).toBe((await partsOf(second)).size);
        // Styles are appended: the input's entries keep their positions.
        const [before, after] = [await styleLists(input), await styleLists(third)];
        for (const name of Object.keys(before)) expect(after[name].slice(0, before[name].length)).toEqual(before[name]);
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  it("returns the input's bytes when nothing was written", async () => {
    const input = await withUserContent(await userWorkbookBytes(), { chart: true, vba: new Uint8Array([1, 2, 3]) });
    const host = await XlsxHost.fromBuffer(input, "in.xlsm");
    expect(await host.toBuffer()).toBe(input);
  });

  it("keeps a macro-enabled workbook macro-enabled", async () => {
    const input = await withUserContent(await userWorkbookBytes(), { vba: new Uint8Array([9, 8, 7]) });
    const zip = await JSZip.loadAsync(await review(input, true));
    expect(await zip.file("[Content_Types].xml")?.async("string")).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    expect(Array.from((await zip.file("xl/vbaProject.bin")?.async("uint8array")) ?? [])).toEqual([9, 8, 7]);
  });
});

describe("the package-level edits of a rerun", () => {
  /** A reviewed workbook to which Excel added a calculation chain over a user sheet (i=1) and the generated one. */
  async function withCalcChain(entries: string): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(await review(await userWorkbookBytes(), false));
    zip.file("xl/calcChain.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${entries}</calcChain>`);
    const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) as string;
    zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'));
    const types = (await zip.file("[Content_Types].xml")?.async("string")) as string;
    zip.file("[Content_Types].xml", types.replace("</Types>", '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'));
    return zip.generateAsync({ type: "uint8array" });
  }

  it("drops the replaced sheet's cells from calcChain.xml, keeping the user's", async () => {
    // sheetId 3 is the generated sheet (after Risks=1, Notes=2); entries without i continue the previous sheet.
    const zip = await JSZip.loadAsync(await review(await withCalcChain('<c r="B5" i="1"/><c r="B6"/><c r="A1" i="3"/><c r="A2"/><c r="C3" i="2"/>'), false));
    expect(await zip.file("xl/calcChain.xml")?.async("string")).toContain('<c r="B5" i="1"/><c r="B6" i="1"/><c r="C3" i="2"/></calcChain>');
  });

  it("removes calcChain.xml with its relationship and content type when only the replaced sheet had formulas", async () => {
    const zip = await JSZip.loadAsync(await review(await withCalcChain('<c r="A1" i="3"/><c r="A2"/>'), false));
    expect(zip.file("xl/calcChain.xml")).toBeNull();
    expect(await zip.file("xl/_rels/workbook.xml.rels")?.async("string")).not.toContain("calcChain");
    expect(await zip.file("[Content_Types].xml")?.async("string")).not.toContain("calcChain");
  });

  it("lists the sheets in docProps/app.xml in their new order", async () => {
    const out = await review(await userWorkbookBytes("It's mine"), true);
    const app = (await (await JSZip.loadAsync(out)).file("docProps/app.xml")?.async("string")) as string;
    expect(app).toContain("<vt:i4>5</vt:i4>");
    expect(app).toContain('<vt:vector size="5" baseType="lpstr"><vt:lpstr>Risks</vt:lpstr><vt:lpstr>Notes</vt:lpstr><vt:lpstr>It&apos;s mine</vt:lpstr><vt:lpstr>IMM Risk Review</vt:lpstr><vt:lpstr>IMM Dashboard</vt:lpstr></vt:vector>');
  });

  it("keeps sheet-scoped names of user sheets and the active tab, and records ownership", async () => {
    const zip = await JSZip.loadAsync(await userWorkbookBytes());
    const wb = (await zip.file("xl/workbook.xml")?.async("string")) as string;
    zip.file("xl/workbook.xml", wb.replace("</sheets>", '</sheets><definedNames><definedName name="Mine" localSheetId="1">Notes!$A$1</definedName></definedNames>').replace(/<bookViews>[\s\S]*?<\/bookViews>|(?=<sheets>)/, '<bookViews><workbookView activeTab="1"/></bookViews>'));
    const out = await review(await zip.generateAsync({ type: "uint8array" }), true);
    const again = await review(out, true);
    const xml = (await (await JSZip.loadAsync(again)).file("xl/workbook.xml")?.async("string")) as string;
    expect(xml).toContain('<definedName name="Mine" localSheetId="1">Notes!$A$1</definedName>');
    expect(xml).toContain('activeTab="1"');
    expect(xml.match(/IMM_Owned_risk/g)).toHaveLength(1);
    expect(xml).toContain("<definedName name=\"IMM_Owned_dashboard\">&apos;IMM Dashboard&apos;!$A$1</definedName>");
  });
});

describe("settings saved on the user's own sheet", () => {
  const SAMPLE = join(__dirname, "../../../assets/samples/hospital-ppp.xlsx");

  it("patches the changed values into that sheet, keeping its chart and every other part", async () => {
    const input = await withUserContent(new Uint8Array(readFileSync(SAMPLE)), { chart: true });
    const host = await XlsxHost.fromBuffer(input, "in.xlsx");
    const settingsSheet = (await host.readSnapshot()).tables.find((t) => t.name === "IMM_Settings")?.sheet;
    expect(settingsSheet).toBe("Contract");
    await host.writeSettings([["Amber threshold", 65], ["Simulation seed", "abc"]]);
    const out = await host.toBuffer();
    const changed = await changedUserParts(input, out);
    expect(changed).toEqual(["xl/worksheets/sheet1.xml"]);
    const zip = await JSZip.loadAsync(out);
    expect(zip.file("xl/charts/chart1.xml")).not.toBeNull();
    const again = await XlsxHost.fromBuffer(out, "out.xlsx");
    const settings = (await again.readSnapshot()).tables.find((t) => t.name === "IMM_Settings");
    const rows = new Map((settings?.rows ?? []).map((r) => [String(r[0]), r[1]]));
    expect(rows.get("Amber threshold")).toBe(65);
    expect(rows.get("Simulation seed")).toBe("abc");
    expect(rows.get("Green threshold")).toBe(80);
  });
});

describe("sheets the reader does not model", () => {
  it("keeps a sheet ExcelJS does not load (here a worksheet part not named sheetN.xml), in its place", async () => {
    const zip = await JSZip.loadAsync(await userWorkbookBytes());
    zip.file("xl/worksheets/raw.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>42</v></c></row></sheetData></worksheet>');
    const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) as string;
    zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", '<Relationship Id="rId77" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/raw.xml"/></Relationships>'));
    const wb = (await zip.file("xl/workbook.xml")?.async("string")) as string;
    zip.file("xl/workbook.xml", wb.replace("</sheets>", '<sheet name="Raw" sheetId="77" r:id="rId77"/></sheets>'));
    const types = (await zip.file("[Content_Types].xml")?.async("string")) as string;
    zip.file("[Content_Types].xml", types.replace("</Types>", '<Override PartName="/xl/worksheets/raw.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'));
    const input = await zip.generateAsync({ type: "uint8array" });
    const second = await review(await review(input, true), true);
    expect(await changedUserParts(input, second)).toEqual([]);
    const xml = (await (await JSZip.loadAsync(second)).file("xl/workbook.xml")?.async("string")) as string;
    expect([...xml.matchAll(/<sheet\b[^>]*\sname="([^"]+)"/g)].map((m) => m[1])).toEqual(["Risks", "Notes", "Raw", "IMM Risk Review", "IMM Dashboard"]);
  });
});
