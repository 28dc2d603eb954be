/**
 * The review's joint risk simulation in time slices: what simulateGroups (assess-risk.ts) computes — the same run, the
 * same draws, the same figures — advanced a chunk at a time with yields, progress and cancellation (imm/montecarlo-sliced).
 */
import type { ImmSettings, SimRisk, SliceOptions } from "../../imm";
import { finishSliced, mulberry32, percentileSliced, startSimulation } from "../../imm";
import { finite, groupShares, NOT_SIMULATED, type SimFigures } from "./assess-risk";

/**
 * simulateGroups(sims, groupsOf, settings, groupCount) in slices: one mulberry32(seed) run over `sims` with every draw
 * also added to its groups, then P50 and P90 (PERCENTILE.INC) of the total and of each group's share, one at a time.
 */
export async function simulateGroupsSliced(
  sims: SimRisk[], groupsOf: readonly (readonly string[])[], settings: ImmSettings, groupCount: number | undefined,
  options: SliceOptions,
): Promise<{ overall: SimFigures; groups: Map<string, SimFigures>[] }> {
  const { arrays, shares, n } = groupShares(sims, groupsOf, settings, groupCount);
  if (sims.length === 0) return { overall: NOT_SIMULATED, groups: arrays.map(() => new Map()) };
  const totals = await finishSliced(startSimulation(sims, n, mulberry32(settings.simulationSeed), shares), options);
  // Each percentile selects in a copy (as percentileInc does), yielding between quickselect rounds when the slicer says so.
  const figures = async (xs: Float64Array): Promise<SimFigures> => ({
    p50: finite(await percentileSliced(xs.slice(), 0.5, options)),
    p90: finite(await percentileSliced(xs.slice(), 0.9, options)),
  });
  const overall = await figures(totals);
  const groups: Map<string, SimFigures>[] = [];
  for (const m of arrays) {
    const out = new Map<string, SimFigures>();
    for (const [k, xs] of m) out.set(k, await figures(xs));
    groups.push(out);
  }
  return { overall, groups };
}
