/**
 * Workbooks saved by LibreOffice Calc: its table parts have no <tableStyleInfo> (ExcelJS's writer crashed on
 * them) and it writes no theme part (ExcelJS then wrote a relationship to a missing theme).
 */
import JSZip from "jszip";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { defaultEngine } from "../../cli/engine";
import { nodeIo } from "../../cli/node-io";
import { runCli } from "../../cli/run";
import { XlsxHost } from "./host";
import { asSavedByLibreOffice, fullPlan, userWorkbookBytes } from "./testing/fixtures";

const SAMPLE = join(__dirname, "../../../assets/samples/hospital-ppp.xlsx");

async function tableParts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n)).sort();
  return Promise.all(names.map((n) => (zip.file(n) as JSZip.JSZipObject).async("string")));
}

describe("a workbook saved by LibreOffice (tables without tableStyleInfo)", () => {
  it("is written back by the host, its tables kept as LibreOffice saved them", async () => {
    const bytes = await asSavedByLibreOffice(await userWorkbookBytes());
    const host = await XlsxHost.fromBuffer(bytes, "lo.xlsx");
    await host.applyPlans([fullPlan()]);
    const out = await host.toBuffer();
    const parts = await tableParts(out);
    const input = parts.find((x) => x.includes('name="IMM_Risks"'));
    // The user's table part keeps its bytes (no table style, as LibreOffice saved it).
    expect(input).toBe((await tableParts(bytes)).find((x) => x.includes('name="IMM_Risks"')));
    expect(input).not.toContain("<tableStyleInfo");
    // The review's own table keeps its style.
    expect(parts.some((x) => /<tableStyleInfo[^>]*name="TableStyleMedium2"/.test(x))).toBe(true);
  });

  it("stays without a theme part and without a relationship to one", async () => {
    const host = await XlsxHost.fromBuffer(await asSavedByLibreOffice(await userWorkbookBytes()), "lo.xlsx");
    await host.applyPlans([fullPlan()]);
    const zip = await JSZip.loadAsync(await host.toBuffer());
    const rels = await (zip.file("xl/_rels/workbook.xml.rels") as JSZip.JSZipObject).async("string");
    expect(rels).not.toMatch(/\/theme"/);
    expect(zip.file("xl/theme/theme1.xml")).toBeNull();
  });

  describe("imm review", () => {
    let dir: string;
    let out: string[];
    let err: string[];
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), "imm-lo-"));
      out = [];
      err = [];
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));
    const run = (...argv: string[]) => runCli(argv, { ...nodeIo(), out: (l) => out.push(l), err: (l) => err.push(l), progress: undefined }, defaultEngine);

    async function libreOfficeSample(): Promise<string> {
      const input = join(dir, "lo.xlsx");
      copyFileSync(SAMPLE, input);
      writeFileSync(input, await asSavedByLibreOffice(new Uint8Array(readFileSync(input))));
      return input;
    }

    it("writes the review with -o", async () => {
      const input = await libreOfficeSample();
      const output = join(dir, "out.xlsx");
      const code = await run("review", input, "-o", output);
      expect(err).toEqual([]);
      expect(code === 0 || code === 1).toBe(true);
      expect(out[0]).toBe(`${input} → ${output}`);
      const host = await XlsxHost.fromBuffer(new Uint8Array(readFileSync(output)));
      expect((await host.listOwnedSheets()).length).toBe(6); // five review sheets and the history
    }, 60_000);

    it("writes the review with --in-place", async () => {
      const input = await libreOfficeSample();
      const code = await run("review", input, "--in-place");
      expect(err).toEqual([]);
      expect(code === 0 || code === 1).toBe(true);
      const host = await XlsxHost.fromBuffer(new Uint8Array(readFileSync(input)));
      expect((await host.listOwnedSheets()).length).toBe(6);
    }, 60_000);
  });
});
