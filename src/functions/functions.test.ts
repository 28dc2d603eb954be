/** The custom functions as Excel and Node callers see them: spills, broadcasting, blanks, located error values. */
import * as F from "./functions";
import * as nodeEntry from "../node/index";
import { isErrorValue } from "./result-error";
import type { ErrorValue } from "./result-error";

/** The error value at result (fails if it is not one). */
function err(result: unknown): ErrorValue {
  if (!isErrorValue(result)) throw new Error(`expected an error value, got ${JSON.stringify(result)}`);
  return result;
}

describe("element-wise functions spill the input's shape", () => {
  test("RISKSCORE on a cell, a column, words, and a 1×1 broadcast", () => {
    expect(F.riskScore([[4]], [[5]])).toEqual([[20]]);
    expect(F.riskScore([[1], ["Likely"], ["almost  certain"]], [["Major"]])).toEqual([[4], [16], [20]]);
    expect(F.riskScore([[1, 2], [3, 4]], [[5, 5], [2, 1]])).toEqual([[5, 10], [6, 4]]);
  });
  test("only the bad elements of a spill are errors, and their messages name the argument and the value", () => {
    const out = F.riskScore([[4], ["abc"], [6], [null]], [[5], [5], [5], [null]]);
    expect(out[0][0]).toBe(20);
    expect(err(out[1][0])).toMatchObject({ code: "#VALUE!", message: 'likelihood must be 1–5 or a likelihood word, got "abc"' });
    expect(err(out[2][0]).message).toBe("likelihood must be 1–5 or a likelihood word, got 6");
    expect(out[3][0]).toBe(""); // a blank row gives an empty result
  });
  test("mismatched shapes give #VALUE! naming both shapes", () => {
    const out = F.riskScore([[1], [2], [3]], [[1], [2]]);
    expect(out).toHaveLength(1);
    expect(err(out[0][0]).message).toBe("likelihood is 3×1 but consequence is 2×1");
  });
  test("RISKRATING with default and given band edges", () => {
    expect(F.riskRating([[4], [9], [16], [17], [4.5]])).toEqual([["Low"], ["Medium"], ["High"], ["Extreme"], ["Medium"]]);
    expect(F.riskRating([[6]], [[2], [5], [8]])).toEqual([["High"]]);
    expect(err(F.riskRating([[6]], [[2], [5]])[0][0]).message).toContain("bandEdges");
  });
  test("RESIDUALSCORE accepts effectiveness words and percentages", () => {
    expect(F.residualScore([[4], [5]], [[5], [5]], [["Substantial"], ["75%"]])).toEqual([[10], [6.25]]);
    expect(err(F.residualScore([[4]], [[5]], [["lots"]])[0][0]).message).toBe('effectiveness must be 0–1 (0–100%) or None/Partial/Substantial/Full, got "lots"');
  });
  test("KPISCORE with directions and thresholds per cell", () => {
    expect(F.kpiScore([[87.5], [3], [90]], [[95], [2], [100]], [["Higher"], ["lower is better"], [null]], [[80], [6], [null]]))
      .toEqual([[50], [75], [90]]);
    expect(err(F.kpiScore([[90]], [[95]], [["sideways"]])[0][0]).message).toBe('direction must be Higher or Lower, got "sideways"');
  });
  test("DEDUCTION worked example (£312) per period, with blanks and a cap", () => {
    expect(F.deduction([[120], [20], [null]], 3, 20, [[100], [200]], [[1], [1.2]])).toEqual([[312], [0], [""]]);
    expect(F.deduction([[120]], 3, 20, [[100], [200]], [[1], [1.2]], 300)).toEqual([[300]]);
    expect(err(F.deduction([[120]], -3)[0][0]).message).toBe("pointValue must be a number ≥ 0, got -3");
  });
  test("AVAILABILITYDEDUCTION worked example (£180)", () => {
    expect(F.availabilityDeduction([[2]], [[30]], [[3], [1]])).toEqual([[180], [60]]);
    expect(F.availabilityDeduction([[2]], [[30]], [[3]], [[0.5]], [[2]])).toEqual([[180]]);
  });
  test("INTEGRATEDINDEX skips blank pillars; STATUS spills RAG", () => {
    expect(F.integratedIndex([[60], [60]], [[80], [null]], [[100], [90]])).toEqual([[80], [75]]);
    expect(F.integratedIndex([[60]], [[null]], [[100]], [[1], [5], [3]])).toEqual([[90]]);
    expect(F.status([[85], [70], [10], [null]])).toEqual([["Green"], ["Amber"], ["Red"], [""]]);
    expect(F.status([[50]], 40, 90)).toEqual([["Amber"]]);
    expect(err(F.status([[50]], 90, 40)[0][0]).message).toBe("amber must be ≤ green (40), got 90");
  });
});

describe("aggregates return one number", () => {
  test("EXPOSURE with and without types; blank rows skipped", () => {
    expect(F.exposure([[0.5], [0.2], [null]], [[1000], [500], [99]])).toBe(600);
    expect(F.exposure([["50%"], [0.2]], [[1000], [500]], [["Threat"], ["Opportunity"]])).toBe(-400);
    expect(err(F.exposure([[1.5]], [[10]])).message).toBe("probability must be 0–1 (0–100%), got 1.5");
    expect(err(F.exposure([[null]], [[null]]))).toMatchObject({ code: "#N/A" });
  });
  test("EXPOSURESIM is deterministic per seed, and P50 ≤ P90", async () => {
    const p = [[0.5], [0.3], [0.9]], lo = [[10], [20], [5]], ml = [[20], [30], [5]], hi = [[40], [90], [5]];
    const p50 = await F.exposureSim(p, lo, ml, hi, 0.5, 2000, 7);
    expect(await F.exposureSim(p, lo, ml, hi, 0.5, 2000, 7)).toBe(p50);
    expect(await F.exposureSim(p, lo, ml, hi, 0.5, 2000, 8)).not.toBe(p50);
    expect(p50).toBeLessThanOrEqual((await F.exposureSim(p, lo, ml, hi, 0.9, 2000, 7)) as number);
    expect(err(await F.exposureSim([[0.5], [0.5]], [[10], [10]], [[20], [5]], [[30], [30]], 0.5)).message)
      .toBe("mostLikely row 2 must be between min (10) and max (30), got 5");
    expect(err(await F.exposureSim(p, lo, ml, hi, 1.5)).message).toBe("percentile must be 0–1 (e.g. 0.9 for P90), got 1.5");
    expect(err(await F.exposureSim(p, lo, ml, hi, 0.5, 0)).message).toBe("iterations must be a whole number 1–1000000, got 0");
  });
  test("RISKINDEX: mean residual threat score, opportunities ignored, blank rows skipped", () => {
    expect(F.riskIndex([[5], [4], [5], [null]], [[5], [5], [5], [null]], [["Threat"], ["Threat"], ["Opportunity"], [null]], [[0], [0.5], [null], [null]]))
      .toBe(100 * (1 - (25 + 10) / 2 / 25));
    expect(err(F.riskIndex([[5], ["x"]], [[5], [5]])).message).toBe('likelihood row 2 must be 1–5 or a likelihood word, got "x"');
  });
  test("PARTNERSHIPINDEX: one or two columns, blanks skipped with weights, all blank → #N/A", () => {
    expect(F.partnershipIndex([[5], [1]])).toBe(50);
    expect(F.partnershipIndex([[4, 2], [5, null], [null, null]], [[1], [1], [100]])).toBe(75);
    expect(F.partnershipIndex([[5, 1, 3]])).toBe(50); // a single row of ratings
    expect(F.partnershipIndex([[7]], undefined, 7)).toBe(100);
    expect(err(F.partnershipIndex([[null, null]]))).toMatchObject({ code: "#N/A", message: "ratings: no factor has a rating" });
    expect(err(F.partnershipIndex([[4], [9]])).message).toBe("ratings row 2 must be 1–5, got 9");
    expect(err(F.partnershipIndex([[4], [3]], [[1]])).message).toBe("weights must be 2 cells (one per factor), got 1 cells");
  });
  test("PERCEPTIONGAP: weighted mean gap over pairs", () => {
    expect(F.perceptionGap([[4], [2], [5]], [[3], [4], [null]])).toBe(1.5);
    expect(err(F.perceptionGap([[4], [2]], [[3]])).message).toContain("privateRatings");
  });
  test("PERFORMANCEINDEX: weighted mean KPI score; a bad threshold is located", () => {
    expect(F.performanceIndex([[90], [4], [null]], [[100], [2], [5]], [["Higher"], ["Lower"], [null]])).toBe(70);
    expect(F.performanceIndex([[90], [50]], [[100], [100]], undefined, undefined, [[3], [1]])).toBe(80);
    expect(err(F.performanceIndex([[90], [90]], [[95], [95]], undefined, [[80], [99]])).message)
      .toBe("thresholds row 2 must be at or below target (95) for higher-is-better, got 99");
  });
  test("AREARATE, TREND, TRENDLABEL", () => {
    expect(F.areaRate([[3650]], [[5], [5], [null]], 365)).toBe(1);
    expect(F.trend([[1], [2], [null], [4]])).toBeCloseTo(1, 12);
    expect(F.trendLabel([[100], [102], [104]], "lower")).toBe("Declining");
    expect(F.trendLabel([[100], [100.5], [101]])).toBe("Stable");
    expect(err(F.trend([[1]]))).toMatchObject({ code: "#N/A" });
    expect(err(F.trendLabel([[1], [2]], "up-ish")).message).toBe('direction must be Higher or Lower, got "up-ish"');
  });
});

describe("error values per host", () => {
  test("in Node, an Error with code and message; never thrown", () => {
    const e = F.riskScore([["abc"]], [[1]])[0][0];
    expect(e).toBeInstanceOf(Error);
    expect(err(e).code).toBe("#VALUE!");
    expect(() => F.riskScore(undefined as never, Symbol("x") as never)).not.toThrow();
    expect(err(F.riskScore([[1], [2, 3]], [[1]])[0][0]).message).toBe("likelihood must be a rectangular range, got rows of different lengths");
  });
  test("in Excel, CustomFunctions.Error(invalidValue | notAvailable, message)", () => {
    class FakeError {
      constructor(readonly code: string, readonly message?: string) {}
    }
    const g = globalThis as { CustomFunctions?: unknown };
    g.CustomFunctions = { Error: FakeError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } };
    try {
      const bad = F.riskScore([["abc"]], [[1]])[0][0];
      expect(bad).toBeInstanceOf(FakeError);
      expect(bad).toMatchObject({ code: "#VALUE!", message: 'likelihood must be 1–5 or a likelihood word, got "abc"' });
      const na = F.partnershipIndex([[null]]);
      expect(na).toBeInstanceOf(FakeError);
      expect(na).toMatchObject({ code: "#N/A" });
    } finally {
      delete g.CustomFunctions;
    }
  });
});

test("the Node entry exports the same function objects under camelCase names, and the engine", () => {
  // The list is derived: every export of ./functions (the pillar files) is a custom function (see metadata.test.ts).
  const names = Object.keys(F) as (keyof typeof F)[];
  expect(names.length).toBeGreaterThanOrEqual(17);
  for (const n of names) expect(nodeEntry[n]).toBe(F[n]);
  expect(nodeEntry.engine.riskScore(4, 5)).toBe(20);
  expect(nodeEntry.engine.deduction(120, 3, 20, [100, 200], [1, 1.2])).toBeCloseTo(312, 10);
});
