/**
 * Monte Carlo of total threat cost (IMM-SPEC §2 EXPOSURESIM): a seeded PRNG (mulberry32), exact PERT sampling (PERT =
 * min + (max − min)·Beta(α, β), Beta(α, β) = Gα/(Gα + Gβ) with Gamma draws by Marsaglia–Tsang over ziggurat normals, see
 * sampler.ts), and the PERCENTILE.INC percentile (by selection, not a full sort). No Math.random: the caller passes the generator.
 */
import { badValue } from "./errors";
import { badShape, finite, inRange } from "./checks";
import { startSimulation } from "./simulation-run";

/** One risk of the simulation: occurs with probability p, then costs a PERT(min, mostLikely, max) draw. */
export interface SimRisk {
  readonly p: number;
  readonly min: number;
  readonly mostLikely: number;
  readonly max: number;
}

/** Largest iteration count EXPOSURESIM accepts. */
export const MAX_ITERATIONS = 1_000_000;

export { mulberry32 } from "./sampler";

export { pertShape } from "./pert";

/** Percentile by linear interpolation between closest ranks, as Excel PERCENTILE.INC: h = (n − 1)q, x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋). */
export function percentileInc(values: ArrayLike<number>, q: number): number {
  inRange(q, 0, 1, "percentile", "0–1 (e.g. 0.9 for P90)");
  const n = values.length;
  if (n === 0) return badShape("values", "at least one value", "none");
  return percentileInPlace(Float64Array.from(values), q);
}

/** Rearranges xs (NaN-free) so that xs[k] is its k-th smallest value, none larger before it, none smaller after (quickselect). */
export function selectInPlace(xs: Float64Array, k: number): void {
  let bounds: readonly [number, number] | null = [0, xs.length - 1];
  while (bounds !== null) bounds = selectStep(xs, k, bounds[0], bounds[1]);
}

/**
 * One round of quickselect toward index k on xs[lo..hi]: a median-of-three pivot and a Hoare partition, [lo, j] ≤ pivot ≤
 * [i, hi]; returns the part that still holds k, or null when xs[k] is in place (so rounds can be run a few at a time).
 */
export function selectStep(xs: Float64Array, k: number, lo: number, hi: number): [number, number] | null {
  if (hi <= lo) return null;
  let a = xs[lo];
  let b = xs[(lo + hi) >>> 1];
  const c = xs[hi];
  if (a > b) {
    const t = a;
    a = b;
    b = t;
  }
  const pivot = b <= c ? b : a >= c ? a : c;
  let i = lo;
  let j = hi;
  while (i <= j) {
    while (xs[i] < pivot) i++;
    while (xs[j] > pivot) j--;
    if (i <= j) {
      const t = xs[i];
      xs[i] = xs[j];
      xs[j] = t;
      i++;
      j--;
    }
  }
  if (k <= j) return [lo, j];
  if (k >= i) return [i, hi];
  return null;
}

/** PERCENTILE.INC once xs[⌊h⌋] is in place (h = (n − 1)q): x⌊h⌋ + (h − ⌊h⌋)(min of the values after it − x⌊h⌋). */
export function percentileOfSelected(xs: Float64Array, q: number): number {
  const h = (xs.length - 1) * q;
  const lo = Math.floor(h);
  const below = xs[lo];
  if (h === lo) return below;
  let above = Infinity;
  for (let i = lo + 1; i < xs.length; i++) if (xs[i] < above) above = xs[i];
  return below + (h - lo) * (above - below);
}

/** PERCENTILE.INC of xs (non-empty, NaN-free), reordering xs: h = (n − 1)q, x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋). */
export function percentileInPlace(xs: Float64Array, q: number): number {
  selectInPlace(xs, Math.floor((xs.length - 1) * q));
  return percentileOfSelected(xs, q);
}

/** Validates one risk (p ∈ [0,1], min ≤ mostLikely ≤ max, all finite), naming the bad argument. */
export function checkSimRisk(risk: SimRisk, suffix = ""): void {
  inRange(risk.p, 0, 1, `probability${suffix}`, "0–1 (0–100%)");
  const min = finite(risk.min, `min${suffix}`);
  const ml = finite(risk.mostLikely, `mostLikely${suffix}`);
  const max = finite(risk.max, `max${suffix}`);
  if (min > max) badValue(`max${suffix}`, `≥ min (${min})`, max);
  if (ml < min || ml > max) badValue(`mostLikely${suffix}`, `between min (${min}) and max (${max})`, ml);
}

/**
 * Simulated total threat cost of each iteration: total = Σ over risks occurring (u < p; no draw when p = 1) of a
 * PERT(min, ml, max) = min + (max − min)·Gα/(Gα + Gβ) draw. Risk-outer, iteration-inner. Deterministic for a given rng
 * (one simulation-run.ts run advanced to the end in one go; montecarlo-sliced.ts advances the same run in slices).
 * With `shares`, risk r's draw in iteration i is also added to shares[r][g][i] (group totals over the same scenarios).
 */
export function simulateTotals(
  risks: readonly SimRisk[], iterations: number, rng: () => number, shares?: readonly (readonly Float64Array[])[],
): Float64Array {
  const run = startSimulation(risks, iterations, rng, shares);
  run.advance(Infinity);
  return run.totals;
}

/**
 * Simulated total threat cost at a percentile: per iteration, total = Σ over risks occurring (u < p) of a PERT(min, ml, max)
 * draw; returns PERCENTILE.INC(totals, percentile). Deterministic for a given rng. Degenerate min = ml = max is a constant.
 */
export function exposureSim(risks: readonly SimRisk[], percentile: number, iterations: number, rng: () => number): number {
  checkExposureSim(risks, percentile, iterations);
  return percentileInPlace(simulateTotals(risks, iterations, rng), percentile);
}

/** Validates EXPOSURESIM's inputs: percentile ∈ [0, 1], iterations a whole number 1–MAX_ITERATIONS, every risk valid. */
export function checkExposureSim(risks: readonly SimRisk[], percentile: number, iterations: number): void {
  inRange(percentile, 0, 1, "percentile", "0–1 (e.g. 0.9 for P90)");
  if (!(Number.isInteger(iterations) && iterations >= 1 && iterations <= MAX_ITERATIONS)) {
    badValue("iterations", `a whole number 1–${MAX_ITERATIONS}`, iterations);
  }
  const n = risks.length;
  for (let r = 0; r < n; r++) checkSimRisk(risks[r], n > 1 ? ` item ${r + 1}` : "");
}
