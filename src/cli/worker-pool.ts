/**
 * The worker-thread runner of `imm portfolio`: `jobs` worker threads (portfolio-worker) take the workbooks one at a
 * time from a shared queue, so a large workbook does not hold up the rest. A worker that dies (out of memory, a crash)
 * fails only the workbook it held, with the internal-fault sentence; a new worker takes over the queue.
 */
import type { Worker } from "node:worker_threads";
import { workerOf } from "./worker-script";
import { UNLOCATED_FAULT } from "./faults";
import type { PortfolioOutcome, PortfolioRunner } from "./portfolio-assess";

/** A worker running portfolio-worker beside this file. */
const newWorker = (): Worker => workerOf("portfolio-worker");

/** Runs the workbooks on `jobs` worker threads. */
export const workerRunner: PortfolioRunner = (files, jobs, done) => new Promise((resolve) => {
  const results: PortfolioOutcome[] = new Array(files.length);
  let next = 0;
  let finished = 0;
  const workers = new Set<Worker>();
  const finish = (id: number, outcome: PortfolioOutcome, ms: number): void => {
    results[id] = outcome;
    done?.(outcome, ms);
    if (++finished === files.length) {
      for (const w of workers) void w.terminate();
      resolve(results);
    }
  };
  const start = (): void => {
    if (next >= files.length) return;
    const w = newWorker();
    workers.add(w);
    let current = -1;
    const feed = (): void => {
      if (next >= files.length) {
        workers.delete(w);
        void w.terminate();
        return;
      }
      current = next++;
      w.postMessage({ id: current, file: files[current] });
    };
    w.on("message", (m: { id: number; outcome: PortfolioOutcome; ms: number }) => {
      finish(m.id, m.outcome, m.ms);
      feed();
    });
    w.on("error", () => {
      workers.delete(w);
      if (current >= 0 && results[current] === undefined) finish(current, { file: files[current], reason: `${files[current]}: ${UNLOCATED_FAULT}` }, 0);
      start();
    });
    feed();
  };
  if (files.length === 0) resolve([]);
  for (let i = 0; i < Math.max(1, Math.min(jobs, files.length)); i++) start();
});
