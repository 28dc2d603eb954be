/** IMM-SPEC §2 worked examples and edge cases of every engine formula. */
import {
  areaRate, availabilityDeduction, deduction, exposure, exposureSim, integratedIndex, kpiScore, mulberry32,
  partnershipIndex, percentileInc, perceptionGap, performanceIndex, pertShape, residualScore, riskIndex, riskRating, riskScore,
  status, trend, trendLabel, DEFAULT_SETTINGS, parseEffectiveness,
} from "./index";
import { thrown } from "./testing/thrown";

describe("risk", () => {
  test("score = L × C, rating bands Low ≤ 4, Medium ≤ 9, High ≤ 16, Extreme above", () => {
    expect(riskScore(4, 5)).toBe(20);
    expect(riskRating(4)).toBe("Low");
    expect(riskRating(4.5)).toBe("Medium");
    expect(riskRating(9)).toBe("Medium");
    expect(riskRating(16)).toBe("High");
    expect(riskRating(16.01)).toBe("Extreme");
    expect(riskRating(6, [2, 5, 8])).toBe("High");
  });
  test("residual = L × C × (1 − e); Full controls (0.75) never remove all risk", () => {
    expect(residualScore(4, 5, 0.5)).toBe(10);
    expect(residualScore(5, 5, parseEffectiveness("Full"))).toBe(6.25);
    expect(thrown(() => residualScore(4, 5, 1.5)).location).toBe("effectiveness");
  });
  test("risk index = 100 × (1 − mean threat score / 25); opportunities ignored; no threats → 100", () => {
    expect(riskIndex([{ score: 20, type: "threat" }, { score: 10, type: "threat" }, { score: 25, type: "opportunity" }])).toBe(40);
    expect(riskIndex([{ score: 25, type: "opportunity" }])).toBe(100);
    expect(riskIndex([])).toBe(100);
  });
  test("bad bands and scores name the argument", () => {
    expect(thrown(() => riskRating(3, [4, 3, 16])).message).toBe("bandEdges item 2 must be ≥ 4 (edges ascend), got 3");
    expect(thrown(() => riskScore(NaN, 2)).message).toBe("likelihood must be a number ≥ 0, got NaN");
  });
});

describe("exposure", () => {
  test("Σ p × impact; threats negative, opportunities positive with types", () => {
    expect(exposure([0.5, 0.2], [1000, 500])).toBe(600);
    expect(exposure([0.5, 0.2], [1000, 500], ["threat", "opportunity"])).toBe(-400);
    expect(exposure([0.5], [-1000], ["threat"])).toBe(-500);
  });
  test("mismatched lengths name impact", () => {
    expect(thrown(() => exposure([0.5], [1, 2])).location).toBe("impact");
  });
});

describe("Monte Carlo", () => {
  test("mulberry32 is deterministic per seed and in [0, 1)", () => {
    const a = mulberry32(42), b = mulberry32(42), c = mulberry32(43);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });
  test("percentile is PERCENTILE.INC (linear between closest ranks)", () => {
    expect(percentileInc([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentileInc([10, 20, 30, 40, 50], 0.9)).toBe(46);
    expect(percentileInc([3, 1, 2], 0)).toBe(1);
    expect(percentileInc([3, 1, 2], 1)).toBe(3);
  });
  test("PERT shape: α = 1 + 4(ml − min)/(max − min)", () => {
    expect(pertShape(0, 5, 10)).toEqual({ alpha: 3, beta: 3 });
    expect(pertShape(0, 0, 10)).toEqual({ alpha: 1, beta: 5 });
  });
  test("certain, degenerate risks give their constant total", () => {
    expect(exposureSim([{ p: 1, min: 7, mostLikely: 7, max: 7 }, { p: 1, min: 3, mostLikely: 3, max: 3 }], 0.5, 100, mulberry32(1))).toBe(10);
    expect(exposureSim([{ p: 0, min: 1, mostLikely: 2, max: 3 }], 0.9, 100, mulberry32(1))).toBe(0);
  });
  test("PERT draws stay in [min, max] and their mean is (min + 4 ml + max)/6", () => {
    const risk = { p: 1, min: 100, mostLikely: 200, max: 600 };
    const n = 20000;
    const lo = exposureSim([risk], 0, n, mulberry32(5));
    const hi = exposureSim([risk], 1, n, mulberry32(5));
    expect(lo).toBeGreaterThanOrEqual(100);
    expect(hi).toBeLessThanOrEqual(600);
    // The median of PERT(100, 200, 600) (Beta(1.8, 4.2) scaled) is about 250.
    const p50 = exposureSim([risk], 0.5, n, mulberry32(5));
    expect(p50).toBeGreaterThan(235);
    expect(p50).toBeLessThan(265);
  });
  test("bad PERT orders and settings name the argument", () => {
    const rng = mulberry32(1);
    expect(thrown(() => exposureSim([{ p: 0.5, min: 10, mostLikely: 5, max: 20 }], 0.5, 10, rng)).message)
      .toBe("mostLikely must be between min (10) and max (20), got 5");
    expect(thrown(() => exposureSim([{ p: 0.5, min: 30, mostLikely: 25, max: 20 }], 0.5, 10, rng)).location).toBe("max");
    expect(thrown(() => exposureSim([], 1.5, 10, rng)).location).toBe("percentile");
    expect(thrown(() => exposureSim([], 0.5, 0, rng)).location).toBe("iterations");
  });
});

describe("partnership", () => {
  test("index = 100 × Σ w (r − 1) / ((scaleMax − 1) Σ w)", () => {
    expect(partnershipIndex([[5], [1]])).toBe(50);
    expect(partnershipIndex([[5], [1]], [3, 1])).toBe(75);
    expect(partnershipIndex([[3]], undefined, 3)).toBe(100);
  });
  test("two columns use the mean of the non-blank; blank rows are skipped with their weights", () => {
    expect(partnershipIndex([[4, 2], [5, null], [null, null]], [1, 1, 100])).toBe(((2 + 4) / 8) * 100);
  });
  test("all blank → #N/A kind", () => {
    expect(thrown(() => partnershipIndex([[null, null]])).code).toBe("na");
  });
  test("perception gap = weighted mean |public − private| over pairs", () => {
    expect(perceptionGap([4, 2, 5], [3, 4, null])).toBe(1.5);
    expect(perceptionGap([4, 2], [3, 4], [3, 1])).toBe(1.25);
    expect(thrown(() => perceptionGap([4], [null])).code).toBe("na");
  });
});

describe("performance", () => {
  test("with threshold: 100 at/beyond target, 0 at/beyond threshold, linear between", () => {
    expect(kpiScore(95, 95, "higher", 80)).toBe(100);
    expect(kpiScore(99, 95, "higher", 80)).toBe(100);
    expect(kpiScore(80, 95, "higher", 80)).toBe(0);
    expect(kpiScore(87.5, 95, "higher", 80)).toBe(50);
    expect(kpiScore(3, 2, "lower", 6)).toBe(75);
    expect(kpiScore(7, 2, "lower", 6)).toBe(0);
  });
  test("without threshold: ratio, clamped; actual 0 lower-is-better → 100 (targets ≤ 0: see edges.test.ts)", () => {
    expect(kpiScore(90, 100)).toBe(90);
    expect(kpiScore(120, 100)).toBe(100);
    expect(kpiScore(-5, 100)).toBe(0);
    expect(kpiScore(4, 2, "lower")).toBe(50);
    expect(kpiScore(0, 2, "lower")).toBe(100);
  });
  test("threshold on the wrong side names threshold", () => {
    expect(thrown(() => kpiScore(90, 95, "higher", 99)).message).toBe("threshold must be at or below target (95) for higher-is-better, got 99");
  });
  test("performance index = weighted mean KPI score", () => {
    expect(performanceIndex([{ actual: 90, target: 100 }, { actual: 4, target: 2, direction: "lower" }])).toBe(70);
    expect(performanceIndex([{ actual: 90, target: 100, weight: 3 }, { actual: 50, target: 100, weight: 1 }])).toBe(80);
    expect(thrown(() => performanceIndex([])).code).toBe("na");
  });
});

describe("deductions", () => {
  test("worked example: threshold 20, bands 21–100 ×1.0, 101–200 ×1.2, £3, 120 points → £312", () => {
    expect(deduction(120, 3, 20, [100, 200], [1, 1.2])).toBeCloseTo(312, 10);
  });
  test("points up to the threshold are free; cap limits; points above the last edge take the last (or extra) multiplier", () => {
    expect(deduction(20, 3, 20, [100, 200], [1, 1.2])).toBe(0);
    expect(deduction(120, 3, 20, [100, 200], [1, 1.2], 300)).toBe(300);
    expect(deduction(250, 1, 0, [100, 200], [1, 2])).toBe(100 + 300);
    expect(deduction(250, 1, 0, [100, 200], [1, 2, 3])).toBe(100 + 200 + 150);
    expect(deduction(10, 2)).toBe(20);
  });
  test("worked example: availability 2 × 30 × 3 = £180", () => {
    expect(availabilityDeduction(2, 30, 3)).toBe(180);
    expect(availabilityDeduction(2, 30, 3, 0.5, 2)).toBe(180);
  });
  test("area rate = annualPayment / (Σ weightings × periodsPerYear)", () => {
    expect(areaRate(3650, [5, 5], 365)).toBe(1);
    expect(thrown(() => areaRate(3650, [0], 365)).location).toBe("weightings");
  });
});

describe("integration", () => {
  test("integrated index = weighted mean of the pillars present", () => {
    expect(integratedIndex([60, 80, 100])).toBe(80);
    expect(integratedIndex([60, null, 100], [1, 5, 3])).toBe(90);
    expect(thrown(() => integratedIndex([null, null, null])).code).toBe("na");
  });
  test("status: Green ≥ 80, Amber ≥ 60, else Red (defaults from settings)", () => {
    expect(DEFAULT_SETTINGS.amberThreshold).toBe(60);
    expect([status(80), status(79.9), status(60), status(59.9)]).toEqual(["Green", "Amber", "Amber", "Red"]);
    expect(status(50, 40, 90)).toBe("Amber");
    expect(thrown(() => status(50, 90, 40)).location).toBe("amber");
  });
});

describe("trend", () => {
  test("least-squares slope per period; blanks keep their period", () => {
    expect(trend([1, 2, 3, 4])).toBeCloseTo(1, 12);
    expect(trend([10, null, 30])).toBeCloseTo(10, 12);
    expect(trend([5, 3, 4, 2])).toBeCloseTo(-0.8, 12);
    expect(thrown(() => trend([1, null])).code).toBe("na");
  });
  test("label: |slope| < 1% of |mean| → Stable; direction lower flips", () => {
    expect(trendLabel([100, 100.5, 101])).toBe("Stable");
    expect(trendLabel([100, 102, 104])).toBe("Improving");
    expect(trendLabel([100, 102, 104], "lower")).toBe("Declining");
    expect(trendLabel([0, 0, 0])).toBe("Stable");
    expect(trendLabel([-1, 0, 1])).toBe("Improving");
  });
});
