/**
 * `npm run bench`: runs every bench/*.bench.ts module's exported `run()` one after another and prints
 * its figures (a run() may print itself, or return lines to print). Benchmarks are printed figures,
 * not timed tests. `npm run bench -- engine` runs only the modules whose name contains "engine".
 * A module that fails is reported and the others still run; the exit code is 1 if any failed.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";

/** What a bench module exports. */
interface BenchModule {
  run?: () => unknown;
}

/** The bench module files in a folder, sorted, optionally filtered by name. */
export function benchFiles(dir: string, filters: string[] = []): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
    .sort();
}

/** Runs one bench module; returns the lines it returned (if any). */
export async function runModule(file: string): Promise<string[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(file) as BenchModule;
  if (typeof mod.run !== "function") throw new Error("exports no run() function");
  const out = await mod.run();
  if (Array.isArray(out)) return out.map(String);
  if (typeof out === "string") return [out];
  return [];
}

async function main(): Promise<void> {
  const dir = __dirname;
  const files = benchFiles(dir, process.argv.slice(2));
  if (files.length === 0) {
    console.log("no bench/*.bench.ts modules found");
    return;
  }
  console.log(`node ${process.version} on ${process.platform}/${process.arch}`);
  const failed: string[] = [];
  for (const f of files) {
    console.log(`\n== ${f} ==`);
    const t0 = performance.now();
    try {
      for (const line of await runModule(join(dir, f))) console.log(line);
      console.log(`(${f}: ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    } catch (e) {
      failed.push(f);
      console.error(`${f} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (failed.length) {
    console.error(`\n${failed.length} bench module(s) failed: ${failed.join(", ")}`);
    process.exit(1);
  }
}

if (require.main === module) {
  void main();
}
