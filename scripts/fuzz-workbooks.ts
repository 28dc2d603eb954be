/**
 * `npm run fuzz -- --workbooks N [--seed S]`: reviews and checks N generated IMM workbooks (default 20,000) through the
 * real CLI path and prints each distinct broken property once, with how often it occurred and the smallest workbook
 * that showed it (as generator data; replay it with the jest test's examples). Exit code 1 when any property broke.
 */
import fc from "fast-check";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { workbookArb, type GenWorkbook } from "../test/generators/workbook-arbitraries";
import { workbookViolations } from "../test/generators/workbook-properties";

interface Kind { count: number; example: string; workbook: GenWorkbook; size: number }

/** A violation without its particulars (numbers, sheet names, quoted values), so equal failures group together. */
export function failureKind(violation: string): string {
  return violation
    .replace(/\[[^\]]*\]$/, "")
    .replace(/;.*$/, "")
    .replace(/ \(.*?\): required/g, " (…): required")
    .replace(/\([^()]*![^()]*\)/g, "(…)")
    .replace(/'(?:[^']|'')*'!|[^\s'!:]+!/g, "S!")
    .replace(/"[^"]*"/g, "\"…\"")
    .replace(/-?\d+(\.\d+)?(e[+-]?\d+)?/gi, "N")
    .slice(0, 160);
}

async function fuzzWorkbooks(runs: number, seed: number): Promise<number> {
  const kinds = new Map<string, Kind>();
  let done = 0;
  let failed = 0;
  const t0 = performance.now();
  console.log(`Reviewing and checking ${runs} generated workbooks (seed ${seed}).`);
  await fc.check(fc.asyncProperty(workbookArb(), async (w) => {
    const violations = await workbookViolations(w);
    if (violations.length) failed++;
    const size = JSON.stringify(w).length;
    for (const v of violations) {
      const key = failureKind(v);
      const k = kinds.get(key);
      if (!k) kinds.set(key, { count: 1, example: v, workbook: w, size });
      else {
        k.count++;
        if (size < k.size) Object.assign(k, { example: v, workbook: w, size });
      }
    }
    if (++done % 1000 === 0) console.log(`  ${done} workbooks, ${failed} with broken properties, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    return true;
  }), { numRuns: runs, seed });
  const secs = (performance.now() - t0) / 1000;
  console.log(`${done} workbooks in ${secs.toFixed(0)} s (${((secs * 1000) / Math.max(done, 1)).toFixed(0)} ms each); ${failed} broke a property.`);
  for (const [i, [key, k]] of [...kinds].sort((a, b) => b[1].count - a[1].count).entries()) {
    // The whole workbook goes to a file (the line shows its start), to replay it in a test.
    const file = join(tmpdir(), `imm-fuzz-${seed}-${i + 1}.json`);
    writeFileSync(file, JSON.stringify(k.workbook));
    console.log(`\n${k.count}× ${key}\n  e.g. ${k.example.slice(0, 600)}\n  smallest workbook (whole in ${file}): ${JSON.stringify(k.workbook).slice(0, 2000)}`);
  }
  console.log(failed === 0 ? "Every property held." : `${kinds.size} distinct failure(s).`);
  return failed === 0 ? 0 : 1;
}

/** Starts the workbook fuzz when argv has `--workbooks [N]`; returns false (nothing started) otherwise. */
export function workbookFuzz(argv: string[]): boolean {
  const i = argv.indexOf("--workbooks");
  if (i < 0) return false;
  const n = Number(argv[i + 1]);
  const s = argv.indexOf("--seed");
  const runs = Number.isInteger(n) && n > 0 ? n : 20_000;
  const seed = s >= 0 ? Number(argv[s + 1]) : Number(process.env.IMM_FUZZ_SEED ?? Date.now() % 1_000_000);
  void fuzzWorkbooks(runs, seed).then((code) => { process.exitCode = code; });
  return true;
}
