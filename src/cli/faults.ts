/**
 * Failures the CLI reports, each as one sentence naming the file: an input file it cannot use (InputFileError),
 * an output it cannot write (OutputError), and an unexpected exception inside imm (InternalFault), which names the
 * step and asks for a report. A raw JavaScript message never reaches the user; IMM_DEBUG=1 adds the stack.
 */

/** A failure about one input file, reported as one line. */
export class InputFileError extends Error {}

/** An output file that cannot be written: "cannot write OUT.xlsx: folder does not exist". */
export class OutputError extends Error {}

/** The steps of a review, as the fault sentence names them. */
export type Step = "open" | "read" | "assess" | "write" | "save" | "template";

const STEP_WORDS: Record<Step, string> = {
  open: "opening the workbook",
  read: "reading the IMM tables",
  assess: "assessing the IMM tables",
  write: "writing the review sheets",
  save: "saving",
  template: "writing the template sheets",
};

/** An unexpected exception inside imm during one step for one file; `cause` keeps the original for IMM_DEBUG. */
export class InternalFault extends Error {
  constructor(
    readonly file: string,
    readonly step: Step,
    readonly cause: unknown,
    /** The output file, named by the "save" step. */
    target?: string,
  ) {
    const what = step === "save" ? `${STEP_WORDS.save} ${target ?? "the workbook"}` : STEP_WORDS[step];
    super(`${file}: internal error while ${what} — this is a fault in imm; please report it (details with IMM_DEBUG=1)`);
  }
}

/** The fault sentence when not even the file is known. */
export const UNLOCATED_FAULT = "internal error — this is a fault in imm; please report it (details with IMM_DEBUG=1)";

/** Errors that already are one clear sentence for the user (UsageError is handled by the caller the same way). */
function isReported(e: unknown): boolean {
  return e instanceof InputFileError || e instanceof OutputError || e instanceof InternalFault || (e instanceof Error && e.name === "UsageError");
}

/** Runs one step of a review; any exception that is not already a user-facing sentence becomes an InternalFault. */
export async function during<T>(file: string, step: Step, run: () => T | Promise<T>, target?: string): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (isReported(e)) throw e;
    throw new InternalFault(file, step, e, target);
  }
}

/** The stack (or value) of an unexpected exception, for IMM_DEBUG=1. */
export function debugDetails(e: unknown): string {
  const cause = e instanceof InternalFault ? e.cause : e;
  return cause instanceof Error ? (cause.stack ?? `${cause.name}: ${cause.message}`) : String(cause);
}
