/**
 * One contract's portfolio summary: the figures of its single review (the same Assessment `imm review` computes, so a
 * portfolio row always equals the contract's own review), plus what the portfolio needs from it for the joint
 * simulation and the common themes. Plain, structured-cloneable data: a worker thread computes it and posts it back.
 */
import type { SimRisk } from "../../imm";
import type { ModelInputs } from "../../tables/types";
import type { Money } from "../kit/locale";
import { simRiskOf } from "../assess/assess-risk";
import type { Assessment, PillarKey, Rag } from "../assess/assessment";
import { summarize } from "../index";
import { previousIndices, type PreviousIndices } from "./previous";

/** The four indices shown per contract. */
export type IndexKey = PillarKey | "integrated";
export const INDEX_KEYS: readonly IndexKey[] = ["partnership", "risk", "performance", "integrated"];

/** Days in a year for "years to expiry" (Julian year: leap days averaged in). */
export const DAYS_PER_YEAR = 365.25;

export interface ContractSummary {
  /** The workbook's file (path as given, or file name in the browser): the row's link. */
  file: string;
  contract: string;
  operator: string | null;
  sector: string | null;
  region: string | null;
  reviewDate: number | null;
  endDate: number | null;
  /** (Contract end date − review date) ÷ 365.25; negative once expired; null without either date. */
  yearsToExpiry: number | null;
  indices: Record<IndexKey, number | null>;
  statuses: Record<IndexKey, Rag | null>;
  /** Current − previous index per index (null without a previous review or either index). */
  change: Record<IndexKey, number | null>;
  previous: PreviousIndices | null;
  /** Expected threat cost Σ p × impact of open threats (additive across contracts), null when not quantified. */
  expectedThreatCost: number | null;
  /** The contract's own simulated P90 threat cost (its review's figure), null when not quantified. */
  p90: number | null;
  /** Deductions applied over the review year's periods (after the annual cap), and as a share of the annual service payment. */
  deductions: number | null;
  deductionsPct: number | null;
  /** Open threats whose residual rating is High or Extreme. */
  openHighRisks: number;
  overdueActions: number;
  /** Problems the review lists (errors, warnings, notes), and the errors among them. */
  problems: number;
  errors: number;
  /** Open threats with probability and impact: this contract's part of the portfolio's joint simulation. */
  sims: SimRisk[];
  /** Categories of open threats rated High or Extreme (as typed; themes compare them case-insensitively). */
  highCategories: string[];
  /** Partnership factors whose latest health score is below this contract's Amber threshold (weak). */
  weakFactors: string[];
  /** KPIs that failed in the latest period. */
  failingKpis: string[];
  /** The contract's currency, as its own review shows amounts (portfolio/currency.ts). */
  money: Money;
  /** The contract's simulation settings (the portfolio uses them when all contracts agree). */
  simulationSeed: number;
  simulationIterations: number;
}

const HIGH = new Set(["High", "Extreme"]);

/** years to expiry = (end − review date) ÷ 365.25 (null without either date). */
export function yearsToExpiry(reviewDate: number | null, endDate: number | null): number | null {
  return reviewDate === null || endDate === null ? null : (endDate - reviewDate) / DAYS_PER_YEAR;
}

/** The portfolio summary of one contract from its model and its review's assessment (see ContractSummary). */
export function summarizeContract(file: string, model: ModelInputs, a: Assessment): ContractSummary {
  const s = summarize(a);
  const indices: Record<IndexKey, number | null> = { ...s.indices, integrated: s.integrated };
  const previous = previousIndices(model, a.reviewDate);
  const change = Object.fromEntries(INDEX_KEYS.map((k) => {
    const now = indices[k];
    const before = previous?.[k] ?? null;
    return [k, now === null || before === null ? null : now - before];
  })) as Record<IndexKey, number | null>;
  const openThreats = (a.risk?.risks ?? []).filter((r) => r.type === "threat" && r.status === "open");
  const high = openThreats.filter((r) => HIGH.has(r.residualRating));
  const endDate = a.contract?.endDate ?? null;
  const amber = a.settings.amberThreshold;
  return {
    file,
    contract: a.project,
    operator: a.contract?.operator ?? null,
    sector: a.contract?.sector ?? null,
    region: a.contract?.region ?? null,
    reviewDate: a.reviewDate,
    endDate,
    yearsToExpiry: yearsToExpiry(a.reviewDate, endDate),
    indices,
    statuses: s.statuses,
    change,
    previous,
    expectedThreatCost: a.risk?.overall.threatCost ?? null,
    p90: a.risk?.overall.p90 ?? null,
    deductions: a.performance?.totals.applied ?? null,
    deductionsPct: a.performance?.totals.pctOfPayment ?? null,
    openHighRisks: high.length,
    overdueActions: a.integrated.overdue.length,
    problems: s.problemCount,
    errors: s.errorCount,
    sims: openThreats.map(simRiskOf).filter((x): x is SimRisk => x !== null),
    highCategories: [...new Set(high.map((r) => r.row.category?.trim()).filter((c): c is string => !!c))],
    weakFactors: (a.partnership?.factors ?? []).filter((f) => f.score !== null && f.score < amber).map((f) => f.factor),
    failingKpis: [...new Set((a.performance?.failing ?? []).map((k) => k.row.kpi))],
    money: a.money,
    simulationSeed: a.settings.simulationSeed,
    simulationIterations: a.settings.simulationIterations,
  };
}
