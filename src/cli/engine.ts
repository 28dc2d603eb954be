/** The real review engine for the CLI: table reading (src/tables) and sheet plans (src/review). */
import { ALL_TEMPLATES, buildReviewPlans, buildTemplatePlans } from "../review";
import { readModel } from "../tables";
import type { ReviewEngine } from "./commands";

/** The engine used by `imm`. */
export const defaultEngine: ReviewEngine = {
  readModel,
  buildReviewPlans: (model, options) => buildReviewPlans(model, options),
  buildTemplatePlans: (options) => buildTemplatePlans(ALL_TEMPLATES, options.examples ?? false),
};
