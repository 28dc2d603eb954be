/**
 * Worker-thread entry of the threaded joint simulation (simulation-threads.ts): runs the blocks it is posted and posts
 * each block's totals and group shares back, their buffers transferred (not copied). Node only (worker_threads).
 */
import { parentPort } from "node:worker_threads";
import { simulateBlock } from "../imm/simulation-blocks";
import type { BlockJob } from "./simulation-threads";

parentPort?.on("message", (job: BlockJob) => {
  for (const block of job.blocks) {
    const r = simulateBlock(job.sims, job.groupsOf, job.groupings, job.n, job.seed, block);
    const buffers = [r.totals.buffer, ...r.groups.flatMap((m) => [...m.values()].map((xs) => xs.buffer))];
    parentPort?.postMessage({ block, totals: r.totals, groups: r.groups }, buffers as ArrayBuffer[]);
  }
});
