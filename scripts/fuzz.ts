/**
 * `npm run fuzz [runsPerFunction]`: fuzzes every IMM custom function (default 100,000 argument sets each) and prints a summary.
 * `npm run fuzz -- --workbooks N`: reviews N generated workbooks instead (scripts/fuzz-workbooks.ts).
 */
import { TARGETS, fuzzTarget } from "./fuzz-harness";
import { workbookFuzz } from "./fuzz-workbooks";

if (!workbookFuzz(process.argv.slice(2))) {

const runs = Number(process.argv[2] ?? process.env.IMM_FUZZ_RUNS ?? 100_000);
const seed = Number(process.env.IMM_FUZZ_SEED ?? Date.now() % 1_000_000);
let failed = 0;
console.log(`Fuzzing ${TARGETS.length} custom functions, ${runs} argument sets each (seed ${seed}).`);
console.log("function               runs      values   spills  (with errors)  errors   time");
for (const target of TARGETS) {
  const t0 = performance.now();
  const s = fuzzTarget(target, runs, seed);
  const ms = performance.now() - t0;
  console.log(
    `${s.id.padEnd(22)} ${String(s.runs).padStart(7)} ${String(s.values).padStart(10)} ${String(s.spills).padStart(8)} ${String(s.spillErrors).padStart(14)} ${String(s.errors).padStart(7)} ${(ms / 1000).toFixed(1).padStart(6)} s`,
  );
  for (const f of s.failures) console.log(`  FAIL ${f}`);
  if (s.failures.length > 0) failed++;
}
console.log(failed === 0 ? "No exceptions, no unlocated errors." : `${failed} function(s) failed.`);
process.exitCode = failed === 0 ? 0 : 1;
}
