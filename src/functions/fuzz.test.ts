/** Fuzz: ≥ 10,000 generated argument sets per custom function; never a throw, always a value, spill or located error. */
import { TARGETS, fuzzTarget, checkResult } from "../../scripts/fuzz-harness";

/** Argument sets per function in CI (npm run fuzz runs 100,000). */
const RUNS = Number(process.env.IMM_FUZZ_RUNS ?? 10_000);

test("the fuzz covers all 17 custom functions", () => {
  expect(TARGETS.map((t) => t.id)).toHaveLength(17);
});

test("the result check rejects thrown-away shapes and unlocated errors", () => {
  const t = TARGETS[0];
  expect(checkResult(t, [[1, "x"]])).toBeNull();
  expect(checkResult(t, [])).toBe("empty spill");
  expect(checkResult(t, NaN)).toContain("non-finite");
  expect(checkResult(t, Object.assign(new Error("oops"), { code: "#VALUE!" }))).toContain("names no argument");
  expect(checkResult(t, Object.assign(new Error("likelihood bad"), { code: "#VALUE!" }))).toBeNull();
});

describe.each(TARGETS.map((t) => [t.id, t] as const))("%s", (_id, target) => {
  test(`${RUNS} generated argument sets`, () => {
    const stats = fuzzTarget(target, RUNS, 20240601);
    expect(stats.failures).toEqual([]);
    expect(stats.runs).toBe(RUNS);
  });
});
