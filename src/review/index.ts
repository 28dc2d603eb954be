/**
 * The review generator: model inputs → Assessment → sheet plans for the five review sheets (IMM-SPEC §4),
 * plus input-table templates and a one-line-per-pillar summary for the CLI and task pane.
 */
import type { ModelInputs } from "../tables/types";
import { assess } from "./assess";
import type { GroupSimulation } from "./assess-risk";
import type { Assessment, PillarKey, Rag } from "./assessment";
import { SHEET_NAMES, type ReviewContext } from "./context";
import { dashboard } from "./dashboard";
import { guardFinite } from "./finite-guard";
import { integratedAssessment } from "./integrated-assessment";
import { partnershipReview } from "./partnership-review";
import { performanceReview } from "./performance-review";
import type { SheetKey, SheetPlan } from "./plan";
import { riskReview } from "./risk-review";

export { assess, type AssessOptions } from "./assess";
export { buildTemplatePlans, TEMPLATE_SHEETS, ALL_TEMPLATES, DEFAULT_FACTORS, DEFAULT_RISK_CATEGORIES } from "./templates";
export { SHEET_NAMES, type ReviewContext } from "./context";
export { fmtIndex, indexStatus, roundIndex } from "./rag";
export type * from "./assessment";
export { riskReview, partnershipReview, performanceReview, integratedAssessment, dashboard };

/** The review sheets in writing order, with their names and a one-line description. */
export const REVIEW_SHEETS: readonly { key: SheetKey; name: string; description: string }[] = [
  { key: "risk", name: SHEET_NAMES.risk, description: "Register with inherent and residual scores, heat maps, top threats, opportunities and exposure (expected, P50/P90)." },
  { key: "partnership", name: SHEET_NAMES.partnership, description: "Factor ratings public vs private, perception gaps, index by period, weakest factors and change." },
  { key: "performance", name: SHEET_NAMES.performance, description: "KPI attainment and failures, points, deductions (calculated, waived, applied), index and trend by period." },
  { key: "integrated", name: SHEET_NAMES.integrated, description: "Pillar indices, integrated index and RAG, risks linked to partnership and performance, VfM, action plan." },
  { key: "dashboard", name: SHEET_NAMES.dashboard, description: "One screen for directors: status tiles, residual heat map, pillar and KPI charts, top risks, overdue actions." },
];

/** The builder of each review sheet (build-review-sliced.ts runs them one at a time, yielding between them). */
export const BUILDERS: Readonly<Record<SheetKey, (a: Assessment, ctx: ReviewContext) => SheetPlan>> = {
  risk: riskReview, partnership: partnershipReview, performance: performanceReview, integrated: integratedAssessment, dashboard,
};

/** Assesses the model and builds the plans of the requested review sheets (all five by default, in REVIEW_SHEETS order). */
export function buildReviewPlans(
  model: ModelInputs, options: { sheets?: SheetKey[]; reviewDate?: number; simulation?: GroupSimulation } = {},
): { plans: SheetPlan[]; assessment: Assessment } {
  const assessment = assess(model, { reviewDate: options.reviewDate, simulation: options.simulation });
  const ctx: ReviewContext = { names: SHEET_NAMES };
  const wanted = options.sheets ?? REVIEW_SHEETS.map((s) => s.key);
  const plans = REVIEW_SHEETS.filter((s) => wanted.includes(s.key)).map((s) => BUILDERS[s.key](assessment, ctx));
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
