/** The Monte Carlo's sampling is right (PERT, Gamma and normal moments), uses the generator in order, and its percentile selection matches a sort. */
import fc from "fast-check";
import { exposureSim, mulberry32, percentileInc, selectInPlace, simulateTotals } from "./montecarlo";
import type { SimRisk } from "./montecarlo";
import { Sampler } from "./sampler";

function moments(xs: ArrayLike<number>): { mean: number; variance: number } {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  const mean = s / xs.length;
  let q = 0;
  for (let i = 0; i < xs.length; i++) q += (xs[i] - mean) ** 2;
  return { mean, variance: q / (xs.length - 1) };
}

describe("PERT draws", () => {
  // (min, ml, max): symmetric, skewed, α = 1 (ml = min), β = 1 (ml = max), negative costs.
  const cases: [number, number, number][] = [[0, 5, 10], [100, 200, 600], [0, 0, 10], [0, 10, 10], [-50, 45, 50], [1000, 1900, 2000]];
  test.each(cases)("PERT(%p, %p, %p): mean (min + 4 ml + max)/6, variance (μ − min)(max − μ)/7, all within [min, max]", (min, ml, max) => {
    const n = 200_000;
    const xs = simulateTotals([{ p: 1, min, mostLikely: ml, max }], n, mulberry32(12345));
    const { mean, variance } = moments(xs);
    const mu = (min + 4 * ml + max) / 6;
    const range = max - min;
    expect(Math.abs(mean - mu)).toBeLessThan(0.003 * range);
    expect(Math.abs(variance / ((mu - min) * (max - mu)) * 7 - 1)).toBeLessThan(0.03);
    expect(Math.min(...xs.subarray(0, 50_000))).toBeGreaterThanOrEqual(min);
    expect(Math.max(...xs.subarray(0, 50_000))).toBeLessThanOrEqual(max);
  });
  test("a risk occurs in a fraction p of the iterations", () => {
    const xs = simulateTotals([{ p: 0.3, min: 1, mostLikely: 1, max: 1 }], 100_000, mulberry32(3));
    expect(Math.abs(moments(xs).mean - 0.3)).toBeLessThan(0.006);
  });
});

describe("sampler", () => {
  test("normals: mean 0, variance 1, 68.27% within ±1, tail beyond the ziggurat base as the normal's", () => {
    const s = new Sampler(mulberry32(7));
    const n = 1_000_000;
    const xs = new Float64Array(n);
    let within1 = 0;
    let tail = 0;
    for (let i = 0; i < n; i++) {
      const x = s.normal();
      xs[i] = x;
      if (Math.abs(x) < 1) within1++;
      if (Math.abs(x) > 3.442619855899) tail++;
    }
    const { mean, variance } = moments(xs);
    expect(Math.abs(mean)).toBeLessThan(0.005);
    expect(Math.abs(variance - 1)).toBeLessThan(0.01);
    expect(Math.abs(within1 / n - 0.682689)).toBeLessThan(0.003);
    expect(tail).toBeGreaterThan(576 - 120); // 2(1 − Φ(3.4426)) = 5.76e-4
    expect(tail).toBeLessThan(576 + 120);
  });
  test.each([1, 1.8, 3, 5])("Gamma(%p): mean and variance equal the shape", (shape) => {
    const s = new Sampler(mulberry32(11));
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    const xs = Float64Array.from({ length: 200_000 }, () => s.gamma(d, c));
    const { mean, variance } = moments(xs);
    expect(Math.abs(mean / shape - 1)).toBeLessThan(0.01);
    expect(Math.abs(variance / shape - 1)).toBeLessThan(0.03);
  });
  test("uniforms are the generator's values in order, and a mulberry32 generator is left just after the last one used", () => {
    const g = mulberry32(5);
    const s = new Sampler(g);
    const ref = mulberry32(5);
    for (let i = 0; i < 10; i++) expect(s.uniform()).toBe(ref());
    s.release();
    expect(g()).toBe(ref());
  });
});

describe("simulation", () => {
  const risks: SimRisk[] = [
    { p: 0.5, min: 10, mostLikely: 20, max: 50 },
    { p: 1, min: 0, mostLikely: 0, max: 5 },
    { p: 0.2, min: 7, mostLikely: 7, max: 7 },
  ];
  test("a mulberry32 generator and any other generator giving the same values give the same result", () => {
    const g = mulberry32(21);
    const wrapped = (): number => g();
    expect(exposureSim(risks, 0.9, 3000, wrapped)).toBe(exposureSim(risks, 0.9, 3000, mulberry32(21)));
  });
  test("a generator continues where the last simulation stopped: two runs of one risk are one longer run", () => {
    const risk = [risks[0]];
    const g = mulberry32(8);
    const first = simulateTotals(risk, 1234, g);
    const second = simulateTotals(risk, 4321, g);
    const whole = simulateTotals(risk, 1234 + 4321, mulberry32(8));
    expect(Array.from(first)).toEqual(Array.from(whole.subarray(0, 1234)));
    expect(Array.from(second)).toEqual(Array.from(whole.subarray(1234)));
  });
});

describe("percentile by selection", () => {
  test("matches PERCENTILE.INC over a sorted copy, duplicates included", () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 60 }), fc.double({ min: 0, max: 1, noNaN: true }),
      (xs, q) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const h = (sorted.length - 1) * q;
        const lo = Math.floor(h);
        const want = lo + 1 < sorted.length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
        expect(percentileInc(xs, q)).toBeCloseTo(want, 9);
      },
    ));
  });
  test("selectInPlace puts the k-th smallest at k, none larger before it and none smaller after", () => {
    fc.assert(fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 80 }), fc.nat(), (xs, k0) => {
      const a = Float64Array.from(xs);
      const k = k0 % a.length;
      selectInPlace(a, k);
      const sorted = [...xs].sort((x, y) => x - y);
      expect(a[k]).toBe(sorted[k]);
      for (let i = 0; i < k; i++) expect(a[i]).toBeLessThanOrEqual(a[k]);
      for (let i = k + 1; i < a.length; i++) expect(a[i]).toBeGreaterThanOrEqual(a[k]);
    }));
  });
});

describe("simulateTotals with group shares", () => {
  const risks = [
    { p: 0.4, min: 100, mostLikely: 300, max: 900 },
    { p: 1, min: 50, mostLikely: 50, max: 50 },
    { p: 0.7, min: 10, mostLikely: 20, max: 80 },
    { p: 0.2, min: 1000, mostLikely: 1500, max: 4000 },
  ];

  test("totals are the same draws as without shares, and the groups partition them", () => {
    const n = 5000;
    const plain = simulateTotals(risks, n, mulberry32(9));
    const a = new Float64Array(n);
    const b = new Float64Array(n);
    const withShares = simulateTotals(risks, n, mulberry32(9), [[a], [b], [a], [b]]);
    expect(Array.from(withShares)).toEqual(Array.from(plain));
    for (let i = 0; i < n; i++) expect(a[i] + b[i]).toBeCloseTo(plain[i], 6);
    // Risk 2 always costs exactly 50, so group b is never below it.
    expect(Math.min(...b)).toBeGreaterThanOrEqual(50);
  });

  test("a risk in two groupings adds its draw to both", () => {
    const n = 2000;
    const byCat = new Float64Array(n);
    const byAlloc = new Float64Array(n);
    const totals = simulateTotals([risks[0]], n, mulberry32(4), [[byCat, byAlloc]]);
    expect(Array.from(byCat)).toEqual(Array.from(totals));
    expect(Array.from(byAlloc)).toEqual(Array.from(totals));
  });
});
