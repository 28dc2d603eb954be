/** The Monte Carlo in slices: the same numbers as the synchronous run, yields between slices, cancellation, progress. */
import fc from "fast-check";
import type { SimRisk } from "./montecarlo";
import { exposureSim, mulberry32, percentileInc, simulateTotals } from "./montecarlo";
import { CHUNK, exposureSimSliced, finishSliced, percentileSliced, SimulationCancelled } from "./montecarlo-sliced";
import { startSimulation } from "./simulation-run";
import { countingSlicer } from "./testing/counting-slicer";

const RISKS: SimRisk[] = Array.from({ length: 40 }, (_, i) => ({
  p: i % 7 === 0 ? 1 : ((i * 37) % 100) / 100, // includes p = 0 and p = 1
  min: 100 * i,
  mostLikely: i % 5 === 0 ? 100 * i : 100 * i + 50 * (i % 3),
  max: i % 5 === 0 ? 100 * i : 100 * i + 400,
}));

describe("a simulation run advanced in slices", () => {
  test("any slicing gives the totals of one uninterrupted run, bit for bit (shares too)", () => {
    const riskArb = fc.record({
      p: fc.constantFrom(0, 0.3, 0.5, 1),
      min: fc.integer({ min: 0, max: 10 }),
      ml: fc.integer({ min: 0, max: 10 }),
      hi: fc.integer({ min: 0, max: 10 }),
    }).map(({ p, min, ml, hi }) => ({ p, min, mostLikely: min + ml, max: min + ml + hi }));
    fc.assert(fc.property(
      fc.array(riskArb, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 300 }),
      fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 8 }), fc.integer(),
      (risks, iterations, budgets, seed) => {
        const whole = simulateTotals(risks, iterations, mulberry32(seed));
        const shares = risks.map(() => [new Float64Array(iterations)]);
        const run = startSimulation(risks, iterations, mulberry32(seed), shares);
        let k = 0;
        while (!run.advance(budgets[k++ % budgets.length]));
        expect(Array.from(run.totals)).toEqual(Array.from(whole));
        expect(run.done()).toBe(run.work);
        const summed = new Float64Array(iterations);
        shares.forEach(([a]) => a.forEach((v, i) => (summed[i] += v)));
        expect(Array.from(summed)).toEqual(Array.from(whole));
      },
    ), { numRuns: 200 });
  });

  test("a generator is left where the synchronous run leaves it", () => {
    const g = mulberry32(4);
    const run = startSimulation(RISKS.slice(0, 5), 777, g);
    while (!run.advance(100));
    const ref = mulberry32(4);
    simulateTotals(RISKS.slice(0, 5), 777, ref);
    expect(g()).toBe(ref());
  });
});

describe("EXPOSURESIM in slices", () => {
  test("yields between slices and gives exactly the synchronous figure for the same seed", async () => {
    for (const [q, n, seed] of [[0.9, 5000, 1], [0.5, 3000, 42], [0, 1, 7], [1, 2500, -3]] as const) {
      const slicer = countingSlicer();
      const sliced = await exposureSimSliced(RISKS, q, n, mulberry32(seed), { slicer });
      expect(sliced).toBe(exposureSim(RISKS, q, n, mulberry32(seed)));
      const work = RISKS.filter((r) => r.p > 0).length * n;
      // One yield after every chunk but the last, then at least one before a round of the percentile's quickselect.
      expect(slicer.yields).toBeGreaterThanOrEqual(Math.ceil(work / CHUNK));
    }
  });

  test("the percentile in slices is PERCENTILE.INC, one quickselect round per slice", async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 300 }), fc.double({ min: 0, max: 1, noNaN: true }),
      async (values, q) => {
        const slicer = countingSlicer();
        const got = await percentileSliced(Float64Array.from(values), q, { slicer });
        expect(got).toBe(percentileInc(values, q));
        expect(slicer.yields).toBeGreaterThanOrEqual(values.length > 1 ? 1 : 0);
      },
    ), { numRuns: 300 });
  });

  test("a slicer that never asks to yield runs it in one go, same figure", async () => {
    const slicer = { shouldYield: () => false, yield: () => Promise.reject(new Error("should not yield")) };
    expect(await exposureSimSliced(RISKS, 0.9, 4000, mulberry32(9), { slicer })).toBe(exposureSim(RISKS, 0.9, 4000, mulberry32(9)));
  });

  test("bad input is rejected with the synchronous function's located message", async () => {
    await expect(exposureSimSliced(RISKS, 0.5, 0, mulberry32(1))).rejects.toThrow("iterations must be a whole number 1–1000000, got 0");
    await expect(exposureSimSliced([{ p: 0.5, min: 10, mostLikely: 5, max: 20 }], 0.5, 10, mulberry32(1)))
      .rejects.toThrow("mostLikely must be between min (10) and max (20), got 5");
  });

  test("cancellation stops the work at the next slice and rejects", async () => {
    const signal = { aborted: false };
    const slicer = countingSlicer((count) => {
      if (count === 3) signal.aborted = true;
    });
    const run = startSimulation(RISKS, 100_000, mulberry32(1));
    await expect(finishSliced(run, { slicer, signal })).rejects.toBeInstanceOf(SimulationCancelled);
    expect(slicer.yields).toBe(3);
    expect(run.done()).toBe(3 * CHUNK); // three chunks, then nothing more
    expect(run.done()).toBeLessThan(run.work);
  });

  test("a call cancelled before it starts draws nothing", async () => {
    const run = startSimulation(RISKS, 1000, mulberry32(1));
    await expect(finishSliced(run, { signal: { aborted: true } })).rejects.toBeInstanceOf(SimulationCancelled);
    expect(run.done()).toBe(0);
  });

  test("progress is reported in order, after each slice, ending at the whole", async () => {
    const seen: [number, number][] = [];
    const run = startSimulation(RISKS, 3000, mulberry32(2));
    await finishSliced(run, { slicer: countingSlicer(), onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.length).toBe(Math.ceil(run.work / CHUNK));
    expect(seen.every(([, total]) => total === run.work)).toBe(true);
    for (let i = 1; i < seen.length; i++) expect(seen[i][0]).toBeGreaterThan(seen[i - 1][0]);
    expect(seen[seen.length - 1]).toEqual([run.work, run.work]);
  });
});
