/**
 * Long custom functions (EXPOSURESIM): their body runs in time slices (src/imm/montecarlo-sliced.ts) on the main-thread
 * slicer, stops when Excel cancels the call, and — like every custom function — never rejects: anything thrown becomes
 * an error value.
 */
import type { CancelFlag, Slicer } from "../imm/montecarlo-sliced";
import { SimulationCancelled } from "../imm/montecarlo-sliced";
import { mainThreadSlicer } from "../runtime/main-thread-slicer";
import type { ErrorValue } from "./result-error";
import { errorFrom, errorValue } from "./result-error";
import { overflow } from "./spill";

/** What the sliced body of a long custom function is given: its slicer and the flag Excel's cancellation sets. */
export interface LongCall {
  readonly slicer: Slicer;
  readonly signal: CancelFlag;
}

/** The slicer long custom functions use (tests swap in a counting one with setSlicerFactory). */
let makeSlicer: () => Slicer = () => mainThreadSlicer();

/** Replaces the slicer factory (for tests and benchmarks); returns the previous one. */
export function setSlicerFactory(factory: () => Slicer): () => Slicer {
  const before = makeSlicer;
  makeSlicer = factory;
  return before;
}

/**
 * Runs a long aggregate's body in slices; when `invocation` is cancelled the body stops at its next slice and the call
 * resolves to #N/A ("cancelled"), which Excel discards. Anything thrown becomes an error value, and so does a non-finite
 * result (naming the arguments), as guard() does for the synchronous functions.
 */
export async function guardLong(
  functionName: string, names: readonly string[], invocation: CustomFunctions.CancelableInvocation | undefined,
  body: (call: LongCall) => Promise<number | string>,
): Promise<number | string | ErrorValue> {
  const signal = { aborted: false };
  if (invocation) {
    invocation.onCanceled = () => {
      signal.aborted = true;
    };
  }
  try {
    const v = await body({ slicer: makeSlicer(), signal });
    return typeof v === "number" && !Number.isFinite(v) ? overflow(names) : v;
  } catch (e) {
    if (e instanceof SimulationCancelled) return errorValue("na", `${functionName} was cancelled before it finished`);
    return errorFrom(e, functionName);
  }
}
