/**
 * Issue 11 §7: the review output printed through LibreOffice (soffice → PDF, read with poppler's pdfinfo/pdftotext).
 * The sample is reviewed by the CLI and converted once; each check reads the PDF's pages.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { defaultEngine } from "../../cli/engine";
import { nodeIo } from "../../cli/node-io";
import { runCli } from "../../cli/run";
import { SHEET_REGISTRY } from "../../review/index";

const SAMPLE = join(__dirname, "../../../assets/samples/hospital-ppp.xlsx");
const PROJECT = "Northgate Community Hospital PPP";

function has(cmd: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

// CI installs libreoffice-calc and poppler-utils (.ci/run); a machine without them skips, CI never does.
const tools = has("soffice") && has("pdftotext") && has("pdfinfo");
if (!tools && process.env.CI) throw new Error("the print test needs soffice, pdftotext and pdfinfo (libreoffice-calc, poppler-utils)");
const maybe = tools ? describe : describe.skip;

interface Page { n: number; text: string; width: number; height: number; paper: string }

maybe("the review printed to PDF by LibreOffice", () => {
  let dir: string;
  let pages: Page[];
  let xlsx: JSZip;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "imm-print-"));
    const out = join(dir, "review.xlsx");
    const code = await runCli(["review", SAMPLE, "-o", out], { ...nodeIo(), out: () => undefined, err: () => undefined, progress: undefined }, defaultEngine);
    expect(code === 0 || code === 1).toBe(true);
    xlsx = await JSZip.loadAsync(readFileSync(out));
    execFileSync("soffice", [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, out],
      { stdio: "ignore", timeout: 150_000 });
    const pdf = join(dir, "review.pdf");
    const info = execFileSync("pdfinfo", ["-f", "1", "-l", "999", pdf], { encoding: "utf8" });
    pages = [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/gm)].map((m) => ({
      n: Number(m[1]), width: Number(m[2]), height: Number(m[3]), paper: m[4] ?? "",
      text: execFileSync("pdftotext", ["-f", m[1], "-l", m[1], "-layout", pdf, "-"], { encoding: "utf8" }),
    }));
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The pages of a generated sheet: those whose header names it. */
  const pagesOf = (name: string): Page[] => pages.filter((p) => p.text.split("\n").slice(0, 3).some((l) => l.includes(name)));

  it("prints the dashboard on one landscape A4 page", () => {
    const dash = pagesOf("IMM Dashboard");
    expect(dash).toHaveLength(1);
    expect(dash[0].paper).toBe("A4");
    expect(dash[0].width).toBeGreaterThan(dash[0].height);
  });

  it.each(SHEET_REGISTRY.map((e) => e.name))("puts the header and page numbers on every page of %s", (name) => {
    const own = pagesOf(name);
    expect(own.length).toBeGreaterThan(0);
    for (const p of own) {
      const lines = p.text.split("\n").filter((l) => l.trim() !== "");
      expect(lines[0]).toContain(PROJECT);
      expect(lines[0]).toContain(name);
      expect(lines[0]).toMatch(/Review date \d{1,2} \w{3} \d{4}/);
      expect(lines[lines.length - 1]).toMatch(/Page \d+ of \d+/);
      expect(p.paper).toBe("A4");
    }
  });

  it("sets paper size, orientation, one page wide, title rows and header/footer in the file", async () => {
    const wb = await (xlsx.file("xl/workbook.xml") as JSZip.JSZipObject).async("string");
    for (const e of SHEET_REGISTRY) {
      const id = new RegExp(`<sheet [^>]*name="${e.name}"[^>]*r:id="(rId\\d+)"`).exec(wb)?.[1];
      expect(id).toBeDefined();
      const rels = await (xlsx.file("xl/_rels/workbook.xml.rels") as JSZip.JSZipObject).async("string");
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
      const part = (target?.[1] ?? target?.[2] ?? "").replace(/^\/?(xl\/)?/, "xl/");
      const xml = await (xlsx.file(part) as JSZip.JSZipObject).async("string");
      expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"/);
      expect(xml).toMatch(/<pageSetup [^>]*orientation="(landscape|portrait)"/);
      expect(xml).toMatch(/<pageSetup [^>]*fitToWidth="1"/);
      expect(xml).toMatch(/<oddFooter>&amp;CPage &amp;P of &amp;N<\/oddFooter>/);
      expect(wb).toMatch(new RegExp(`_xlnm.Print_Titles[^>]*>(&apos;)?${e.name}(&apos;)?!\\$1:\\$2<`));
    }
  });

  it("leaves the chart helper data out of the printed pages", () => {
    // The Integrated Assessment's pillar chart data ("Chart data" caption) sits in hidden columns.
    expect(pages.some((p) => p.text.includes("Chart data"))).toBe(false);
  });
});
