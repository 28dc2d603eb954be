/** The real review engine for the CLI: the xlsx host (ExcelJS), table reading (src/tables) and sheet plans (src/review). */
import { XlsxHost } from "../hosts/xlsx";
import { buildReviewPlans } from "../review";
import { ALL_TEMPLATES, buildTemplatePlans } from "../templates/templates";
import { readModel } from "../tables";
import type { ReviewEngine } from "./prepare";

/** The engine used by `imm`. */
export const defaultEngine: ReviewEngine = {
  openWorkbook: (bytes, name) => XlsxHost.fromBuffer(bytes, name),
  readModel,
  buildReviewPlans: (model, options) => buildReviewPlans(model, options),
  buildTemplatePlans: (options) => buildTemplatePlans(ALL_TEMPLATES, options.examples ?? false),
};
