/**
 * Starting a worker thread on a module beside this file: the compiled .js when built; from the .ts sources (tsx, jest)
 * through tsx's require hook, since a worker thread does not inherit the parent's TypeScript loader.
 */
import { Worker } from "node:worker_threads";
import { extname, join } from "node:path";

/** A worker running `<name>.js` (built) or `<name>.ts` (sources) from src/cli. */
export function workerOf(name: string): Worker {
  if (extname(__filename) === ".ts") {
    const script = join(__dirname, `${name}.ts`);
    return new Worker(`require("tsx/cjs"); require(${JSON.stringify(script)});`, { eval: true });
  }
  return new Worker(join(__dirname, `${name}.js`));
}
