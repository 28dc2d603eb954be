/** Portfolio test fixtures: the sample portfolio's contracts reviewed as `imm review` does, and hand-made summaries. */
import { portfolioSamples } from "../../../samples/portfolio";
import { sampleToSnapshot } from "../../../samples/index";
import { readModel } from "../../../tables/index";
import type { ModelInputs } from "../../../tables/types";
import { buildReviewPlans } from "../../index";
import type { Assessment } from "../../assess/assessment";
import { summarizeContract, type ContractSummary } from "../summary";
import { NO_CURRENCY } from "../../kit/locale";

export interface Reviewed {
  file: string;
  model: ModelInputs;
  assessment: Assessment;
}

let cache: Reviewed[] | null = null;

/** The five sample contracts, each read and reviewed exactly as `imm review` reviews a workbook. */
export function reviewedSamples(): Reviewed[] {
  cache ??= portfolioSamples().map(({ file, sample }) => {
    const model = readModel(sampleToSnapshot(sample));
    return { file, model, assessment: buildReviewPlans(model).assessment };
  });
  return cache;
}

export const sampleSummaries = (): ContractSummary[] => reviewedSamples().map((r) => summarizeContract(r.file, r.model, r.assessment));

/** A summary with everything empty but what is given. */
export function summary(over: Partial<ContractSummary> & { contract: string }): ContractSummary {
  const none = { partnership: null, risk: null, performance: null, integrated: null };
  return {
    file: `${over.contract}.xlsx`, operator: null, sector: null, region: null, reviewDate: null, endDate: null, yearsToExpiry: null,
    indices: { ...none }, statuses: { ...none }, change: { ...none }, previous: null, expectedThreatCost: null, p90: null,
    deductions: null, deductionsPct: null, openHighRisks: 0, overdueActions: 0, problems: 0, errors: 0, sims: [],
    highCategories: [], weakFactors: [], failingKpis: [], money: NO_CURRENCY, simulationSeed: 1, simulationIterations: 1000, ...over,
  };
}
