/**
 * Benchmark: reading the review's input from .xlsx bytes — today's ExcelJS load + snapshot (XlsxHost.fromBuffer +
 * readSnapshot) against the package reader as `imm review` runs it (pre-flight check of worksheet prologs + readPackage,
 * with Node's inflater), for the 10k-risk workbook without money
 * columns, and the same with a 50 MB (inflated) unrelated data sheet added. Each measurement runs in its own child
 * process, so its peak RSS (maxRSS) is its own.
 */
import { fork } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { XlsxHost } from "../src/hosts/xlsx";
import { DEFAULT_LIMITS, preflight } from "../src/hosts/xlsx/preflight";
import { nodeInflate } from "../src/cli/node-zip";
import { readPackage, skipOwned } from "../src/hosts/xlsx/package-read";
import { bigWorkbook } from "./xlsx-workbook";

const MB = 1024 * 1024;

/** The workbook with one more sheet ("Data") of about `mb` MB of plain numbers (inflated), as users keep raw exports. */
async function withDataSheet(bytes: Uint8Array, mb: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const rows: string[] = [];
  let size = 0;
  for (let r = 1; size < mb * MB; r++) {
    let line = `<row r="${r}">`;
    for (let c = 0; c < 12; c++) line += `<c r="${String.fromCharCode(65 + c)}${r}"><v>${(r * 31 + c * 7) % 1_000_000}.5</v></c>`;
    line += "</row>";
    rows.push(line);
    size += line.length;
  }
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  zip.file("xl/worksheets/sheet99.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${main}"><sheetData>${rows.join("")}</sheetData></worksheet>`);
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", '<Relationship Id="rIdData" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet99.xml"/></Relationships>'));
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", wb.replace("</sheets>", '<sheet name="Data" sheetId="999" r:id="rIdData"/></sheets>'));
  const ct = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", ct.replace("</Types>", '<Override PartName="/xl/worksheets/sheet99.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

interface Measured { ms: number; peakMb: number; detail: string }

/** In the child: one read of the file, timed, with its detail. */
async function measure(mode: string, file: string): Promise<Measured> {
  const bytes = new Uint8Array(readFileSync(file));
  const t0 = performance.now();
  let detail = "";
  if (mode === "exceljs") {
    const snapshot = await (await XlsxHost.fromBuffer(bytes, "bench.xlsx")).readSnapshot();
    detail = `${snapshot.tables.length} tables`;
  } else {
    await preflight(bytes, DEFAULT_LIMITS, { streamedSheets: true, inflate: nodeInflate });
    const checked = performance.now() - t0;
    const read = await readPackage(bytes, { source: "bench.xlsx", skip: skipOwned(), inflate: nodeInflate });
    const data = read.stats.find((s) => s.name === "Data");
    detail = `preflight ${checked.toFixed(0)} ms; ${read.snapshot.tables.length} tables` + (data ? `; Data sheet: ${(data.inflated / MB).toFixed(2)} of ${(data.size / MB).toFixed(0)} MB inflated, ${data.rowsScanned} rows scanned` : "");
  }
  const ms = performance.now() - t0;
  return { ms, peakMb: process.resourceUsage().maxRSS / 1024, detail };
}

function inChild(mode: string, file: string): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ["--child", mode, file], { execArgv: process.execArgv, stdio: ["ignore", "pipe", "inherit", "ipc"] });
    child.on("message", (m) => resolve(m as Measured));
    child.on("error", reject);
    child.on("exit", (code) => { if (code) reject(new Error(`child exited ${code}`)); });
  });
}

/** Runs the package-read benchmark and prints the figures. */
export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "imm-pkgread-"));
  try {
    const base = await bigWorkbook(10_000, 500, false);
    const withData = await withDataSheet(base, 50);
    const cases: [string, Uint8Array][] = [["10k risks", base], ["10k risks + 50 MB data sheet", withData]];
    for (const [label, bytes] of cases) {
      const file = join(dir, `${label.replace(/\W+/g, "-")}.xlsx`);
      writeFileSync(file, bytes);
      const a = await inChild("exceljs", file);
      const b = await inChild("package", file);
      console.log(`package-read: ${label} (${(bytes.length / MB).toFixed(1)} MB file)`);
      console.log(`package-read:   ExcelJS load + snapshot    ${a.ms.toFixed(0).padStart(6)} ms   peak RSS ${a.peakMb.toFixed(0)} MB   (${a.detail})`);
      console.log(`package-read:   preflight + readPackage    ${b.ms.toFixed(0).padStart(6)} ms   peak RSS ${b.peakMb.toFixed(0)} MB   (${b.detail})`);
      console.log(`package-read:   ratio ${(b.ms / a.ms).toFixed(2)}× time, ${(b.peakMb / a.peakMb).toFixed(2)}× peak RSS`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--child") {
  void measure(process.argv[3], process.argv[4]).then((m) => { process.send?.(m); process.exit(0); });
} else if (require.main === module) {
  void run();
}
