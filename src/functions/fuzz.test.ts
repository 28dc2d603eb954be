/** Fuzz: ≥ 10,000 generated argument sets per custom function; never a throw, always a value, spill or located error. */
import { fuzzTarget, checkResult, loadTargets } from "../../scripts/fuzz-harness";
import type { FuzzTarget } from "../../scripts/fuzz-harness";
import { declaredFunctions } from "../../scripts/function-catalog";

/** Argument sets per function in CI (npm run fuzz runs 100,000). */
const RUNS = Number(process.env.IMM_FUZZ_RUNS ?? 10_000);

/** The ids, read synchronously from the declarations; the targets (parameters from functions.json) are loaded once. */
const IDS = declaredFunctions().map((d) => d.id);
let targets: FuzzTarget[] = [];

beforeAll(async () => {
  targets = await loadTargets();
}, 30_000);

const target = (id: string): FuzzTarget => {
  const t = targets.find((x) => x.id === id);
  if (!t) throw new Error(`${id} is declared but not in functions.json`);
  return t;
};

test("the fuzz covers every declared custom function, with its parameters from the metadata", () => {
  expect(targets.map((t) => t.id).sort()).toEqual([...IDS].sort());
  expect(target("EXPOSURESIM").params.map((p) => `${p.name}:${p.kind}${p.optional ? "?" : ""}`)).toEqual([
    "probability:range", "min:range", "mostLikely:range", "max:range", "percentile:scalar", "iterations:scalar?", "seed:scalar?",
  ]);
  expect(target("TRENDLABEL").params.map((p) => p.kind)).toEqual(["range", "text"]);
});

test("the result check rejects thrown-away shapes and unlocated errors", () => {
  const t = target("RISKSCORE");
  expect(checkResult(t, [[1, "x"]])).toBeNull();
  expect(checkResult(t, [])).toBe("empty spill");
  expect(checkResult(t, NaN)).toContain("non-finite");
  expect(checkResult(t, Object.assign(new Error("oops"), { code: "#VALUE!" }))).toContain("names no argument");
  expect(checkResult(t, Object.assign(new Error("likelihood bad"), { code: "#VALUE!" }))).toBeNull();
});

describe.each(IDS)("%s", (id) => {
  test(`${RUNS} generated argument sets`, async () => {
    const stats = await fuzzTarget(target(id), RUNS, 20240601);
    expect(stats.failures).toEqual([]);
    expect(stats.runs).toBe(RUNS);
  });
});
