/** The joint simulation in blocks: block 0 is EXPOSURESIM's run, later blocks are disjoint stretches of the same generator. */
import { BLOCK_RISKS, blockRanges, blockSeed, combineBlocks, simulateBlock } from "./simulation-blocks";
import { mulberry32, simulateTotals, type SimRisk } from "./montecarlo";

const STEP = 0x6d2b79f5;

/** `count` risks, deterministic, with some certain (p = 1) and some constant (min = max). */
function register(count: number): SimRisk[] {
  const r = mulberry32(7);
  return Array.from({ length: count }, (_, i) => {
    const min = Math.round(r() * 1000);
    const ml = min + Math.round(r() * 1000);
    return { p: i % 50 === 0 ? 1 : Math.round(r() * 100) / 100, min, mostLikely: i % 97 === 0 ? min : ml, max: i % 97 === 0 ? min : ml + Math.round(r() * 2000) };
  });
}

describe("simulation blocks", () => {
  test("block 0 keeps the seed; block b starts b·2^28 draws further along the same generator", () => {
    expect(blockSeed(42, 0)).toBe(42);
    for (const b of [1, 2, 7]) {
      const expected = Number((BigInt(42) + BigInt(b) * BigInt(2 ** 28) * BigInt(STEP)) % BigInt(2 ** 32));
      expect(blockSeed(42, b) >>> 0).toBe(expected);
    }
    // mulberry32's state is a counter: seeding k steps on gives the stream from its k-th draw on (what blockSeed relies on).
    const base = mulberry32(42);
    const skipped = Array.from({ length: 6 }, () => base());
    expect(mulberry32((42 + 5 * STEP) | 0)()).toBe(skipped[5]);
  });

  test("cuts the register into blocks of BLOCK_RISKS in order", () => {
    expect(blockRanges(0)).toEqual([]);
    expect(blockRanges(BLOCK_RISKS)).toEqual([[0, BLOCK_RISKS]]);
    expect(blockRanges(2 * BLOCK_RISKS + 3)).toEqual([[0, BLOCK_RISKS], [BLOCK_RISKS, 2 * BLOCK_RISKS], [2 * BLOCK_RISKS, 2 * BLOCK_RISKS + 3]]);
  });

  test("one block is exactly EXPOSURESIM's run over the same risks", () => {
    const risks = register(BLOCK_RISKS);
    const one = simulateBlock(risks, [], 0, 40, 3, 0);
    expect(Array.from(one.totals)).toEqual(Array.from(simulateTotals(risks, 40, mulberry32(3))));
  });

  test("more blocks: each block's own run from its seed, added in block order, group shares too", () => {
    const risks = register(BLOCK_RISKS + 10);
    const groupsOf = risks.map((_, i) => [i % 2 === 0 ? "even" : "odd"]);
    const n = 30;
    const blocks = blockRanges(risks.length).map((_, b) => simulateBlock(risks, groupsOf, 1, n, 9, b));
    const joint = combineBlocks(blocks, 1, n);
    const first = simulateTotals(risks.slice(0, BLOCK_RISKS), n, mulberry32(9));
    const second = simulateTotals(risks.slice(BLOCK_RISKS), n, mulberry32(blockSeed(9, 1)));
    expect(Array.from(joint.totals)).toEqual(Array.from(first, (v, k) => v + second[k]));
    const even = joint.groups[0].get("even") as Float64Array;
    const odd = joint.groups[0].get("odd") as Float64Array;
    for (let k = 0; k < n; k++) expect(even[k] + odd[k]).toBeCloseTo(joint.totals[k], 6);
    expect([...joint.groups[0].keys()]).toEqual(["even", "odd"]);
  });
});
