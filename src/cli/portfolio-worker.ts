/**
 * Worker-thread entry of `imm portfolio`: assesses the workbooks the main thread posts ({ id, file }), one at a time,
 * and posts each outcome back with the time it took ({ id, outcome, ms }). Node only (worker_threads).
 */
import { parentPort } from "node:worker_threads";
import { defaultEngine } from "./engine";
import { nodeIo } from "./node-io";
import { assessOutcome } from "./portfolio-assess";

const io = { ...nodeIo(), progress: undefined };

parentPort?.on("message", (msg: { id: number; file: string }) => {
  const t0 = performance.now();
  void assessOutcome(msg.file, io, defaultEngine).then((outcome) => parentPort?.postMessage({ id: msg.id, outcome, ms: performance.now() - t0 }));
});
