/**
 * `npm run size`: gzipped sizes of the shipped JavaScript against budgets — dist/functions.js (≤ 30 KB) and the
 * task pane's initial JS (the local scripts taskpane.html loads, except functions.js; ≤ 300 KB). Lazy chunks are
 * listed but not counted. Exits 1 when over budget or when a file is missing (run `npm run build` first).
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";

const DIST = join(__dirname, "..", "dist");
const KB = 1024;
export const BUDGETS = { functions: 30 * KB, taskpaneInitial: 300 * KB };

/** Gzipped size (level 9) of a file in bytes. */
export function gzipSize(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/** Local script paths (relative to dist) that an HTML page loads, in order. */
export function localScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/gi)) {
    const src = m[1] ?? m[2] ?? m[3];
    if (!/^(?:[a-z]+:)?\/\//i.test(src)) out.push(src.replace(/^\.?\//, "").split("?")[0]);
  }
  return out;
}

function kb(n: number): string {
  return `${(n / KB).toFixed(1)} KB`;
}

function main(): number {
  let failed = false;
  const line = (label: string, size: number, budget?: number): void => {
    const over = budget !== undefined && size > budget;
    if (over) failed = true;
    const verdict = budget === undefined ? "" : over ? `  OVER budget ${kb(budget)}` : `  ok (budget ${kb(budget)})`;
    console.log(`${label.padEnd(38)} ${kb(size).padStart(10)} gz${verdict}`);
  };

  const functionsJs = join(DIST, "functions.js");
  if (existsSync(functionsJs)) line("functions.js", gzipSize(functionsJs), BUDGETS.functions);
  else {
    console.error("dist/functions.js is missing: run `npm run build` first");
    failed = true;
  }

  const taskpaneHtml = join(DIST, "taskpane.html");
  if (!existsSync(taskpaneHtml)) {
    console.error("dist/taskpane.html is missing: run `npm run build` first");
    return 1;
  }
  const scripts = localScripts(readFileSync(taskpaneHtml, "utf8")).filter((s) => s !== "functions.js");
  if (scripts.length === 0) {
    console.error("taskpane.html loads no local script");
    failed = true;
  }
  let total = 0;
  for (const s of scripts) {
    const p = join(DIST, s);
    if (!existsSync(p)) {
      console.error(`taskpane.html loads ${s}, which is missing from dist/`);
      failed = true;
      continue;
    }
    const size = gzipSize(p);
    total += size;
    console.log(`  ${s.padEnd(36)} ${kb(size).padStart(10)} gz`);
  }
  line("task pane initial JS", total, BUDGETS.taskpaneInitial);

  const chunks = join(DIST, "chunks");
  if (existsSync(chunks)) {
    for (const f of readdirSync(chunks).filter((x) => x.endsWith(".js"))) {
      console.log(`  (lazy) chunks/${f.padEnd(28)} ${kb(gzipSize(join(chunks, f))).padStart(10)} gz`);
    }
  }
  return failed ? 1 : 0;
}

if (require.main === module) process.exit(main());
