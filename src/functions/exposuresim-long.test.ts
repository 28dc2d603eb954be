/** EXPOSURESIM as a long, cancelable custom function: sliced, the same figure, stops when Excel cancels it. */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata/lib/generate";
import { functionSources } from "../../scripts/function-catalog";
import { exposureSim as engineExposureSim, mulberry32 } from "../imm";
import type { Slicer } from "../imm/montecarlo-sliced";
import { exposureSim } from "./pillars/risk";
import { setSlicerFactory } from "./guard-async";
import { isErrorValue } from "./result-error";

/** Installs a slicer that yields after every chunk, counting yields and calling `onYield` (no timers). */
function countYields(onYield: (count: number) => void = () => undefined): { count: () => number; restore: () => void } {
  let yields = 0;
  const slicer: Slicer = {
    shouldYield: () => true,
    yield: async () => {
      yields++;
      onYield(yields);
    },
  };
  const before = setSlicerFactory(() => slicer);
  return { count: () => yields, restore: () => void setSlicerFactory(before) };
}

const N = 40;
const P = Array.from({ length: N }, (_, i) => [((i * 29) % 90) / 100 + 0.05]);
const MIN = Array.from({ length: N }, (_, i) => [1000 + 10 * i]);
const ML = Array.from({ length: N }, (_, i) => [2000 + 10 * i]);
const MAX = Array.from({ length: N }, (_, i) => [5000 + 10 * i]);
const SIMS = P.map((p, i) => ({ p: p[0], min: MIN[i][0], mostLikely: ML[i][0], max: MAX[i][0] }));

test("EXPOSURESIM returns a promise, yields while it runs, and gives the synchronous engine's figure", async () => {
  const y = countYields();
  try {
    const pending = exposureSim(P, MIN, ML, MAX, 0.9, 5_000, 3);
    expect(pending).toBeInstanceOf(Promise);
    expect(await pending).toBe(engineExposureSim(SIMS, 0.9, 5_000, mulberry32(3)));
    expect(y.count()).toBeGreaterThan(5);
  } finally {
    y.restore();
  }
});

test("when Excel cancels the call, the simulation stops at its next slice and the call settles at once", async () => {
  const invocation: CustomFunctions.CancelableInvocation = {};
  const y = countYields((count) => {
    if (count === 2) invocation.onCanceled?.();
  });
  try {
    const result = await exposureSim(P, MIN, ML, MAX, 0.9, 1_000_000, 1, invocation);
    expect(isErrorValue(result) && result).toMatchObject({ code: "#N/A", message: "EXPOSURESIM was cancelled before it finished" });
    // 40 risks × 1,000,000 iterations would take about 2,400 slices; it stopped right after the cancellation.
    expect(y.count()).toBe(2);
  } finally {
    y.restore();
  }
});

test("bad input still gives a located error value, without starting the simulation", async () => {
  const y = countYields();
  try {
    const result = await exposureSim(P, MIN, ML, MAX, 0.9, 2_000_000, 1, {});
    expect(isErrorValue(result) && result.message).toBe("iterations must be a whole number 1–1000000, got 2000000");
    expect(y.count()).toBe(0);
  } finally {
    y.restore();
  }
});

test("functions.json marks EXPOSURESIM cancelable and keeps its id and seven Excel parameters", async () => {
  const out = await generateCustomFunctionsMetadata(functionSources(), true);
  expect(out.errors).toEqual([]);
  const fns = (JSON.parse(out.metadataJson) as { functions: { id: string; options?: { cancelable?: boolean }; parameters: { name: string }[] }[] })
    .functions;
  const sim = fns.find((f) => f.id === "EXPOSURESIM");
  expect(sim?.options?.cancelable).toBe(true);
  expect(sim?.parameters.map((p) => p.name)).toEqual(["probability", "min", "mostLikely", "max", "percentile", "iterations", "seed"]);
  expect(fns.filter((f) => f.options?.cancelable).map((f) => f.id)).toEqual(["EXPOSURESIM"]);
}, 30_000);
