/**
 * `npm run fuzz [runsPerFunction]`: fuzzes every IMM custom function (default 100,000 argument sets each) and prints a summary.
 * `npm run fuzz -- --workbooks N`: reviews N generated workbooks instead (scripts/fuzz-workbooks.ts).
 */
import { fuzzTarget, loadTargets } from "./fuzz-harness";
import type { FuzzStats } from "./fuzz-harness";
import { workbookFuzz } from "./fuzz-workbooks";

function line(s: FuzzStats, ms: number): string {
  const cols = [String(s.runs).padStart(7), String(s.values).padStart(10), String(s.spills).padStart(8), String(s.spillErrors).padStart(14)];
  return `${s.id.padEnd(22)} ${cols.join(" ")} ${String(s.errors).padStart(7)} ${(ms / 1000).toFixed(1).padStart(6)} s`;
}

async function main(): Promise<void> {
  const targets = await loadTargets();
  const runs = Number(process.argv[2] ?? process.env.IMM_FUZZ_RUNS ?? 100_000);
  const seed = Number(process.env.IMM_FUZZ_SEED ?? Date.now() % 1_000_000);
  let failed = 0;
  console.log(`Fuzzing ${targets.length} custom functions, ${runs} argument sets each (seed ${seed}).`);
  console.log("function               runs      values   spills  (with errors)  errors   time");
  for (const target of targets) {
    const t0 = performance.now();
    const s = await fuzzTarget(target, runs, seed);
    console.log(line(s, performance.now() - t0));
    for (const f of s.failures) console.log(`  FAIL ${f}`);
    if (s.failures.length > 0) failed++;
  }
  console.log(failed === 0 ? "No exceptions, no unlocated errors." : `${failed} function(s) failed.`);
  process.exitCode = failed === 0 ? 0 : 1;
}

if (!workbookFuzz(process.argv.slice(2))) main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 2;
});
