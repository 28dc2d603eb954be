/** The real review engine for the CLI: the xlsx host (ExcelJS), table reading (src/tables) and sheet plans (src/review). */
import { XlsxHost } from "../hosts/xlsx";
import { buildReviewPlansSliced } from "../review/build-review-sliced";
import { SHEET_REGISTRY, type SheetRegistry } from "../review/sheets/registry";
import { ALL_TEMPLATES, buildTemplatePlans } from "../templates/templates";
import { readModel } from "../tables";
import type { ReviewEngine } from "./prepare";
import { simulateGroupsThreaded, warmSimulationThreads } from "./simulation-threads";
import { workerRunner } from "./worker-pool";
import { nodeCrc32, nodeDeflate, nodeInflate } from "./node-zip";

/** Input size above which the simulation threads are started while the workbook is read (a register of two simulation blocks, about 2,000 risks, is about 200 KB). */
const WARM_BYTES = 192 * 1024;

/** The engine over a sheet registry: its --sheets words, its builders, its ownership markers. */
export function engineFor(registry: SheetRegistry): ReviewEngine {
  return {
    openWorkbook: (bytes, name) => {
      // A workbook this big may hold a register of more than one simulation block: start the threads while it is read.
      if (bytes.length > WARM_BYTES) warmSimulationThreads();
      return XlsxHost.forReview(bytes, name, { sheets: registry, deflate: nodeDeflate, checksum: nodeCrc32, inflate: nodeInflate });
    },
    readModel,
    // The joint simulation of a very large register runs on worker threads (simulation-threads.ts); the figures are the same.
    buildReviewPlans: (model, options) => buildReviewPlansSliced(model, { ...options, registry, simulate: simulateGroupsThreaded }),
    buildTemplatePlans: (options) => buildTemplatePlans(ALL_TEMPLATES, options.examples ?? false),
    sheets: registry,
  };
}

/** The engine used by `imm` (portfolio workbooks assessed on worker threads). */
export const defaultEngine: ReviewEngine = { ...engineFor(SHEET_REGISTRY), portfolioRunner: workerRunner };
