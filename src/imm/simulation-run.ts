/**
 * The Monte Carlo of total threat cost as a run that can be advanced a slice at a time (montecarlo.ts simulateTotals is
 * one run advanced to the end). A slice stops between two iterations of a risk, so the draws are taken in exactly the
 * order of one uninterrupted run: any slicing gives the same totals, bit for bit, for the same generator.
 */
import type { SimRisk } from "./montecarlo";
import { pertShape } from "./pert";
import { Sampler } from "./sampler";

/** A simulation in progress: `work` units in all (one unit = one risk in one iteration), `done` of them so far. */
export interface SimulationRun {
  /** Units of work in all: Σ over risks with p > 0 of the iteration count. */
  readonly work: number;
  /** Units done so far (0 … work). */
  readonly done: () => number;
  /** Advances by up to `budget` units (Infinity: to the end); true when the run is finished. */
  readonly advance: (budget: number) => boolean;
  /** The simulated total of each iteration (complete once advance has returned true). */
  readonly totals: Float64Array;
}

/** Per-risk constants of the current risk: PERT shape and Marsaglia–Tsang d = shape − 1/3, c = 1/√(9d). */
interface Prepared {
  p: number;
  always: boolean;
  min: number;
  range: number;
  shaped: boolean;
  dA: number;
  cA: number;
  dB: number;
  cB: number;
  into: readonly Float64Array[] | undefined;
}

/**
 * Starts the simulation of total = Σ over risks occurring (u < p; no draw when p = 1) of a PERT(min, ml, max) =
 * min + (max − min)·Gα/(Gα + Gβ) draw, risk-outer and iteration-inner. With `shares`, risk r's draw in iteration i is
 * also added to shares[r][g][i]. Nothing is drawn until the first advance.
 */
export function startSimulation(
  risks: readonly SimRisk[], iterations: number, rng: () => number, shares?: readonly (readonly Float64Array[])[],
): SimulationRun {
  const totals = new Float64Array(iterations);
  const work = risks.reduce((n, r) => n + (r.p === 0 ? 0 : iterations), 0);
  const s = new Sampler(rng);
  let r = -1; // the risk in progress (−1: none yet)
  let i = iterations; // its next iteration
  let done = 0;
  let finished = false;
  let cur: Prepared | null = null;

  /** Moves to the next risk with p > 0 (there is one while done < work). */
  const nextRisk = (): void => {
    for (r++; r < risks.length; r++) {
      const { p, min, mostLikely, max } = risks[r];
      if (p === 0) continue;
      const range = max - min;
      const shaped = range !== 0;
      const { alpha, beta } = shaped ? pertShape(min, mostLikely, max) : { alpha: 1, beta: 1 };
      const dA = alpha - 1 / 3;
      const dB = beta - 1 / 3;
      const into = shares?.[r];
      cur = {
        p, always: p >= 1, min, range, shaped, dA, cA: 1 / Math.sqrt(9 * dA), dB, cB: 1 / Math.sqrt(9 * dB),
        into: into && into.length > 0 ? into : undefined,
      };
      i = 0;
      return;
    }
  };

  /** Iterations [from, to) of the current risk: the same draws, in the same order, as one uninterrupted loop. */
  const iterate = (c: Prepared, from: number, to: number): void => {
    const { p, always, min, range, shaped, dA, cA, dB, cB, into } = c;
    if (into) {
      for (let k = from; k < to; k++) {
        if (!always && s.uniform() >= p) continue;
        let v = min;
        if (shaped) {
          const ga = s.gamma(dA, cA);
          const gb = s.gamma(dB, cB);
          v = min + (range * ga) / (ga + gb);
        }
        totals[k] += v;
        for (let g = 0; g < into.length; g++) into[g][k] += v;
      }
    } else if (!shaped) {
      for (let k = from; k < to; k++) if (always || s.uniform() < p) totals[k] += min;
    } else {
      for (let k = from; k < to; k++) {
        if (!always && s.uniform() >= p) continue;
        const ga = s.gamma(dA, cA);
        const gb = s.gamma(dB, cB);
        totals[k] += min + (range * ga) / (ga + gb);
      }
    }
  };

  const advance = (budget: number): boolean => {
    let left = budget;
    while (done < work && left > 0) {
      if (i >= iterations) nextRisk();
      const to = Math.min(iterations, i + left);
      iterate(cur as unknown as Prepared, i, to);
      left -= to - i;
      done += to - i;
      i = to;
    }
    if (!finished && done === work) {
      s.release(); // hands the unused draws of the last block back to the generator
      finished = true;
    }
    return finished;
  };

  return { work, done: () => done, advance, totals };
}
