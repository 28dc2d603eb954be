/**
 * Main-thread blocking (issue 9 §5): the longest stretch during which the thread could not serve anything else, measured
 * by a 1 ms setInterval probe (the largest gap between two of its ticks, less the 1 ms period), for:
 *  - a 10k-risk review (10,000 simulated years): model → plans, synchronous build vs the sliced build the task pane uses,
 *    and the whole task-pane pipeline on the strict Office fake (read, build, write; the fake's own work counts here,
 *    where real Excel would do it in its own process);
 *  - EXPOSURESIM over 40 risks × 1,000,000 iterations: the synchronous engine vs the custom function (async, sliced).
 * Printed figures only; nothing here is asserted. The sliced build's remaining blocks are the parts of the review that
 * are not the simulation (assessing 10k risks, building the risk sheet's plan), each run in one go.
 */
import { exposureSim as engineExposureSim, mulberry32 } from "../src/imm";
import type { SimRisk } from "../src/imm";
import { exposureSim } from "../src/functions/functions";
import { buildReviewPlans } from "../src/review";
import { buildReviewPlansSliced } from "../src/review/build-review-sliced";
import { mainThreadSlicer, SLICE_MS } from "../src/runtime/main-thread-slicer";
import { readModel } from "../src/tables";
import { buildReview } from "../src/taskpane/model/review";
import { largeModel } from "../test/fixtures/large-model";
import { FakeExcel, seedImmWorkbook } from "../test/fakes/office";
import { fakeHost } from "../test/fixtures/office-review";

const PERIOD_MS = 1;

/** Runs `work` while a 1 ms interval probe watches the thread; returns the work's result, its time and the longest block. */
export async function probed<T>(work: () => Promise<T> | T): Promise<{ result: T; ms: number; longestBlockMs: number; ticks: number }> {
  let last = performance.now();
  let longest = 0;
  let ticks = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - PERIOD_MS);
    last = now;
    ticks++;
  }, PERIOD_MS);
  // Let the probe start ticking before the work begins.
  await new Promise((resolve) => setTimeout(resolve, 5));
  const t0 = performance.now();
  last = t0;
  const result = await work();
  const ms = performance.now() - t0;
  // One more turn of the event loop so that a block at the very end is seen by the probe.
  await new Promise((resolve) => setTimeout(resolve, 2));
  clearInterval(timer);
  return { result, ms, longestBlockMs: Math.max(0, longest), ticks };
}

const ms = (x: number): string => `${x.toFixed(0)} ms`;

/** The generated model as model inputs (the tables as a snapshot at A1 of their sheets). */
function modelOf(risks: number): ReturnType<typeof readModel> {
  const tables = largeModel({ risks, kpis: 500 });
  return readModel({ tables: tables.map((t) => ({ ...t, row: 0, col: 0 })), sheets: [], source: "bench" });
}

/** 40 risks for EXPOSURESIM (p 5–95 %, PERT costs in the thousands). */
function simRanges(): { P: number[][]; MIN: number[][]; ML: number[][]; MAX: number[][]; sims: SimRisk[] } {
  const rng = mulberry32(11);
  const sims: SimRisk[] = Array.from({ length: 40 }, () => {
    const min = rng() * 1000;
    const mostLikely = min + rng() * 1000;
    return { p: 0.05 + 0.9 * rng(), min, mostLikely, max: mostLikely + rng() * 3000 };
  });
  return {
    P: sims.map((s) => [s.p]), MIN: sims.map((s) => [s.min]), ML: sims.map((s) => [s.mostLikely]), MAX: sims.map((s) => [s.max]), sims,
  };
}

/** Prints the figures. */
export async function run(): Promise<string[]> {
  const lines = [`Main-thread blocking (1 ms setInterval probe; slices of ${SLICE_MS} ms):`];

  const model = modelOf(10_000);
  const iterations = model.settings.simulationIterations;
  const sync = await probed(() => buildReviewPlans(model));
  lines.push(`10,000-risk review, model → plans (${iterations.toLocaleString("en-GB")} iterations), synchronous: ${ms(sync.ms)}, longest block ${ms(sync.longestBlockMs)}`);
  let reports = 0;
  const sliced = await probed(() => buildReviewPlansSliced(model, { slicer: mainThreadSlicer(), onProgress: () => reports++ }));
  const same = JSON.stringify(sliced.result.assessment.risk?.overall) === JSON.stringify(sync.result.assessment.risk?.overall);
  lines.push(`10,000-risk review, model → plans, sliced: ${ms(sliced.ms)}, longest block ${ms(sliced.longestBlockMs)} (${reports} progress reports; same figures: ${same})`);

  const x = new FakeExcel();
  seedImmWorkbook(x, { risks: 10_000, kpis: 500 });
  const host = fakeHost(x);
  await host.writeSettings([["Simulation iterations", 10_000]]);
  const pipeline = await probed(async () => {
    const runResult = await buildReview(host);
    await host.applyPlans(runResult.plans);
  });
  lines.push(`10,000-risk review, task-pane Generate on the Office fake (read, sliced build, write): ${ms(pipeline.ms)}, longest block ${ms(pipeline.longestBlockMs)}`);
  const read = await probed(async () => readModel(await host.readSnapshot()));
  lines.push(`  its phases: read snapshot + readModel, longest block ${ms(read.longestBlockMs)};`);
  const build = await probed(() => buildReviewPlansSliced(read.result, { slicer: mainThreadSlicer() }));
  lines.push(`    sliced build, longest block ${ms(build.longestBlockMs)};`);
  const write = await probed(() => host.applyPlans(build.result.plans));
  lines.push(`    write (applyPlans; includes the fake's own processing, which real Excel does out of process), longest block ${ms(write.longestBlockMs)}`);

  const { P, MIN, ML, MAX, sims } = simRanges();
  const engine = await probed(() => engineExposureSim(sims, 0.9, 1_000_000, mulberry32(1)));
  lines.push(`EXPOSURESIM 40 risks × 1,000,000 iterations, synchronous engine: ${ms(engine.ms)}, longest block ${ms(engine.longestBlockMs)}`);
  const fn = await probed(() => exposureSim(P, MIN, ML, MAX, 0.9, 1_000_000, 1));
  lines.push(`EXPOSURESIM 40 risks × 1,000,000 iterations, custom function (sliced): ${ms(fn.ms)}, longest block ${ms(fn.longestBlockMs)}; same figure: ${fn.result === engine.result}`);
  return lines;
}

if (require.main === module) {
  void run().then((lines) => lines.forEach((l) => console.log(l)));
}
