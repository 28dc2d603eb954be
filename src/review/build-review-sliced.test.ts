/** The review with its simulation in slices: the same plans and figures as the synchronous build, with yields and progress. */
import { SimulationCancelled } from "../imm/index";
import { buildReviewPlans } from "./index";
import { buildReviewPlansSliced } from "./build-review-sliced";
import { readModel } from "../tables/index";
import { largeModel } from "../../test/fixtures/large-model";
import type { ModelInputs } from "../tables/types";
import { countingSlicer } from "../imm/testing/counting-slicer";

/** The generated model (test/fixtures/large-model.ts) as model inputs, with `iterations` simulated years. */
function model(risks: number, iterations: number): ModelInputs {
  const tables = largeModel({ risks, kpis: 20, settings: [["Simulation iterations", iterations]] });
  return readModel({ tables: tables.map((t) => ({ ...t, row: 0, col: 0 })), sheets: [], source: "test" });
}

describe("buildReviewPlansSliced", () => {
  const m = model(300, 3000);
  const sync = buildReviewPlans(m);

  test("gives the same plans and assessment as the synchronous build, yielding while it simulates", async () => {
    const slicer = countingSlicer();
    const sliced = await buildReviewPlansSliced(m, { slicer });
    expect(sliced.assessment.risk?.overall.p90).not.toBeNull();
    expect(sliced.assessment).toEqual(sync.assessment);
    expect(sliced.plans).toEqual(sync.plans);
    expect(slicer.yields).toBeGreaterThan(5);
  });

  test("reports simulation progress in order, ending at the whole", async () => {
    const seen: [number, number][] = [];
    await buildReviewPlansSliced(m, { slicer: countingSlicer(), onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.length).toBeGreaterThan(5);
    const total = seen[0][1];
    expect(seen.every(([, t]) => t === total)).toBe(true);
    for (let i = 1; i < seen.length; i++) expect(seen[i][0]).toBeGreaterThan(seen[i - 1][0]);
    expect(seen[seen.length - 1]).toEqual([total, total]);
  });

  test("a cancelled review stops simulating and rejects", async () => {
    const signal = { aborted: false };
    const slicer = countingSlicer((n) => {
      if (n === 2) signal.aborted = true;
    });
    await expect(buildReviewPlansSliced(m, { slicer, signal })).rejects.toBeInstanceOf(SimulationCancelled);
    expect(slicer.yields).toBe(2);
  });

  test("a workbook without a risk register simulates nothing (no progress) and gives the same review", async () => {
    const none: ModelInputs = { ...m, risks: null };
    const progress: number[] = [];
    const slicer = countingSlicer();
    const sliced = await buildReviewPlansSliced(none, { slicer, sheets: ["risk", "dashboard"], onProgress: (d) => progress.push(d) });
    expect(sliced).toEqual(buildReviewPlans(none, { sheets: ["risk", "dashboard"] }));
    expect(progress).toEqual([]);
    expect(slicer.yields).toBe(2); // only before each of the two sheets
  });
});
