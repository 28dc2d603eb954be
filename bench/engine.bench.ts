/**
 * Engine and custom-function benchmarks (printed by bench/run.ts; also runnable alone: `npx tsx bench/engine.bench.ts`).
 * Each figure is the best of N timed runs after warm-up runs.
 */
import { riskScore, exposureSim, partnershipIndex, performanceIndex } from "../src/functions/functions";
import { mulberry32 } from "../src/imm/montecarlo";

/** Best wall time in ms of `runs` calls of fn after `warmups` untimed calls; also returns the last result. */
export function bestOf<T>(fn: () => T, runs: number, warmups = 2): { ms: number; result: T } {
  let result = fn();
  for (let i = 1; i < warmups; i++) result = fn();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, result };
}

const ms = (x: number): string => `${x.toFixed(1)} ms`;

/** RISKSCORE over n×1 ranges vs a bare multiply loop over two Float64Arrays. */
export function benchRiskScore(n = 1_000_000): { fnMs: number; loopMs: number; ratio: number; rowsMs: number } {
  const rng = mulberry32(11);
  const la = new Float64Array(n);
  const ca = new Float64Array(n);
  const L: number[][] = new Array(n);
  const C: number[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    la[i] = 1 + Math.floor(rng() * 5);
    ca[i] = 1 + Math.floor(rng() * 5);
    L[i] = [la[i]];
    C[i] = [ca[i]];
  }
  const fn = bestOf(() => riskScore(L, C), 5);
  const loop = bestOf(() => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = la[i] * ca[i];
    return out;
  }, 5);
  // Context: the same bare loop but producing the n×1 array-of-rows result Excel needs (allocation dominates).
  const rows = bestOf(() => {
    const out: number[][] = new Array<number[]>(n);
    for (let i = 0; i < n; i++) out[i] = [la[i] * ca[i]];
    return out;
  }, 5);
  const r = fn.result;
  if (r.length !== n || r[n - 1][0] !== la[n - 1] * ca[n - 1]) throw new Error("RISKSCORE bench: wrong result");
  return { fnMs: fn.ms, loopMs: loop.ms, ratio: fn.ms / loop.ms, rowsMs: rows.ms };
}

/** bestOf for a function returning a promise (each run awaited, one after another). */
export async function bestOfAsync<T>(fn: () => Promise<T>, runs: number, warmups = 2): Promise<{ ms: number; result: T }> {
  let result = await fn();
  for (let i = 1; i < warmups; i++) result = await fn();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = await fn();
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, result };
}

/** EXPOSURESIM (async, in time slices) over `risks` risks (p uniform in 0–1, costs up to 3,000) × `iterations` iterations. */
export async function benchExposureSim(risks = 1000, iterations = 10_000, p?: number): Promise<{ ms: number; value: number }> {
  const rng = mulberry32(7);
  const P: number[][] = [], MIN: number[][] = [], ML: number[][] = [], MAX: number[][] = [];
  for (let i = 0; i < risks; i++) {
    const a = rng() * 1000, b = a + rng() * 1000, c = b + rng() * 1000;
    P.push([p ?? rng()]); MIN.push([a]); ML.push([b]); MAX.push([c]);
  }
  const { ms, result } = await bestOfAsync(() => exposureSim(P, MIN, ML, MAX, 0.9, iterations, 1), 3, 1);
  if (typeof result !== "number") throw new Error(`EXPOSURESIM bench: ${String(result)}`);
  return { ms, value: result };
}

/** PARTNERSHIPINDEX over n rows × 2 columns with weights, and PERFORMANCEINDEX over n KPIs with directions, thresholds and weights. */
export function benchIndices(n = 100_000): { partnershipMs: number; performanceMs: number } {
  const rng = mulberry32(3);
  const ratings: (number | null)[][] = [], weights: number[][] = [];
  const actuals: number[][] = [], targets: number[][] = [], dirs: string[][] = [], thresholds: number[][] = [];
  for (let i = 0; i < n; i++) {
    ratings.push([1 + Math.floor(rng() * 5), rng() < 0.1 ? null : 1 + Math.floor(rng() * 5)]);
    weights.push([1 + Math.floor(rng() * 3)]);
    const higher = rng() < 0.5;
    actuals.push([rng() * 100]);
    targets.push([higher ? 95 : 5]);
    dirs.push([higher ? "Higher" : "Lower"]);
    thresholds.push([higher ? 50 : 50]);
  }
  const pi = bestOf(() => partnershipIndex(ratings, weights), 5);
  const pf = bestOf(() => performanceIndex(actuals, targets, dirs, thresholds, weights), 5);
  if (typeof pi.result !== "number" || typeof pf.result !== "number") throw new Error("index bench: error result");
  return { partnershipMs: pi.ms, performanceMs: pf.ms };
}

/** Runs every engine benchmark and returns the lines to print. */
export async function run(): Promise<string[]> {
  const lines: string[] = [];
  const rs = benchRiskScore();
  lines.push(
    `RISKSCORE 1,000,000×1 (custom function): ${ms(rs.fnMs)}; bare Float64Array loop: ${ms(rs.loopMs)}; ratio ${rs.ratio.toFixed(1)}× (target ≤ 3×)`,
    `  (bare loop that also builds the 1,000,000×1 rows result: ${ms(rs.rowsMs)}; RISKSCORE / that = ${(rs.fnMs / rs.rowsMs).toFixed(1)}×;`,
    `   that loop alone is ${(rs.rowsMs / rs.loopMs).toFixed(1)}× the typed-array loop: the cost of a fresh one-cell row per result)`,
  );
  const sim = await benchExposureSim();
  lines.push(`EXPOSURESIM 1,000 risks × 10,000 iterations (p uniform 0–1): ${ms(sim.ms)} (target < 1000 ms); P90 = ${sim.value.toFixed(0)}`);
  const simAll = await benchExposureSim(1000, 10_000, 1);
  lines.push(`EXPOSURESIM 1,000 risks × 10,000 iterations, worst case p = 1: ${ms(simAll.ms)}`);
  const ix = benchIndices();
  lines.push(`PARTNERSHIPINDEX 100,000 factors × 2 columns + weights: ${ms(ix.partnershipMs)}`);
  lines.push(`PERFORMANCEINDEX 100,000 KPIs with directions, thresholds, weights: ${ms(ix.performanceMs)}`);
  return lines;
}

if (require.main === module) {
  run().then((lines) => lines.forEach((l) => console.log(l)));
}
