import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, mkdirSync, existsSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { defaultEngine } from "./engine";
import type { CliIo } from "./io";
import { nodeIo } from "./node-io";
import { runCli } from "./run";

const SAMPLE = join(__dirname, "../../assets/samples/hospital-ppp.xlsx");
const REVIEW_SHEETS = ["IMM Risk Review", "IMM Partnership Review", "IMM Performance Review", "IMM Integrated Assessment", "IMM Dashboard", "IMM History"];

let dir: string;
let out: string[];
let err: string[];
let io: CliIo;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "imm-cli-"));
  out = [];
  err = [];
  io = { ...nodeIo(), out: (l) => out.push(l), err: (l) => err.push(l), progress: undefined };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (...argv: string[]) => runCli(argv, io, defaultEngine);

async function sheetNames(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb.worksheets.map((w) => w.name);
}

async function writeWorkbook(path: string, build: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
}

describe("imm review", () => {
  it("writes the five review sheets next to the input and prints the summary and problems", async () => {
    const input = join(dir, "hospital.xlsx");
    copyFileSync(SAMPLE, input);
    const before = readFileSync(input);
    const code = await run("review", input);
    expect(code === 0 || code === 1).toBe(true);
    const output = join(dir, "hospital.review.xlsx");
    const names = await sheetNames(output);
    expect(names.slice(-6)).toEqual(REVIEW_SHEETS);
    expect(names.slice(0, -6)).toEqual(await sheetNames(input));
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(out[0]).toBe(`${input} → ${output}`);
    expect(out.join("\n")).toMatch(/Integrated index \d+\.\d/);
    expect(out.join("\n")).toMatch(/Partnership \d+\.\d.*Risk \d+\.\d.*Performance \d+\.\d/);
    expect(out.join("\n")).toMatch(/problems?|no problems/);
    // Issue 11 §9: no note written for developers (e.g. how charts are stored in the package).
    expect(out.filter((l) => /^ {2}Note: /.test(l))).toEqual([]);
    expect(err).toEqual([]);
  }, 60_000);

  it("reports each step of a review as progress, apart from the summary", async () => {
    const input = join(dir, "hospital.xlsx");
    copyFileSync(SAMPLE, input);
    const steps: string[] = [];
    io = { ...io, progress: (l) => steps.push(l) };
    await run("review", input);
    expect(steps.filter((l) => l).map((l) => l.replace(`  ${input}: `, ""))).toEqual([
      "opening…",
      "reading the IMM tables…",
      "assessing 40 risks, 60 KPI rows, 24 partnership ratings…",
      ...REVIEW_SHEETS.map((name, i) => `writing ${name} (${i + 1}/6)…`),
      `saving ${join(dir, "hospital.review.xlsx")}…`,
    ]);
    expect(out[0]).toContain("→");
  }, 60_000);

  it("re-running on its own output replaces the review sheets (no '(2)')", async () => {
    const input = join(dir, "h.xlsx");
    copyFileSync(SAMPLE, input);
    await run("review", input, "-o", join(dir, "a.xlsx"), "--sheets", "risk,dashboard");
    await run("review", join(dir, "a.xlsx"), "--in-place", "--sheets", "risk,dashboard");
    const names = await sheetNames(join(dir, "a.xlsx"));
    expect(names.filter((n) => n.startsWith("IMM ") && n !== "IMM Settings")).toEqual(expect.arrayContaining(["IMM Risk Review", "IMM Dashboard"]));
    expect(names.some((n) => n.includes("(2)"))).toBe(false);
    expect(names.length).toBe((await sheetNames(input)).length + 2);
  }, 60_000);

  it("refuses to overwrite the input without --in-place (exit 2)", async () => {
    const input = join(dir, "h.xlsx");
    copyFileSync(SAMPLE, input);
    expect(await run("review", input, "-o", input)).toBe(2);
    expect(err[0]).toMatch(/is the input workbook; use --in-place/);
  });

  it("reviews every workbook of a folder with progress lines", async () => {
    copyFileSync(SAMPLE, join(dir, "one.xlsx"));
    writeFileSync(join(dir, "two.xlsx"), "not a workbook");
    const code = await run("review", dir);
    expect(code).toBe(1);
    expect(existsSync(join(dir, "one.review.xlsx"))).toBe(true);
    expect(err).toContain(`[1/2] ${join(dir, "one.xlsx")}`);
    expect(err).toContain(`[2/2] ${join(dir, "two.xlsx")}`);
    expect(err.some((l) => l.startsWith(`imm: ${join(dir, "two.xlsx")}: not an .xlsx workbook`))).toBe(true);
  }, 60_000);

  const bad: [string, () => Promise<Buffer | null>, RegExp][] = [
    ["empty", async () => Buffer.alloc(0), /: the file is empty$/],
    ["corrupt", async () => Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.alloc(64, 7)]), /: the file is damaged or not an \.xlsx workbook/],
    ["truncated", async () => readFileSync(SAMPLE).subarray(0, 2000), /: the file is damaged or not an \.xlsx workbook/],
    [
      "encrypted",
      async () => {
        // An OLE/CFB container holding an EncryptionInfo stream, as Excel writes password-protected workbooks.
        const head = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
        return Buffer.concat([head, Buffer.alloc(504), Buffer.from("EncryptionInfo", "utf16le"), Buffer.alloc(512)]);
      },
      /: the workbook is password-protected/,
    ],
    ["old xls", async () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]), /Excel 97–2003 \(\.xls\)/],
    ["csv", async () => Buffer.from("ID,Risk\nR1,x\n"), /: not an \.xlsx workbook/],
    [
      "no IMM tables",
      async () => {
        const wb = new ExcelJS.Workbook();
        wb.addWorksheet("Budget").addRow(["Item", "Cost"]);
        return Buffer.from(await wb.xlsx.writeBuffer());
      },
      /: no IMM tables found/,
    ],
  ];
  it.each(bad)("%s input: one clear line, exit 1, nothing written", async (_label, make, message) => {
    const input = join(dir, "in.xlsx");
    writeFileSync(input, (await make()) as Buffer);
    expect(await run("review", input)).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
    expect(err[0].startsWith(`imm: ${input}:`)).toBe(true);
    expect(err[0]).not.toMatch(/\n|\s+at\s/);
    expect(existsSync(join(dir, "in.review.xlsx"))).toBe(false);
  });

  it("keeps content ExcelJS cannot copy (charts, pivot tables) byte for byte, with -o and --in-place", async () => {
    const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
    zip.file("xl/charts/chart1.xml", "<c:chartSpace/>");
    zip.file("xl/pivotTables/pivotTable1.xml", "<pivotTableDefinition/>");
    const input = join(dir, "charts.xlsx");
    writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
    expect(await run("review", input)).toBeLessThan(2);
    expect(out.join("\n")).not.toMatch(/cannot copy|cannot write back/);
    const copy = await JSZip.loadAsync(readFileSync(join(dir, "charts.review.xlsx")));
    expect(await copy.file("xl/pivotTables/pivotTable1.xml")?.async("string")).toBe("<pivotTableDefinition/>");
    expect(await run("review", input, "--in-place")).toBeLessThan(2);
    expect(err).toEqual([]);
    const inPlace = await JSZip.loadAsync(readFileSync(input));
    expect(await inPlace.file("xl/charts/chart1.xml")?.async("string")).toBe("<c:chartSpace/>");
    expect(await inPlace.file("xl/pivotTables/pivotTable1.xml")?.async("string")).toBe("<pivotTableDefinition/>");
  }, 60_000);

  it("a missing file is exit 1 with one line", async () => {
    expect(await run("review", join(dir, "nope.xlsx"))).toBe(1);
    expect(err).toEqual([`imm: ${join(dir, "nope.xlsx")}: no such file`]);
  });
});

describe("imm check / template / usage", () => {
  it("check validates without writing", async () => {
    const input = join(dir, "h.xlsx");
    copyFileSync(SAMPLE, input);
    const code = await run("check", input);
    expect(code === 0 || code === 1).toBe(true);
    expect(out[0]).toMatch(/IMM_Risks \(/);
    expect(existsSync(join(dir, "h.review.xlsx"))).toBe(false);
  });

  it("check exits 1 on a located error", async () => {
    const input = join(dir, "bad.xlsx");
    await writeWorkbook(input, (wb) => {
      wb.addWorksheet("Risks").addTable({
        name: "IMM_Risks",
        ref: "A1",
        columns: ["ID", "Risk", "Type", "Likelihood", "Consequence"].map((name) => ({ name })),
        rows: [["R1", "Lift failure", "Threat", "abc", 3]],
      });
    });
    expect(await run("check", input)).toBe(1);
    expect(out.join("\n")).toContain('Risks!D2: likelihood "abc"');
  });

  it("template writes the input tables; --examples adds rows; refuses to overwrite", async () => {
    const output = join(dir, "model.xlsx");
    expect(await run("template", output, "--examples")).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(output) as unknown as ArrayBuffer);
    const tables = wb.worksheets.flatMap((w) => Object.keys((w as unknown as { tables: Record<string, unknown> }).tables));
    expect(tables).toEqual(expect.arrayContaining(["IMM_Risks", "IMM_Partnership", "IMM_KPIs", "IMM_Contract", "IMM_Actions"]));
    expect(await run("template", output)).toBe(2);
    expect(await run("review", output, "-o", join(dir, "model.out.xlsx"))).toBeLessThan(2);
  }, 60_000);

  it.each([
    [["review"], /review needs a workbook/],
    [["frobnicate", "x.xlsx"], /unknown command "frobnicate"/],
    [["review", "x.xlsx", "--sheets", "risk,bogus"], /unknown sheet "bogus"/],
    [["review", "x.xlsx", "--bogus"], /unknown option --bogus/],
    [["review", "x.xlsx", "-o"], /-o needs a value/],
  ])("usage error %j → exit 2", async (argv, message) => {
    expect(await run(...argv)).toBe(2);
    expect(err[0]).toMatch(message);
  });

  it("--help and --version print and exit 0", async () => {
    expect(await run("--help")).toBe(0);
    expect(out[0]).toMatch(/^imm — IMM/);
    expect(await run("--version")).toBe(0);
    expect(out[out.length - 1]).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("-o with several workbooks must be a folder", async () => {
    copyFileSync(SAMPLE, join(dir, "a.xlsx"));
    copyFileSync(SAMPLE, join(dir, "b.xlsx"));
    expect(await run("review", join(dir, "a.xlsx"), join(dir, "b.xlsx"), "-o", join(dir, "x.xlsx"))).toBe(2);
    mkdirSync(join(dir, "out"));
    const code = await run("review", join(dir, "a.xlsx"), join(dir, "b.xlsx"), "-o", join(dir, "out"));
    expect(code).toBeLessThan(2);
    expect(existsSync(join(dir, "out", "a.review.xlsx")) && existsSync(join(dir, "out", "b.review.xlsx"))).toBe(true);
  }, 90_000);
});
