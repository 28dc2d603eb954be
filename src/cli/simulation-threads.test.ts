/** The joint simulation on worker threads gives simulateGroups' figures, whatever the thread count. */
import { BLOCK_RISKS, DEFAULT_SETTINGS, mulberry32, type SimRisk } from "../imm";
import { simulateGroups } from "../review/assess/assess-risk";
import { simulateGroupsSliced } from "../review/assess/simulate-groups-sliced";
import { simulateGroupsThreaded } from "./simulation-threads";
import { countingSlicer } from "../imm/testing/counting-slicer";

function register(count: number): SimRisk[] {
  const r = mulberry32(11);
  return Array.from({ length: count }, () => {
    const min = Math.round(r() * 1000);
    const ml = min + Math.round(r() * 1000);
    return { p: Math.round(r() * 100) / 100, min, mostLikely: ml, max: ml + Math.round(r() * 3000) };
  });
}

describe("simulateGroupsThreaded", () => {
  const risks = register(2 * BLOCK_RISKS + 500);
  const groupsOf = risks.map((_, i) => [["Financial", "Asset", "Service"][i % 3], i % 4 === 0 ? "Public" : "Private"]);
  const settings = { ...DEFAULT_SETTINGS, simulationIterations: 200, simulationSeed: 5 };
  const expected = simulateGroups(risks, groupsOf, settings, 2);

  test.each([2, 3, 8])("%i threads give the figures of simulateGroups", async (threads) => {
    const threaded = await simulateGroupsThreaded(risks, groupsOf, settings, 2, threads);
    expect(threaded).toEqual(expected);
    expect(threaded.overall.p90).not.toBeNull();
  }, 60_000);

  test("the sliced twin gives them too, with progress over all blocks", async () => {
    const seen: [number, number][] = [];
    const sliced = await simulateGroupsSliced(risks, groupsOf, settings, 2, { slicer: countingSlicer(), onProgress: (d, t) => seen.push([d, t]) });
    expect(sliced).toEqual(expected);
    const total = risks.filter((r) => r.p !== 0).length * 200;
    expect(seen.every(([, t]) => t === total)).toBe(true);
    expect(seen.map(([d]) => d)).toEqual([...seen.map(([d]) => d)].sort((a, b) => a - b));
    expect(seen[seen.length - 1]).toEqual([total, total]);
  });

  test("a register of one block runs on this thread with the same figures", async () => {
    const small = risks.slice(0, 300);
    expect(await simulateGroupsThreaded(small, groupsOf.slice(0, 300), settings, 2, 4)).toEqual(simulateGroups(small, groupsOf.slice(0, 300), settings, 2));
  });
});
