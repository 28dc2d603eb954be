/**
 * The IMM custom functions as one catalog, derived from their one declaration: the JSDoc of each exported function in
 * src/functions/pillars (what custom-functions-metadata turns into functions.json). Ids, parameters, examples and the
 * Node functions all come from here, so adding a function means writing the engine function and its declaration only.
 */
import { join } from "node:path";
import * as F from "../src/functions/functions";
import type { DeclaredId, FunctionsMetadata } from "./manifest/function-ids";
import { declaredIdsIn, functionSourceFiles, loadMetadata } from "./manifest/function-ids";

const ROOT = join(__dirname, "..");

/** The folder of custom-function declaration files (one per pillar). */
export const FUNCTIONS_DIR = join(ROOT, "src", "functions", "pillars");

/** The built metadata (npm run build), used when newer than every declaration file. */
export const BUILT_METADATA = join(ROOT, "dist", "functions.json");

/** Every declaration file. */
export function functionSources(): string[] {
  return functionSourceFiles(FUNCTIONS_DIR);
}

/** Every `@customfunction` declaration, read synchronously from the JSDoc (id, file, line, @returns, @example). */
export function declaredFunctions(): DeclaredId[] {
  return declaredIdsIn(functionSources());
}

/** functions.json: built when fresh, else generated from the declaration files. */
export async function loadFunctionMetadata(): Promise<FunctionsMetadata> {
  const { metadata, errors } = await loadMetadata(functionSources(), BUILT_METADATA);
  if (errors.length > 0) throw new Error(`custom-functions-metadata: ${errors.join("; ")}`);
  return metadata;
}

/** A custom function as Node and Excel call it. */
export type CustomFunction = (...args: never[]) => unknown;

/** The exported function of custom function id (its name upper-cased is the id: riskScore → RISKSCORE), or undefined. */
export function functionFor(id: string): CustomFunction | undefined {
  const name = Object.keys(F).find((k) => k.toUpperCase() === id);
  return name === undefined ? undefined : (F as unknown as Record<string, CustomFunction>)[name];
}

/** The names of every function exported for Node (src/functions/functions.ts). */
export function exportedNames(): string[] {
  return Object.keys(F);
}
