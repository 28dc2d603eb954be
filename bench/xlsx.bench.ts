/**
 * Benchmark of the .xlsx path (issue 10's targets), each figure from its own process (bench/xlsx-measure.ts), as ratios:
 * - I/O-bound: a full review of a 10,000-risk / 500-KPI workbook whose register has no money columns (no simulation)
 *   against a bare ExcelJS read + write of the same file (target ≤ 1.0×, peak RSS ≤ 1 GB);
 * - with the simulation (10,000 iterations over every open threat): target ≤ 2.0× the bare round trip of that file;
 * - with a 50 MB unrelated data sheet added: the review may grow by no more than copying that part costs (JSZip read +
 *   write of the package with the part copied as it is, minus the same for the package without it).
 * The review measured is the Node build's, what `imm review` runs: dist/node is compiled first (`npm run build:node`);
 * IMM_BENCH_SOURCE=1 measures the TypeScript sources through tsx instead (about 5% slower).
 * Each figure is the best of several runs (5 for the I/O-bound case and the 50 MB case, 3 for the others), the runs of
 * figures that are compared taken in turn. IMM_BENCH_RISKS / IMM_BENCH_KPIS / IMM_BENCH_LEDGER_MB change the sizes.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bigWorkbook, withDataSheet } from "./xlsx-workbook";

interface Measure { ms: number; peakMb: number; stages: Record<string, number> }

type Mode = "bare" | "review" | "copy";

/** One run of bench/xlsx-measure.ts in a fresh process. */
function once(mode: Mode, file: string): Measure {
  const script = join(__dirname, "xlsx-measure.ts");
  const out = execFileSync(process.execPath, ["--require", "tsx/cjs", script, mode, file], { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split("\n").pop() as string) as Measure;
}

const best = (ms: Measure[]): Measure => ms.reduce((a, b) => (b.ms < a.ms ? b : a));

/**
 * The best of `runs` runs (by time, with its peak RSS) of each of several measurements, taken in turn (A, B, A, B, …)
 * so that a slow spell of the machine weighs on all of them alike: the ratios and the 50 MB difference compare runs
 * made side by side.
 */
function measureInTurn(jobs: readonly (readonly [Mode, string])[], runs: number): Measure[] {
  const all: Measure[][] = jobs.map(() => []);
  for (let i = 0; i < runs; i++) jobs.forEach(([mode, file], j) => all[j].push(once(mode, file)));
  return all.map(best);
}

const fmt = (m: Measure): string =>
  `${String(m.ms).padStart(6)} ms   peak RSS ${String(m.peakMb).padStart(5)} MB${Object.keys(m.stages).length ? `   (${Object.entries(m.stages).map(([k, v]) => `${k} ${v}`).join(", ")} ms)` : ""}`;

/** Runs the scenarios and prints their figures. */
export async function run(): Promise<void> {
  const risks = Number(process.env.IMM_BENCH_RISKS ?? 10_000);
  const kpis = Number(process.env.IMM_BENCH_KPIS ?? 500);
  const ledgerMb = Number(process.env.IMM_BENCH_LEDGER_MB ?? 50);
  if (!process.env.IMM_BENCH_SOURCE) execFileSync("npx", ["tsc", "-p", "tsconfig.node.json"], { cwd: join(__dirname, ".."), stdio: "inherit" });
  const dir = mkdtempSync(join(tmpdir(), "imm-bench-"));
  try {
    const plain = join(dir, "no-money.xlsx");
    const money = join(dir, "money.xlsx");
    const ledger = join(dir, "no-money-ledger.xlsx");
    const plainBytes = await bigWorkbook(risks, kpis, false);
    writeFileSync(plain, plainBytes);
    writeFileSync(money, await bigWorkbook(risks, kpis, true));
    writeFileSync(ledger, await withDataSheet(plainBytes, ledgerMb));

    console.log(`xlsx: I/O-bound — ${risks} risks without money columns, ${kpis} KPIs (no simulation)`);
    const [bare, review, reviewLedger] = measureInTurn([["bare", plain], ["review", plain], ["review", ledger]], 5);
    const ratio = review.ms / bare.ms;
    console.log(`  bare ExcelJS read + write ${fmt(bare)}`);
    console.log(`  full review               ${fmt(review)}`);
    console.log(`  ratio ${ratio.toFixed(2)}× (target ≤ 1.0×) ${ratio <= 1 ? "OK" : "OVER TARGET"}; peak RSS ${review.peakMb} MB (target ≤ 1024) ${review.peakMb <= 1024 ? "OK" : "OVER TARGET"}`);

    console.log(`xlsx: with the simulation — ${risks} risks with money columns, 10,000 iterations`);
    const [bareMoney, reviewMoney] = measureInTurn([["bare", money], ["review", money]], 3);
    const ratioMoney = reviewMoney.ms / bareMoney.ms;
    console.log(`  bare ExcelJS read + write ${fmt(bareMoney)}`);
    console.log(`  full review               ${fmt(reviewMoney)}`);
    console.log(`  ratio ${ratioMoney.toFixed(2)}× (target ≤ 2.0×) ${ratioMoney <= 2 ? "OK" : "OVER TARGET"}`);

    console.log(`xlsx: with a ${ledgerMb} MB unrelated data sheet added to the I/O-bound workbook`);
    const [copyPlain, copyLedger] = measureInTurn([["copy", plain], ["copy", ledger]], 3);
    const growth = reviewLedger.ms - review.ms;
    const copyCost = copyLedger.ms - copyPlain.ms;
    console.log(`  full review               ${fmt(reviewLedger)}`);
    console.log(`  review grew by ${growth} ms; copying the part costs ${copyCost} ms (package copy ${copyPlain.ms} → ${copyLedger.ms} ms) ${growth <= copyCost ? "OK" : "OVER TARGET"}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void run();
