/**
 * The review's joint simulation on worker threads (the CLI): the blocks of imm/simulation-blocks.ts shared out between
 * this thread and up to `threads − 1` workers, round robin, then combined in block order, so the figures are those of
 * simulateGroups whatever the thread count. A register of one block (up to BLOCK_RISKS simulated risks: nearly every real one)
 * and any call from a worker thread (the portfolio's) run here, with no worker started.
 */
import { availableParallelism } from "node:os";
import { isMainThread, type Worker } from "node:worker_threads";
import { blockRanges, combineBlocks, simulateBlock, type BlockResult, type ImmSettings, type SimRisk } from "../imm";
import { jointFigures, jointRun, noSimulation, simulateGroups, type JointSimulation } from "../review/assess/assess-risk";
import { workerOf } from "./worker-script";

/** What a worker is posted: the whole register and the blocks it runs. */
export interface BlockJob {
  sims: readonly SimRisk[];
  groupsOf: readonly (readonly string[])[];
  groupings: number;
  n: number;
  seed: number;
  blocks: number[];
}

/** Workers started ahead of need (warmSimulationThreads), each used once. */
const warm: Worker[] = [];

/**
 * Starts the workers a large register will need while the workbook is still being read, so that their start-up (loading
 * the engine) is not on the review's path. Idle workers do not keep the process alive.
 */
export function warmSimulationThreads(threads = availableParallelism()): void {
  if (!isMainThread) return;
  while (warm.length < threads - 1) {
    const w = workerOf("simulation-worker");
    w.unref();
    warm.push(w);
  }
}

/** Runs one worker's blocks; resolves with their results, rejects if the worker fails. */
function runWorker(job: BlockJob): Promise<Map<number, BlockResult>> {
  return new Promise((resolve, reject) => {
    const w: Worker = warm.pop() ?? workerOf("simulation-worker");
    w.ref();
    const out = new Map<number, BlockResult>();
    w.on("message", (m: { block: number } & BlockResult) => {
      out.set(m.block, { totals: m.totals, groups: m.groups });
      if (out.size === job.blocks.length) {
        void w.terminate();
        resolve(out);
      }
    });
    w.on("error", reject);
    w.on("exit", (code) => {
      if (out.size < job.blocks.length) reject(new Error(`the simulation worker stopped (exit code ${code})`));
    });
    w.postMessage(job);
  });
}

/** simulateGroups(sims, groupsOf, settings, groupCount) with its blocks on `threads` threads (this one included). */
export async function simulateGroupsThreaded(
  sims: SimRisk[], groupsOf: readonly (readonly string[])[], settings: ImmSettings, groupCount?: number,
  threads = availableParallelism(),
): Promise<JointSimulation> {
  const blocks = blockRanges(sims.length).length;
  const count = Math.min(threads, blocks);
  if (count <= 1 || !isMainThread) return simulateGroups(sims, groupsOf, settings, groupCount);
  const { groupings, n } = jointRun(sims, groupsOf, settings, groupCount);
  if (sims.length === 0) return noSimulation(groupings);
  const seed = settings.simulationSeed;
  const share = (t: number): number[] => Array.from({ length: blocks }, (_, b) => b).filter((b) => b % count === t);
  const workers = Array.from({ length: count - 1 }, (_, i) => runWorker({ sims, groupsOf, groupings, n, seed, blocks: share(i + 1) }));
  const results = new Map<number, BlockResult>();
  for (const b of share(0)) results.set(b, simulateBlock(sims, groupsOf, groupings, n, seed, b));
  for (const m of await Promise.all(workers)) for (const [b, r] of m) results.set(b, r);
  const ordered = Array.from({ length: blocks }, (_, b) => results.get(b) as BlockResult);
  return jointFigures(combineBlocks(ordered, groupings, n));
}
