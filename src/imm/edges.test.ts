/** Numbers at the edges (issue 7 §9): band edges compared at 9 decimals, KPI targets ≤ 0 and thresholds equal to targets. */
import { atEdgePrecision, compareAtEdge, kpiScore, residualScore, riskRating, status, trendLabel } from "./index";
import { thrown } from "./testing/thrown";

describe("band edges at 9 decimal places", () => {
  test("floating-point residual scores on an edge get the edge's band", () => {
    expect(residualScore(5, 5, 0.84)).toBe(4.000000000000001);
    expect(riskRating(residualScore(5, 5, 0.84))).toBe("Low");
    expect(riskRating(9.000000000000002)).toBe("Medium");
    expect(riskRating(16.000000000000004)).toBe("High");
    expect(riskRating(4.000000000000001, [4, 9, 16])).toBe("Low");
  });
  test("a real difference at the 9th decimal still counts", () => {
    expect(riskRating(4.000000001)).toBe("Medium");
    expect(riskRating(16.000000001)).toBe("Extreme");
  });
  test("STATUS: an index a rounding error below a threshold has the threshold's status", () => {
    expect(status(79.99999999999999)).toBe("Green");
    expect(status(59.99999999999999)).toBe("Amber");
    expect(status(79.999999)).toBe("Amber");
  });
  test("TRENDLABEL: a slope of exactly 1% of the mean is not Stable, even when floating point says 0.1999999999999993", () => {
    expect(trendLabel([19.9, 20.1])).toBe("Improving");
    expect(trendLabel([21.89, 22.11], "lower")).toBe("Declining");
    expect(trendLabel([19.95, 20.05])).toBe("Stable");
  });
  test("the shared helper rounds to 9 decimals and leaves huge numbers alone", () => {
    expect(atEdgePrecision(4.000000000000001)).toBe(4);
    expect(atEdgePrecision(1e300)).toBe(1e300);
    expect(compareAtEdge(0.1 + 0.2, 0.3)).toBe(0);
    expect(compareAtEdge(0.3000000011, 0.3)).toBe(1);
  });
});

describe("KPI scores at the edges", () => {
  test("a target of 0 or below without a threshold is #VALUE! asking for a threshold", () => {
    for (const [a, t, d] of [[0, 0, "higher"], [-1, 0, "higher"], [1, 0, "lower"], [0, 0, "lower"], [5, -2, "higher"]] as const) {
      const e = thrown(() => kpiScore(a, t, d));
      expect(e.code).toBe("value");
      expect(e.location).toBe("target");
      expect(e.message).toBe(`target is ${t}: give a threshold to score a KPI whose target is 0 or below`);
    }
  });
  test("a target of 0 with a threshold scores linearly", () => {
    expect(kpiScore(2, 0, "lower", 4)).toBe(50);
    expect(kpiScore(-5, 0, "higher", -10)).toBe(50);
  });
  test("a threshold equal to the target is a step: 100 when met, 0 when missed", () => {
    expect(kpiScore(95, 95, "higher", 95)).toBe(100);
    expect(kpiScore(99, 95, "higher", 95)).toBe(100);
    expect(kpiScore(94.9, 95, "higher", 95)).toBe(0);
    expect(kpiScore(2, 2, "lower", 2)).toBe(100);
    expect(kpiScore(2.1, 2, "lower", 2)).toBe(0);
    expect(kpiScore(0, 0, "lower", 0)).toBe(100);
  });
  test("a threshold beyond the target is still refused, naming the side", () => {
    expect(thrown(() => kpiScore(90, 95, "higher", 99)).message).toBe("threshold must be at or below target (95) for higher-is-better, got 99");
    expect(thrown(() => kpiScore(3, 2, "lower", 1)).message).toBe("threshold must be at or above target (2) for lower-is-better, got 1");
  });
});
