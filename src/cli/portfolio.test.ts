import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { defaultEngine, engineFor } from "./engine";
import { parseArgs } from "./args";
import { runCli } from "./run";
import { SHEET_REGISTRY } from "../review/sheets/registry";
import { inProcessRunner } from "./portfolio-assess";
import { workerRunner } from "./worker-pool";
import { capturedIo } from "./testing/helpers";

const SAMPLES = join(__dirname, "../../assets/samples/portfolio");
const FILES = readdirSync(SAMPLES).filter((f) => f.endsWith(".xlsx")).sort();

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "imm-portfolio-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function sheet(path: string, name: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The IMM_Portfolio table's rows as header → value records. */
async function portfolioRows(path: string): Promise<Record<string, unknown>[]> {
  const ws = await sheet(path, "IMM Portfolio");
  const headerRow = ws.getRow(4).values as unknown[];
  const rows: Record<string, unknown>[] = [];
  for (let r = 5; typeof ws.getCell(r, 1).value === "number"; r++) {
    const values = ws.getRow(r).values as unknown[];
    rows.push(Object.fromEntries(headerRow.map((h, i) => [String(h), values[i]]).filter(([h]) => h !== "undefined")));
  }
  return rows;
}

describe("imm portfolio", () => {
  it("writes the portfolio sheets into a new workbook, one row per contract worst first, each row as its own imm review prints it", async () => {
    for (const f of FILES) copyFileSync(join(SAMPLES, f), join(dir, f));
    const output = join(dir, "portfolio.xlsx");
    const { io, out, err } = capturedIo();
    expect(await runCli(["portfolio", dir, "-o", output, "--jobs", "2"], io, defaultEngine)).toBe(0);
    expect(err).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(output) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["IMM Portfolio", "IMM Portfolio Dashboard"]);
    const rows = await portfolioRows(output);
    expect(rows.map((r) => r.Contract)).toEqual([
      "Eastfield General Hospital PFI", "A14 Availability Road DBFO", "Northgate Community Hospital PPP",
      "Clearwater Water Treatment PPP", "Riverside Schools PFI (12 schools)",
    ]);
    expect(out.join("\n")).toMatch(/P50 £[\d,]+, P90 £[\d,]+/); // the samples share one currency: amounts in it
    for (const f of FILES) {
      const single = capturedIo();
      await runCli(["review", join(dir, f), "-o", join(dir, `${f}.review.xlsx`)], single.io, defaultEngine);
      const text = single.out.join("\n");
      const row = rows.find((r) => (r.File as ExcelJS.CellHyperlinkValue).text === join(dir, f)) as Record<string, unknown>;
      const shown = (x: unknown) => (typeof x === "number" ? x.toFixed(1) : "not assessed");
      expect(text).toContain(`  ${row.Contract}`);
      expect(text).toContain(`Partnership ${shown(row.Partnership)} (${row["Partnership RAG"]}) · Risk ${shown(row.Risk)} (${row["Risk RAG"]}) · Performance ${shown(row.Performance)} (${row["Performance RAG"]})`);
      expect(text).toContain(`Integrated index ${shown(row.Integrated)} — ${row["Integrated RAG"]}`);
      expect(text).toContain(row["Data problems"] === 0 ? "no problems" : `${row["Data problems"]} problem`);
    }
  }, 120_000);

  it("links each row to its contract file with a real hyperlink, relative to the portfolio's folder (no formula)", async () => {
    mkdirSync(join(dir, "contracts", "my sample#1"), { recursive: true });
    for (const f of FILES.slice(0, 2)) copyFileSync(join(SAMPLES, f), join(dir, "contracts", "my sample#1", f));
    mkdirSync(join(dir, "out"));
    const output = join(dir, "out", "portfolio.xlsx");
    const { io } = capturedIo();
    expect(await runCli(["portfolio", join(dir, "contracts", "my sample#1"), "-o", output], io, defaultEngine)).toBe(0);
    const files = (await portfolioRows(output)).map((r) => r.File as ExcelJS.CellHyperlinkValue);
    expect(files.map((x) => x.hyperlink).sort()).toEqual(FILES.slice(0, 2).map((f) => `../contracts/my%20sample%231/${f}`));
    expect(files.map((x) => x.text).sort()).toEqual(FILES.slice(0, 2).map((f) => join(dir, "contracts", "my sample#1", f)));
    const zip = await JSZip.loadAsync(readFileSync(output));
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const rels = await zip.file("xl/worksheets/_rels/sheet1.xml.rels")!.async("string");
    expect(sheetXml.match(/<hyperlink /g)).toHaveLength(2);
    expect(sheetXml).not.toMatch(/HYPERLINK\(/i);
    expect(rels).toContain(`Target="../contracts/my%20sample%231/${FILES[0]}" TargetMode="External"`);
  }, 60_000);

  it("lists a workbook it cannot read or assess with its one-line reason; the others proceed; exit code 1", async () => {
    copyFileSync(join(SAMPLES, FILES[0]), join(dir, "good.xlsx"));
    writeFileSync(join(dir, "notes.xlsx"), "not a workbook");
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("Sheet1").getCell("A1").value = "hello";
    writeFileSync(join(dir, "empty.xlsx"), Buffer.from(await empty.xlsx.writeBuffer()));
    const output = join(dir, "out", "..", "portfolio.xlsx");
    const { io, out, err } = capturedIo();
    const code = await runCli(["portfolio", dir, join(dir, "missing.xlsx"), "-o", output], io, defaultEngine);
    expect(code).toBe(1);
    expect(err).toEqual([
      `imm: ${join(dir, "empty.xlsx")}: no IMM tables found (IMM_Risks, IMM_Partnership or IMM_KPIs, by table name or headers)`,
      `imm: ${join(dir, "missing.xlsx")}: no such file`,
      `imm: ${join(dir, "notes.xlsx")}: not an .xlsx workbook (the file is not a zip package)`,
    ]);
    expect(out.join("\n")).toContain("Portfolio: 1 contract →");
    expect(out.join("\n")).toContain("(3 workbooks not included)");
    const ws = await sheet(output, "IMM Portfolio");
    const cells: string[] = [];
    ws.eachRow((r) => cells.push((r.values as unknown[]).filter((v) => typeof v === "string").join(" | ")));
    expect(cells).toContain(`${join(dir, "missing.xlsx")} | ${join(dir, "missing.xlsx")}: no such file`);
    expect(cells.some((c) => c.startsWith("Workbooks not included (3)"))).toBe(true);
  }, 60_000);

  it("gives the same figures on worker threads as one after another (parallel order never changes a figure)", async () => {
    const files = FILES.map((f) => join(SAMPLES, f));
    const { io } = capturedIo();
    const threads = await workerRunner(files, 2);
    const serial = await inProcessRunner(io, engineFor(SHEET_REGISTRY))(files, 1);
    expect(threads).toEqual(serial);
    expect(threads.every((o) => "summary" in o)).toBe(true);
  }, 120_000);

  it("reads a reviewed workbook's input tables only: its generated sheets change nothing", async () => {
    const input = join(dir, "a.xlsx");
    copyFileSync(join(SAMPLES, FILES[0]), input);
    const { io } = capturedIo();
    await runCli(["review", input, "-o", join(dir, "a.review.xlsx")], io, defaultEngine);
    const [plain, reviewed] = await inProcessRunner(io, engineFor(SHEET_REGISTRY))([input, join(dir, "a.review.xlsx")], 1);
    expect("summary" in reviewed && { ...reviewed.summary, file: "" }).toEqual("summary" in plain && { ...plain.summary, file: "" });
  }, 60_000);

  it("refuses a bad -o or --jobs before any work", async () => {
    expect(() => parseArgs(["portfolio", "a.xlsx"])).toThrow("portfolio needs -o PORTFOLIO.xlsx");
    expect(() => parseArgs(["portfolio", "a.xlsx", "-o", "p.xlsx", "--jobs", "0"])).toThrow("--jobs 0: give a whole number");
    expect(() => parseArgs(["portfolio", "a.xlsx", "-o", "p.xlsx", "--jobs", "two"])).toThrow("--jobs two");
    expect(() => parseArgs(["review", "a.xlsx", "--jobs", "2"])).toThrow("--jobs applies to portfolio only");
    expect(parseArgs(["portfolio", "a.xlsx", "dir", "-o", "p.xlsx", "--jobs", "3"])).toEqual({ kind: "portfolio", inputs: ["a.xlsx", "dir"], output: "p.xlsx", jobs: 3 });
    const input = join(dir, "a.xlsx");
    copyFileSync(join(SAMPLES, FILES[0]), input);
    const { io, err } = capturedIo();
    expect(await runCli(["portfolio", input, "-o", input], io, defaultEngine)).toBe(2);
    expect(err[0]).toBe(`imm: ${input} is one of the input workbooks; write the portfolio to a new file`);
    expect(await runCli(["portfolio", input, "-o", join(dir, "p.csv")], io, defaultEngine)).toBe(2);
  });
});
