/** The review pipeline as the task pane runs it: snapshot → model inputs → sheet plans (+ assessment). */
import type { SheetPlan } from "../../review/kit/plan";
import type { SheetRegistry } from "../../review/sheets/registry";
import type { Assessment } from "../../review/assess/assessment";
import type { WorkbookHost, WriteResult } from "../../hosts/port";
import type { ModelInputs } from "../../tables/types";
import { readModel } from "../../tables";
import type { Slicer } from "../../imm";
import { buildReviewPlansSliced } from "../../review/build-review-sliced";
import { mainThreadSlicer } from "../../runtime/main-thread-slicer";

/** The last review built in this session: its plans (for Explain), assessment (for the summary) and write result. */
export interface ReviewRun {
  plans: SheetPlan[];
  assessment: Assessment;
  model: ModelInputs;
  /** Absent when the plans were built in memory only (Explain before any Generate). */
  result?: WriteResult;
}

/**
 * Reads the workbook and builds the review plans for `sheets` (registry keys; all when omitted) without writing. The
 * risk simulation runs in time slices (the task pane stays responsive), reporting its progress to `onSimulation`.
 */
export async function buildReview(
  host: WorkbookHost, sheets?: string[], registry?: SheetRegistry, onSimulation?: (done: number, total: number) => void,
  slicer: Slicer = mainThreadSlicer(),
): Promise<ReviewRun> {
  const snapshot = await host.readSnapshot();
  const model = readModel(snapshot);
  const { plans, assessment } = await buildReviewPlansSliced(model, { sheets, registry, slicer, onProgress: onSimulation });
  return { plans, assessment, model };
}
