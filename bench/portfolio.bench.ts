/**
 * Benchmark of `imm portfolio`: 50 sample-size contract workbooks (the five sample-portfolio contracts, ten copies
 * each) assessed on worker threads (--jobs = CPU cores) and written into one portfolio workbook, as the CLI does.
 * Prints each workbook's assessment time (on its worker) and the total wall time (target ≤ 10 s on 2 cores).
 * From the TypeScript sources the workers also compile imm on start (tsx); the built CLI (dist/node) skips that.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { defaultEngine } from "../src/cli/engine";
import { nodeIo } from "../src/cli/node-io";
import { runCli } from "../src/cli/run";
import { portfolioSampleFiles } from "../src/samples/portfolio-files";

const COPIES = 10;

/** Runs the portfolio benchmark once; returns the lines to print. */
export async function run(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "imm-bench-portfolio-"));
  try {
    for (const { file, bytes } of await portfolioSampleFiles()) {
      for (let i = 1; i <= COPIES; i++) writeFileSync(join(dir, file.replace(/\.xlsx$/, `-${String(i).padStart(2, "0")}.xlsx`)), bytes);
    }
    const jobs = availableParallelism();
    const times: [string, number][] = [];
    const runner = defaultEngine.portfolioRunner;
    if (!runner) throw new Error("the CLI engine has no portfolio runner");
    const engine = { ...defaultEngine, portfolioRunner: ((files, n, done) => runner(files, n, (o, ms) => {
      times.push([o.file, ms]);
      done?.(o, ms);
    })) as typeof runner };
    const out: string[] = [];
    const t0 = performance.now();
    const code = await runCli(["portfolio", dir, "-o", join(dir, "portfolio.out.xlsx"), "--jobs", String(jobs)],
      { ...nodeIo(), out: (l) => out.push(l), err: (l) => out.push(l), progress: undefined }, engine);
    const total = performance.now() - t0;
    const lines = times.map(([f, ms]) => `  ${f.slice(dir.length + 1).padEnd(30)} ${ms.toFixed(0).padStart(6)} ms`);
    const mean = times.reduce((s, [, ms]) => s + ms, 0) / Math.max(1, times.length);
    return [
      `portfolio: ${times.length} workbooks on ${jobs} worker thread${jobs === 1 ? "" : "s"} (exit code ${code})`,
      ...lines,
      `  mean per workbook ${mean.toFixed(0)} ms (on its worker)`,
      `  total ${(total / 1000).toFixed(2)} s wall (target ≤ 10 s on 2 cores): read, assess, simulate jointly, write`,
      ...out.filter((l) => l.startsWith("Portfolio") || l.includes("joint")),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
