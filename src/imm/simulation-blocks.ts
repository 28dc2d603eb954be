/**
 * The review's joint simulation in blocks of risks, so that a very large register can be simulated on several threads
 * with the same numbers whatever the thread count. Rule (for the release note): risks are taken in blocks of
 * BLOCK_RISKS in register order; block b runs the engine's simulation (simulation-run.ts) over its risks with its own
 * mulberry32 stream, and the totals are the block totals added in block order. Block 0's stream is mulberry32(seed), so
 * a register of up to BLOCK_RISKS simulated risks gives exactly EXPOSURESIM(…, seed) over the same risks; block b's
 * stream is the same generator started b·2²⁸ draws further on (mulberry32's state is a counter), so blocks draw from
 * disjoint stretches of the generator for any block under 2²⁸ draws.
 */
import type { SimRisk } from "./montecarlo";
import { mulberry32 } from "./sampler";
import { startSimulation, type SimulationRun } from "./simulation-run";

/** Risks per block: small enough that two threads get even shares of a large register, large enough that a real register (tens to hundreds of open threats with money) is one block. */
export const BLOCK_RISKS = 1024;

/** mulberry32's state increment per draw. */
const STEP = 0x6d2b79f5;

/** Seed of block b: seed advanced by b·2²⁸ draws (state = seed + k·STEP mod 2³²); block 0 keeps the seed. */
export function blockSeed(seed: number, block: number): number {
  return (seed + Math.imul(Math.imul(block, 1 << 28), STEP)) | 0;
}

/** The [from, to) risk indices of each block of a register of `count` risks. */
export function blockRanges(count: number): [number, number][] {
  const out: [number, number][] = [];
  for (let from = 0; from < count; from += BLOCK_RISKS) out.push([from, Math.min(count, from + BLOCK_RISKS)]);
  return out;
}

/** One block's share of a joint run: its totals and, per grouping, each group's share (only the groups its risks are in). */
export interface BlockResult {
  totals: Float64Array;
  groups: Map<string, Float64Array>[];
}

/**
 * Starts block b of the joint run over `risks` (the whole register): totals = Σ over the block's risks occurring (u < p)
 * of a PERT(min, ml, max) draw from the block's stream, each draw also added to its risk's groups (`groupsOf[r]`, one key
 * per grouping). Advance the run, then take `result()`.
 */
export function startBlock(
  risks: readonly SimRisk[], groupsOf: readonly (readonly string[])[], groupings: number, iterations: number, seed: number, block: number,
): { run: SimulationRun; result: () => BlockResult } {
  const [from, to] = blockRanges(risks.length)[block] ?? [0, 0];
  const groups = Array.from({ length: groupings }, () => new Map<string, Float64Array>());
  const shares = risks.slice(from, to).map((_, i) => (groupsOf[from + i] ?? []).map((key, g) => {
    let a = groups[g].get(key);
    if (!a) groups[g].set(key, (a = new Float64Array(iterations)));
    return a;
  }));
  const run = startSimulation(risks.slice(from, to), iterations, mulberry32(blockSeed(seed, block)), shares);
  return { run, result: () => ({ totals: run.totals, groups }) };
}

/** Block b of the joint run, run to the end (what a worker thread computes). */
export function simulateBlock(
  risks: readonly SimRisk[], groupsOf: readonly (readonly string[])[], groupings: number, iterations: number, seed: number, block: number,
): BlockResult {
  const { run, result } = startBlock(risks, groupsOf, groupings, iterations, seed, block);
  run.advance(Infinity);
  return result();
}

/** The joint run from its blocks (in block order): totals and group shares are the block figures added in that order. */
export function combineBlocks(blocks: readonly BlockResult[], groupings: number, iterations: number): BlockResult {
  if (blocks.length === 1) return blocks[0];
  const totals = new Float64Array(iterations);
  const groups = Array.from({ length: groupings }, () => new Map<string, Float64Array>());
  for (const b of blocks) {
    for (let k = 0; k < iterations; k++) totals[k] += b.totals[k];
    b.groups.forEach((m, g) => {
      for (const [key, xs] of m) {
        let into = groups[g].get(key);
        if (!into) groups[g].set(key, (into = new Float64Array(iterations)));
        for (let k = 0; k < iterations; k++) into[k] += xs[k];
      }
    });
  }
  return { totals, groups };
}
