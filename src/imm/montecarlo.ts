/**
 * Monte Carlo of total threat cost (IMM-SPEC §2 EXPOSURESIM): a seeded PRNG (mulberry32), PERT sampling
 * (exact: Beta(α, β) = Gα / (Gα + Gβ) with Gamma draws by Marsaglia–Tsang, normals by the Marsaglia polar
 * method), and the PERCENTILE.INC percentile. No Math.random: the caller passes the generator.
 */
import { badValue } from "./errors";
import { badShape, finite, inRange } from "./checks";

/** One risk of the simulation: occurs with probability p, then costs a PERT(min, mostLikely, max) draw. */
export interface SimRisk {
  readonly p: number;
  readonly min: number;
  readonly mostLikely: number;
  readonly max: number;
}

/** Largest iteration count EXPOSURESIM accepts. */
export const MAX_ITERATIONS = 1_000_000;

/** mulberry32: a 32-bit seeded PRNG; returns uniforms in [0, 1) (state a ← a + 0x6D2B79F5, then an xorshift-multiply mix). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return function next(): number {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** PERT shape parameters: α = 1 + 4(ml − min)/(max − min), β = 1 + 4(max − ml)/(max − min) (both in [1, 5] when max > min). */
export function pertShape(min: number, mostLikely: number, max: number): { alpha: number; beta: number } {
  const range = max - min;
  return { alpha: 1 + (4 * (mostLikely - min)) / range, beta: 1 + (4 * (max - mostLikely)) / range };
}

/** Percentile by linear interpolation between closest ranks, as Excel PERCENTILE.INC: h = (n − 1)q, x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋). */
export function percentileInc(values: ArrayLike<number>, q: number): number {
  inRange(q, 0, 1, "percentile", "0–1 (e.g. 0.9 for P90)");
  const n = values.length;
  if (n === 0) return badShape("values", "at least one value", "none");
  const sorted = Float64Array.from(values).sort();
  return percentileOfSorted(sorted, q);
}

function percentileOfSorted(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
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
 * Simulated total threat cost at a percentile: per iteration, total = Σ over risks occurring (u < p) of a PERT(min, ml, max)
 * draw; returns PERCENTILE.INC(totals, percentile). Deterministic for a given rng. Degenerate min = ml = max is a constant.
 */
export function exposureSim(risks: readonly SimRisk[], percentile: number, iterations: number, rng: () => number): number {
  inRange(percentile, 0, 1, "percentile", "0–1 (e.g. 0.9 for P90)");
  if (!(Number.isInteger(iterations) && iterations >= 1 && iterations <= MAX_ITERATIONS)) {
    badValue("iterations", `a whole number 1–${MAX_ITERATIONS}`, iterations);
  }
  const n = risks.length;
  for (let r = 0; r < n; r++) checkSimRisk(risks[r], n > 1 ? ` item ${r + 1}` : "");

  const totals = new Float64Array(iterations);
  // Hot loop, all state in locals: standard normals by the Marsaglia polar method (the second of each pair is
  // kept in `spare`), Gamma(shape ≥ 1) by Marsaglia–Tsang with d = shape − 1/3, c = 1/√(9d).
  let spare = 0;
  let hasSpare = false;
  for (let r = 0; r < n; r++) {
    const { p, min, mostLikely, max } = risks[r];
    if (p === 0) continue;
    const range = max - min;
    if (range === 0) {
      for (let i = 0; i < iterations; i++) if (rng() < p) totals[i] += min;
      continue;
    }
    const { alpha, beta } = pertShape(min, mostLikely, max);
    const dA = alpha - 1 / 3;
    const cA = 1 / Math.sqrt(9 * dA);
    const dB = beta - 1 / 3;
    const cB = 1 / Math.sqrt(9 * dB);
    for (let i = 0; i < iterations; i++) {
      if (rng() >= p) continue;
      let ga = 0;
      let gb = 0;
        for (;;) {
          let x: number;
          if (hasSpare) {
            hasSpare = false;
            x = spare;
          } else {
            let u1: number, u2: number, s: number;
            do {
              u1 = 2 * rng() - 1;
              u2 = 2 * rng() - 1;
              s = u1 * u1 + u2 * u2;
            } while (s >= 1 || s === 0);
            const m = Math.sqrt((-2 * Math.log(s)) / s);
            spare = u2 * m;
            hasSpare = true;
            x = u1 * m;
          }
          let v = 1 + cA * x;
          if (v <= 0) continue;
          v = v * v * v;
          const u = rng();
          const x2 = x * x;
          if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + dA * (1 - v + Math.log(v))) {
            ga = dA * v;
            break;
          }
        }
        for (;;) {
          let x: number;
          if (hasSpare) {
            hasSpare = false;
            x = spare;
          } else {
            let u1: number, u2: number, s: number;
            do {
              u1 = 2 * rng() - 1;
              u2 = 2 * rng() - 1;
              s = u1 * u1 + u2 * u2;
            } while (s >= 1 || s === 0);
            const m = Math.sqrt((-2 * Math.log(s)) / s);
            spare = u2 * m;
            hasSpare = true;
            x = u1 * m;
          }
          let v = 1 + cB * x;
          if (v <= 0) continue;
          v = v * v * v;
          const u = rng();
          const x2 = x * x;
          if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + dB * (1 - v + Math.log(v))) {
            gb = dB * v;
            break;
          }
        }
      totals[i] += min + (range * ga) / (ga + gb);
    }
  }
  totals.sort();
  return percentileOfSorted(totals, percentile);
}
