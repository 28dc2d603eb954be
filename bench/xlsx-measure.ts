/**
 * One measured run of the xlsx benchmark, in its own process so that its peak RSS is its own: `tsx bench/xlsx-measure.ts
 * <bare|review|copy> <file.xlsx>` prints one JSON line { ms, peakMb, stages }. bare: ExcelJS read + write of the file;
 * review: the CLI's review of it in memory (open, read, assess, write the sheets, build the output bytes), by the Node
 * build that `imm` runs (dist/node, which xlsx.bench.ts compiles first), or by the TypeScript sources with IMM_BENCH_SOURCE=1;
 * copy: JSZip read + write of the package with every part copied as it is (what copying a part costs).
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { join } from "node:path";
import type { ReviewEngine } from "../src/cli/prepare";

const MB = 1024 * 1024;

async function bare(bytes: Uint8Array): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  await wb.xlsx.writeBuffer();
}

async function copy(bytes: Uint8Array): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The engine measured: the Node build's (what `imm review` runs) unless IMM_BENCH_SOURCE is set. */
function engine(): ReviewEngine {
  const from = process.env.IMM_BENCH_SOURCE ? join(__dirname, "..", "src", "cli", "engine") : join(__dirname, "..", "dist", "node", "cli", "engine");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(from) as { defaultEngine: ReviewEngine }).defaultEngine;
}

async function review(defaultEngine: ReviewEngine, bytes: Uint8Array, lap: (label: string) => void): Promise<void> {
  const host = await defaultEngine.openWorkbook(bytes, "bench.xlsx");
  lap("open");
  const model = defaultEngine.readModel(await host.readSnapshot());
  lap("read");
  const { plans } = await defaultEngine.buildReviewPlans(model, {});
  lap("plans");
  await host.applyPlans(plans);
  lap("apply");
  await host.toBuffer();
  lap("write");
}

async function main(): Promise<void> {
  const [mode, file] = process.argv.slice(2);
  const bytes = new Uint8Array(readFileSync(file));
  // Loaded before the clock starts, as `imm` loads it before it reads the workbook.
  const reviewer = mode === "review" ? engine() : null;
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 5);
  const stages: Record<string, number> = {};
  const t0 = performance.now();
  let t = t0;
  const lap = (label: string): void => {
    const now = performance.now();
    stages[label] = Math.round(now - t);
    t = now;
  };
  if (mode === "bare") await bare(bytes);
  else if (mode === "copy") await copy(bytes);
  else await review(reviewer as ReviewEngine, bytes, lap);
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(JSON.stringify({ ms: Math.round(ms), peakMb: Math.round(peak / MB), stages }));
  process.exit(0);
}

void main();
