/**
 * The review generator: model inputs → Assessment (assess/) → sheet plans (sheets/, built with kit/) of the sheets in
 * the sheet registry (sheets/registry.ts; the five review sheets of IMM-SPEC §4), plus a one-line-per-pillar summary
 * for the CLI and task pane. Input-table templates are not part of the review: src/templates.
 */
import type { ModelInputs } from "../tables/types";
import { assess } from "./assess/assess";
import type { GroupSimulation } from "./assess/assess-risk";
import type { Assessment, PillarKey, Rag } from "./assess/assessment";
import { reviewHistory } from "./assess/history";
import type { ReviewContext } from "./sheets/context";
import { guardFinite } from "./kit/finite-guard";
import type { SheetPlan } from "./kit/plan";
import { withPrintSetup } from "./kit/print";
import { wrapCutText } from "./kit/wrap";
import { SHEET_NAMES, SHEET_REGISTRY, type SheetEntry, type SheetRegistry } from "./sheets/registry";

export { assess, type AssessOptions } from "./assess/assess";
export {
  entryOf, extendRegistry, markerOf, notReadBack, OWNED_PREFIX, registerSheet, SHEET_NAMES, SHEET_REGISTRY,
  type SheetBuilder, type SheetDeclaration, type SheetEntry, type SheetKey, type SheetRegistry,
} from "./sheets/registry";
export type { ReviewContext } from "./sheets/context";
export { fmtIndex, indexStatus, roundIndex } from "./kit/rag";
export type * from "./assess/assessment";
export { riskReview } from "./sheets/risk-review";
export { partnershipReview } from "./sheets/partnership-review";
export { performanceReview } from "./sheets/performance-review";
export { integratedAssessment } from "./sheets/integrated-assessment";
export { dashboard } from "./sheets/dashboard";
export { historySheet } from "./sheets/history";
export {
  changesSince, historyItemsOf, historyRowOf, mergeHistory, reportingPeriod, reviewHistory,
  type Changes, type ReviewHistory,
} from "./assess/history";

export interface BuildReviewOptions {
  /** Keys of the sheets to build (all of the registry by default); built in registry order. */
  sheets?: readonly string[];
  reviewDate?: number;
  /** The sheet registry (default: the built-in one). */
  registry?: SheetRegistry;
  /** The risk simulation (default: in one go; build-review-sliced.ts passes a result computed in slices). */
  simulation?: GroupSimulation;
}

/** The entries of the sheets to build (`options.sheets`, all by default) in registry order, and their build context. */
export function sheetsToBuild(options: Pick<BuildReviewOptions, "sheets" | "registry">): { entries: SheetEntry[]; ctx: ReviewContext } {
  const registry = options.registry ?? SHEET_REGISTRY;
  const ctx: ReviewContext = { names: { ...SHEET_NAMES, ...Object.fromEntries(registry.map((e) => [e.key, e.name])) } };
  const wanted = options.sheets ?? registry.map((e) => e.key);
  return { entries: registry.filter((e) => wanted.includes(e.key)), ctx };
}

/**
 * The build context of a review: the sheet names plus the review history — the workbook's IMM_History (read as input
 * by readModel) with this review in place, and what changed since the previous review.
 */
export function withHistory(ctx: ReviewContext, model: ModelInputs, assessment: Assessment): ReviewContext {
  return { ...ctx, history: reviewHistory(model.history, assessment) };
}

/** Builds one registered sheet's plan, with its print set-up (kit/print.ts). */
export function buildSheet(entry: SheetEntry, a: Assessment, ctx: ReviewContext): SheetPlan {
  return withPrintSetup(wrapCutText(entry.build(a, ctx)), { project: a.project, reviewDate: a.reviewDate, paperSize: a.paperSize, onePage: entry.onePage });
}

/** Assesses the model and builds the plans of the requested review sheets (all by default, in registry order). */
export function buildReviewPlans(model: ModelInputs, options: BuildReviewOptions = {}): { plans: SheetPlan[]; assessment: Assessment } {
  const assessment = assess(model, { reviewDate: options.reviewDate, simulation: options.simulation });
  const { entries, ctx } = sheetsToBuild(options);
  const full = withHistory(ctx, model, assessment);
  const plans = entries.map((e) => buildSheet(e, assessment, full));
  assessment.problems.push(...guardFinite(plans));
  return { plans, assessment };
}

export interface ReviewSummary {
  /** Pillar indices (latest period); null = not assessed. */
  indices: Record<PillarKey, number | null>;
  integrated: number | null;
  statuses: Record<PillarKey | "integrated", Rag | null>;
  /** Problems found reading the tables plus rows the review left out. */
  problemCount: number;
  errorCount: number;
}

/** The headline figures of an assessment, for CLI output and task-pane summaries. */
export function summarize(a: Assessment): ReviewSummary {
  const p = Object.fromEntries(a.integrated.pillars.map((x) => [x.key, x])) as Record<PillarKey, Assessment["integrated"]["pillars"][number]>;
  return {
    indices: { partnership: p.partnership.index, risk: p.risk.index, performance: p.performance.index },
    integrated: a.integrated.index,
    statuses: { partnership: p.partnership.status, risk: p.risk.status, performance: p.performance.status, integrated: a.integrated.status },
    problemCount: a.problems.length,
    errorCount: a.problems.filter((x) => x.severity === "error").length,
  };
}
