/**
 * The Monte Carlo in time slices: the same run as montecarlo.ts (the same draws in the same order, so the same numbers
 * for the same seed), advanced a chunk at a time, handing the thread back to the host between slices so that the task
 * pane and other custom functions keep running, and stopping when cancelled. The engine keeps no clock and no timer:
 * the host passes a Slicer (src/runtime/main-thread-slicer.ts in Excel and the browser) that decides when to yield.
 */
import type { SimRisk } from "./montecarlo";
import { checkExposureSim, percentileOfSelected, selectStep } from "./montecarlo";
import type { SimulationRun } from "./simulation-run";
import { startSimulation } from "./simulation-run";

/** When and how a long computation hands the thread back to its host. */
export interface Slicer {
  /** True when the work since the last yield has held the thread long enough (asked after every chunk). */
  shouldYield(): boolean;
  /** Lets the host run its other work (events, rendering, other calls); resolves when the computation may go on. */
  yield(): Promise<void>;
}

/** A cancellation flag, as AbortSignal has it (CancelableInvocation.onCanceled sets it in Excel). */
export interface CancelFlag {
  readonly aborted: boolean;
}

/** How a sliced computation runs: its slicer (none: in one go, as the synchronous code), cancellation and progress. */
export interface SliceOptions {
  readonly slicer?: Slicer;
  readonly signal?: CancelFlag;
  /** Called with the units done and the units in all, in increasing order, after each slice and once at the end. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Thrown (as a rejection) when a sliced computation is cancelled; the work stops at the next chunk boundary. */
export class SimulationCancelled extends Error {
  constructor() {
    super("the simulation was cancelled before it finished");
    this.name = "SimulationCancelled";
  }
}

/** Units of work between two questions to the slicer (one unit = one risk in one iteration; about 2 ms of drawing). */
export const CHUNK = 16_384;

/** Throws SimulationCancelled when the flag is set. */
export function throwIfCancelled(signal: CancelFlag | undefined): void {
  if (signal?.aborted) throw new SimulationCancelled();
}

/** Yields to the host if the slicer says so, then checks for cancellation. */
export async function pause(options: SliceOptions): Promise<void> {
  if (options.slicer?.shouldYield()) await options.slicer.yield();
  throwIfCancelled(options.signal);
}

/**
 * Advances `run` to the end, CHUNK units at a time, yielding whenever the slicer says so and reporting progress after
 * each slice. Rejects with SimulationCancelled as soon as the signal is seen set (before the first chunk or after a yield).
 */
export async function finishSliced(run: SimulationRun, options: SliceOptions = {}): Promise<Float64Array> {
  throwIfCancelled(options.signal);
  if (options.slicer === undefined && options.signal === undefined) {
    run.advance(Infinity);
  } else {
    while (!run.advance(CHUNK)) {
      if (options.slicer?.shouldYield()) {
        options.onProgress?.(run.done(), run.work);
        await options.slicer.yield();
      }
      throwIfCancelled(options.signal);
    }
  }
  options.onProgress?.(run.work, run.work);
  return run.totals;
}

/**
 * EXPOSURESIM in slices: PERCENTILE.INC(totals, percentile) of the simulated totals, total = Σ over risks occurring
 * (u < p) of a PERT(min, ml, max) draw; equal to exposureSim(risks, percentile, iterations, rng) for the same rng.
 */
export async function exposureSimSliced(
  risks: readonly SimRisk[], percentile: number, iterations: number, rng: () => number, options: SliceOptions = {},
): Promise<number> {
  checkExposureSim(risks, percentile, iterations);
  const totals = await finishSliced(startSimulation(risks, iterations, rng), options);
  return percentileSliced(totals, percentile, options);
}

/**
 * PERCENTILE.INC of xs (non-empty, NaN-free, reordered) as percentileInPlace computes it — the same quickselect rounds —
 * with a chance to yield before each round (a round is one partition pass; on 1,000,000 values the whole takes tens of ms).
 */
export async function percentileSliced(xs: Float64Array, q: number, options: SliceOptions = {}): Promise<number> {
  const k = Math.floor((xs.length - 1) * q);
  let bounds: readonly [number, number] | null = [0, xs.length - 1];
  while (bounds !== null) {
    await pause(options);
    bounds = selectStep(xs, k, bounds[0], bounds[1]);
  }
  return percentileOfSelected(xs, q);
}
