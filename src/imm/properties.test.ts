/** Property tests of the engine: bounds, monotonicity, weight scale-invariance, order independence, simulation determinism. */
import fc from "fast-check";
import {
  exposure, exposureSim, integratedIndex, kpiScore, mulberry32, partnershipIndex, perceptionGap, performanceIndex,
  residualScore, riskIndex, riskScore,
} from "./index";
import type { Direction } from "./index";

const rating = fc.integer({ min: 1, max: 5 });
const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const weight = fc.double({ min: 0.01, max: 100, noNaN: true });
const money = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const direction = fc.constantFrom<Direction>("higher", "lower");
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** A random permutation of xs driven by a seed. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const rng = mulberry32(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

test("risk scores are 1–25 and residual scores 0–25", () => {
  fc.assert(fc.property(rating, rating, fraction, (l, c, e) => {
    const s = riskScore(l, c);
    const r = residualScore(l, c, e);
    return s >= 1 && s <= 25 && r >= 0 && r <= s;
  }));
});

test("a higher likelihood never lowers a score or raises the risk index", () => {
  fc.assert(fc.property(rating, rating, rating, fraction, (l1, l2, c, e) => {
    const [lo, hi] = l1 <= l2 ? [l1, l2] : [l2, l1];
    return riskScore(lo, c) <= riskScore(hi, c) && residualScore(lo, c, e) <= residualScore(hi, c, e)
      && riskIndex([{ score: riskScore(lo, c), type: "threat" }]) >= riskIndex([{ score: riskScore(hi, c), type: "threat" }]);
  }));
});

test("indices are bounded 0–100", () => {
  // Targets above 0: a target ≤ 0 needs a threshold (KPISCORE refuses a ratio to it).
  const kpi = fc.record({ actual: money, target: fc.double({ min: 0.001, max: 1e6, noNaN: true }), direction });
  fc.assert(fc.property(
    fc.array(fc.record({ score: fc.double({ min: 0, max: 25, noNaN: true }), type: fc.constantFrom("threat", "opportunity") as fc.Arbitrary<"threat" | "opportunity"> })),
    fc.array(fc.tuple(rating, fc.option(rating, { nil: null })), { minLength: 1 }),
    fc.array(kpi, { minLength: 1 }),
    fc.tuple(fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }), fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true })),
    (risks, ratings, kpis, pillars) => {
      const values = [riskIndex(risks), partnershipIndex(ratings), performanceIndex(kpis), integratedIndex(pillars)];
      return values.every((v) => v >= 0 && v <= 100);
    },
  ));
});

test("a higher actual never lowers a higher-is-better KPI score (and never raises a lower-is-better one)", () => {
  fc.assert(fc.property(money, money, money, fc.option(money, { nil: undefined }), (a1, a2, target, th) => {
    const [lo, hi] = a1 <= a2 ? [a1, a2] : [a2, a1];
    // A threshold on the failing side (or equal: a step); none when the target is above 0, else the target itself.
    const thHigher = th !== undefined && th <= target ? th : target > 0 ? undefined : target;
    const thLower = th !== undefined && th >= target ? th : target > 0 ? undefined : target;
    const sHigher = [kpiScore(lo, target, "higher", thHigher), kpiScore(hi, target, "higher", thHigher)];
    const sLower = [kpiScore(lo, target, "lower", thLower), kpiScore(hi, target, "lower", thLower)];
    return sHigher[0] <= sHigher[1] && sLower[0] >= sLower[1]
      && [...sHigher, ...sLower].every((s) => s >= 0 && s <= 100);
  }));
});

test("weights are scale-invariant", () => {
  fc.assert(fc.property(
    fc.array(fc.tuple(rating, rating, weight), { minLength: 1, maxLength: 20 }), fc.double({ min: 0.001, max: 1000, noNaN: true }),
    (rows, k) => {
      const ratings = rows.map(([a]) => [a]);
      const w = rows.map(([, , x]) => x);
      const kw = w.map((x) => x * k);
      const kpis = rows.map(([a, b, x]) => ({ actual: a, target: b, weight: x }));
      return close(partnershipIndex(ratings, w), partnershipIndex(ratings, kw))
        && close(perceptionGap(rows.map(([a]) => a), rows.map(([, b]) => b), w), perceptionGap(rows.map(([a]) => a), rows.map(([, b]) => b), kw))
        && close(performanceIndex(kpis), performanceIndex(kpis.map((x) => ({ ...x, weight: x.weight * k }))))
        && close(integratedIndex([50, 70, 90], [w[0], 1, 2]), integratedIndex([50, 70, 90], [w[0] * k, k, 2 * k]));
    },
  ));
});

test("aggregates do not depend on row order", () => {
  fc.assert(fc.property(
    fc.array(fc.tuple(rating, rating, weight, fraction, money), { minLength: 1, maxLength: 30 }), fc.integer(),
    (rows, seed) => {
      const other = shuffled(rows, seed);
      const pi = (rs: typeof rows): number => partnershipIndex(rs.map(([a, b]) => [a, b]), rs.map(([, , w]) => w));
      const ri = (rs: typeof rows): number => riskIndex(rs.map(([a, b]) => ({ score: a * b, type: "threat" as const })));
      const ex = (rs: typeof rows): number => exposure(rs.map(([, , , p]) => p), rs.map(([, , , , x]) => x));
      const pf = (rs: typeof rows): number => performanceIndex(rs.map(([a, b, w]) => ({ actual: a, target: b, weight: w })));
      return close(pi(rows), pi(other)) && close(ri(rows), ri(other)) && Math.abs(ex(rows) - ex(other)) < 1e-6 && close(pf(rows), pf(other));
    },
  ));
});

test("EXPOSURESIM is deterministic per seed, P50 ≤ P90, and within [0, Σ max]", () => {
  const risk = fc.tuple(fraction, fc.double({ min: 0, max: 1000, noNaN: true }), fraction, fraction)
    .map(([p, min, a, b]) => ({ p, min, mostLikely: min + 500 * Math.min(a, b), max: min + 500 * Math.max(a, b) }));
  fc.assert(fc.property(fc.array(risk, { minLength: 1, maxLength: 8 }), fc.integer(), (risks, seed) => {
    const p50 = exposureSim(risks, 0.5, 500, mulberry32(seed));
    const again = exposureSim(risks, 0.5, 500, mulberry32(seed));
    const p90 = exposureSim(risks, 0.9, 500, mulberry32(seed));
    const top = risks.reduce((s, r) => s + r.max, 0);
    return p50 === again && p50 <= p90 && p50 >= 0 && p90 <= top + 1e-9;
  }), { numRuns: 200 });
});
