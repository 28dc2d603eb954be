/**
 * One write as the task pane sees it: a run id, the write, and — when the commit was interrupted (Excel keeps the
 * operations that ran before a failing one) — one more attempt under the same run id in a fresh Excel.run, which
 * finishes the commit in place. The workbook ends in the old state (failure before the commit) or the new one.
 * A resumed attempt that is refused before writing (another run took the lock: this run never held it, so it wrote
 * nothing) reports that refusal as it is.
 */
import type { SheetPlan } from "../../review/kit/plan";
import type { WriteResult } from "../port";
import type { ExcelRunner } from "./runner";
import { newRunId } from "./write-lock";
import { CommitInterrupted, writePlans, type WritePlansOptions } from "./write-plans";
import { WritePlanError } from "./write-targets";

/** Runs writePlans with a new run id, resuming once after an interrupted commit. */
export async function runWrite(run: ExcelRunner, plans: SheetPlan[], opts: Omit<WritePlansOptions, "runId" | "edited">): Promise<WriteResult> {
  const runId = newRunId();
  try {
    return await run((ctx) => writePlans(ctx, plans, { ...opts, runId }));
  } catch (e) {
    if (!(e instanceof CommitInterrupted)) throw e;
    try {
      return await run((ctx) => writePlans(ctx, plans, { ...opts, runId, edited: e.edited }));
    } catch (again) {
      if (again instanceof WritePlanError) throw again; // refused before writing (e.g. another run holds the lock)
      const why = again instanceof Error ? again.message : String(again);
      throw new WritePlanError(
        `Generate was interrupted while updating the IMM sheets and could not finish (Excel said: ${why}). ` +
        "Your own sheets and tables are unchanged; run Generate again to complete the IMM sheets.",
      );
    }
  }
}
