/**
 * The review's joint risk simulation in time slices: what simulateGroups (assess-risk.ts) computes — the same blocks,
 * the same draws, the same figures — advanced a chunk at a time with yields, progress and cancellation (imm/montecarlo-sliced).
 */
import type { BlockResult, ImmSettings, SimRisk, SliceOptions } from "../../imm";
import { blockRanges, combineBlocks, finishSliced, percentileSliced, startBlock } from "../../imm";
import { finite, jointRun, noSimulation, type JointSimulation, type SimFigures } from "./assess-risk";

/**
 * simulateGroups(sims, groupsOf, settings, groupCount) in slices: each block's run (imm/simulation-blocks.ts) in turn, with
 * progress counted over all blocks, then P50 and P90 (PERCENTILE.INC) of the total and of each group's share, one at a time.
 */
export async function simulateGroupsSliced(
  sims: SimRisk[], groupsOf: readonly (readonly string[])[], settings: ImmSettings, groupCount: number | undefined,
  options: SliceOptions,
): Promise<JointSimulation> {
  const { groupings, n } = jointRun(sims, groupsOf, settings, groupCount);
  if (sims.length === 0) return noSimulation(groupings);
  const total = sims.filter((r) => r.p !== 0).length * n;
  const blocks: BlockResult[] = [];
  let before = 0;
  for (const [b] of blockRanges(sims.length).entries()) {
    const { run, result } = startBlock(sims, groupsOf, groupings, n, settings.simulationSeed, b);
    const offset = before;
    await finishSliced(run, { ...options, onProgress: (done) => options.onProgress?.(offset + done, total) });
    before += run.work;
    blocks.push(result());
  }
  const joint = combineBlocks(blocks, groupings, n);
  // Each percentile selects in a copy (as percentileInc does), yielding between quickselect rounds when the slicer says so.
  const figures = async (xs: Float64Array): Promise<SimFigures> => ({
    p50: finite(await percentileSliced(xs.slice(), 0.5, options)),
    p90: finite(await percentileSliced(xs.slice(), 0.9, options)),
  });
  const overall = await figures(joint.totals);
  const groups: Map<string, SimFigures>[] = [];
  for (const m of joint.groups) {
    const out = new Map<string, SimFigures>();
    for (const [k, xs] of m) out.set(k, await figures(xs));
    groups.push(out);
  }
  return { overall, groups };
}
