/** The real review engine for the CLI: the xlsx host (ExcelJS), table reading (src/tables) and sheet plans (src/review). */
import { XlsxHost } from "../hosts/xlsx";
import { buildReviewPlans } from "../review";
import { SHEET_REGISTRY, type SheetRegistry } from "../review/sheets/registry";
import { ALL_TEMPLATES, buildTemplatePlans } from "../templates/templates";
import { readModel } from "../tables";
import type { ReviewEngine } from "./prepare";
import { workerRunner } from "./worker-pool";

/** The engine over a sheet registry: its --sheets words, its builders, its ownership markers. */
export function engineFor(registry: SheetRegistry): ReviewEngine {
  return {
    openWorkbook: (bytes, name) => XlsxHost.fromBuffer(bytes, name, { sheets: registry }),
    readModel,
    buildReviewPlans: (model, options) => buildReviewPlans(model, { ...options, registry }),
    buildTemplatePlans: (options) => buildTemplatePlans(ALL_TEMPLATES, options.examples ?? false),
    sheets: registry,
  };
}

/** The engine used by `imm` (portfolio workbooks assessed on worker threads). */
export const defaultEngine: ReviewEngine = { ...engineFor(SHEET_REGISTRY), portfolioRunner: workerRunner };
