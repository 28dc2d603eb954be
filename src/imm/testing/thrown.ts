/** Test helper: the ImmInputError thrown by `fn` (fails the test if none, rethrows any other error). */
import { ImmInputError } from "../errors";

export function thrown(fn: () => unknown): ImmInputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ImmInputError) return e;
    throw e;
  }
  throw new Error("expected an ImmInputError");
}
