/**
 * Time slicing on the main thread (the add-in's shared runtime, the browser workbench, Node): a Slicer that lets a long
 * computation run for at most `sliceMs` at a time and then hands the thread back to the event loop, so the task pane,
 * Office's messages and every other custom function keep running.
 *
 * Why slices and not a Web Worker: a worker needs its own bundle and script URL, and the shared runtime falls back to
 * Trident (IE11) on older Windows set-ups; slicing runs the very same engine code in any runtime, so the numbers are the
 * same by construction, and it needs no build change. The cost is a few percent of throughput for the yields.
 */
import type { Slicer } from "../imm/montecarlo-sliced";

/** Longest stretch of work between two yields, in ms: well under a 16 ms frame, so typing and clicks stay responsive. */
export const SLICE_MS = 10;

/**
 * Hands the thread back for one turn of the event loop: setImmediate in Node; a MessageChannel message in browsers
 * (a task like setTimeout's, but without its 4 ms clamp once nested, and not throttled the way timers are in a hidden
 * page — the shared runtime keeps computing with the task pane closed); setTimeout(0) where neither exists.
 */
export function yieldToEventLoop(): Promise<void> {
  const g = globalThis as { setImmediate?: (f: () => void) => unknown; MessageChannel?: typeof MessageChannel };
  if (typeof g.setImmediate === "function") {
    const setImmediate = g.setImmediate;
    return new Promise((resolve) => void setImmediate(resolve));
  }
  if (typeof g.MessageChannel === "function") {
    const channel = new g.MessageChannel();
    return new Promise((resolve) => {
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A Slicer that yields once `sliceMs` have passed since the last yield (or since it was made). */
export function mainThreadSlicer(
  sliceMs = SLICE_MS, now: () => number = () => performance.now(), yieldNow: () => Promise<void> = yieldToEventLoop,
): Slicer {
  let since = now();
  return {
    shouldYield: () => now() - since >= sliceMs,
    yield: async () => {
      await yieldNow();
      since = now();
    },
  };
}
