/**
 * Benchmark of the .xlsx path (issue 10's targets), each figure from its own process (bench/xlsx-measure.ts), as ratios:
 * - I/O-bound: a full review of a 10,000-risk / 500-KPI workbook whose register has no money columns (no simulation)
 *   against a bare ExcelJS read + write of the same file (target ≤ 1.0×, peak RSS ≤ 1 GB);
 * - with the simulation (10,000 iterations over every open threat): target ≤ 2.0× the bare round trip of that file;
 * - with a 50 MB unrelated data sheet added: the review may grow by no more than copying that part costs (JSZip read +
 *   write of the package with the part copied as it is, minus the same for the package without it).
 * IMM_BENCH_RISKS / IMM_BENCH_KPIS / IMM_BENCH_LEDGER_MB change the sizes.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bigWorkbook, withDataSheet } from "./xlsx-workbook";

interface Measure { ms: number; peakMb: number; stages: Record<string, number> }

/** Runs bench/xlsx-measure.ts in a fresh process; the best of `runs` (by time, with its peak RSS). Reviews take 3 runs: the 50 MB comparison subtracts two of them. */
function measure(mode: "bare" | "review" | "copy", file: string, runs = 2): Measure {
  const script = join(__dirname, "xlsx-measure.ts");
  let best: Measure | null = null;
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ["--require", "tsx/cjs", script, mode, file], { encoding: "utf8", maxBuffer: 1 << 20 });
    const m = JSON.parse(out.trim().split("\n").pop() as string) as Measure;
    if (!best || m.ms < best.ms) best = m;
  }
  return best as Measure;
}

const fmt = (m: Measure): string =>
  `${String(m.ms).padStart(6)} ms   peak RSS ${String(m.peakMb).padStart(5)} MB${Object.keys(m.stages).length ? `   (${Object.entries(m.stages).map(([k, v]) => `${k} ${v}`).join(", ")} ms)` : ""}`;

/** Runs the scenarios and prints their figures. */
export async function run(): Promise<void> {
  const risks = Number(process.env.IMM_BENCH_RISKS ?? 10_000);
  const kpis = Number(process.env.IMM_BENCH_KPIS ?? 500);
  const ledgerMb = Number(process.env.IMM_BENCH_LEDGER_MB ?? 50);
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
    const bare = measure("bare", plain);
    const review = measure("review", plain, 3);
    const ratio = review.ms / bare.ms;
    console.log(`  bare ExcelJS read + write ${fmt(bare)}`);
    console.log(`  full review               ${fmt(review)}`);
    console.log(`  ratio ${ratio.toFixed(2)}× (target ≤ 1.0×) ${ratio <= 1 ? "OK" : "OVER TARGET"}; peak RSS ${review.peakMb} MB (target ≤ 1024) ${review.peakMb <= 1024 ? "OK" : "OVER TARGET"}`);

    console.log(`xlsx: with the simulation — ${risks} risks with money columns, 10,000 iterations`);
    const bareMoney = measure("bare", money);
    const reviewMoney = measure("review", money);
    const ratioMoney = reviewMoney.ms / bareMoney.ms;
    console.log(`  bare ExcelJS read + write ${fmt(bareMoney)}`);
    console.log(`  full review               ${fmt(reviewMoney)}`);
    console.log(`  ratio ${ratioMoney.toFixed(2)}× (target ≤ 2.0×) ${ratioMoney <= 2 ? "OK" : "OVER TARGET"}`);

    console.log(`xlsx: with a ${ledgerMb} MB unrelated data sheet added to the I/O-bound workbook`);
    const reviewLedger = measure("review", ledger, 3);
    const copyPlain = measure("copy", plain);
    const copyLedger = measure("copy", ledger);
    const growth = reviewLedger.ms - review.ms;
    const copyCost = copyLedger.ms - copyPlain.ms;
    console.log(`  full review               ${fmt(reviewLedger)}`);
    console.log(`  review grew by ${growth} ms; copying the part costs ${copyCost} ms (package copy ${copyPlain.ms} → ${copyLedger.ms} ms) ${growth <= copyCost ? "OK" : "OVER TARGET"}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void run();
