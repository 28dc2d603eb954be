/** Numbers at the edges (issue 7 §9) as Excel sees them: band edges, blank effectiveness, KPI targets, one-row ranges. */
import * as F from "./functions";
import { isErrorValue } from "./result-error";
import type { ErrorValue } from "./result-error";

function err(result: unknown): ErrorValue {
  if (!isErrorValue(result)) throw new Error(`expected an error value, got ${JSON.stringify(result)}`);
  return result;
}

test("RISKRATING of a floating-point residual score on a band edge is the edge's band", () => {
  const residual = F.residualScore([[5]], [[5]], [["84%"]]);
  expect(residual).toEqual([[4.000000000000001]]);
  expect(F.riskRating(residual)).toEqual([["Low"]]);
  expect(F.riskRating([[9.000000000000002], [9.0001]])).toEqual([["Medium"], ["High"]]);
  expect(F.riskRating([[16.000000000000004], [16.00001]])).toEqual([["High"], ["Extreme"]]);
});

test("RESIDUALSCORE reads a blank effectiveness as no controls (0), like RISKINDEX", () => {
  expect(F.residualScore([[4]], [[4]], [[null]])).toEqual([[16]]);
  expect(F.residualScore([[4], [5]], [[4], [5]], [[""], ["Substantial"]])).toEqual([[16], [12.5]]);
  expect(F.riskIndex([[4]], [[4]], undefined, [[null]])).toBe(100 * (1 - 16 / 25));
  expect(F.residualScore([[null]], [[null]], [[null]])).toEqual([[""]]);
});

test("KPISCORE: a target of 0 or below without a threshold asks for one; with one it scores", () => {
  const e = err(F.kpiScore([[1]], [[0]], [["Lower"]])[0][0]);
  expect(e).toMatchObject({ code: "#VALUE!", message: "target is 0: give a threshold to score a KPI whose target is 0 or below" });
  expect(F.kpiScore([[1]], [[0]], [["Lower"]], [[4]])).toEqual([[75]]);
});

test("PERFORMANCEINDEX locates a target ≤ 0 without a threshold", () => {
  const e = err(F.performanceIndex([[90], [1]], [[100], [0]]));
  expect(e.message).toBe("targets row 2 is 0: give a threshold to score a KPI whose target is 0 or below");
});

test("KPISCORE: a threshold equal to the target is a step, 100 when met and 0 when missed", () => {
  expect(F.kpiScore([[95], [94], [96]], [[95]], [["Higher"]], [[95]])).toEqual([[100], [0], [100]]);
  expect(F.kpiScore([[2], [3]], [[2]], [["Lower"]], [[2]])).toEqual([[100], [0]]);
});

test("PARTNERSHIPINDEX: one row is always a list of factors, 1×2 as well as 1×3", () => {
  expect(F.partnershipIndex([[4, 3]], [[1, 3]])).toBe(56.25); // two factors, weights 1 and 3
  expect(F.partnershipIndex([[4, 3, 5]], [[1, 1, 1]])).toBe(75);
  expect(F.partnershipIndex([[4, 3]])).toBe(62.5);
  expect(err(F.partnershipIndex([[4, 3]], [[1]])).message).toBe("weights must be 2 cells (one per factor), got 1 cells");
  expect(F.partnershipIndex([[4, 2], [5, 5]], [[1], [1]])).toBe(75); // two columns: public and private per factor
});

test("STATUS and TRENDLABEL compare at 9 decimal places", () => {
  expect(F.status([[79.99999999999999], [59.99999999999999], [79.9999]])).toEqual([["Green"], ["Amber"], ["Amber"]]);
  expect(F.trendLabel([[19.9], [20.1]])).toBe("Improving");
});
