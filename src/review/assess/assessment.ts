/**
 * The Assessment: every number the review sheets show, computed once by `assess` through the engine, with the
 * input rows kept alongside so each sheet can explain its cells. Plain data.
 */
import type { ImmSettings } from "../../imm/defaults";
import type { RiskType } from "../../imm/scales";
import type {
  ActionRow, Allocation, ContractInfo, Discipline, KpiRow, PartnershipRow, Problem, RiskRow, RiskStatus, TableSource,
} from "../../tables/types";
import type { Money } from "../kit/locale";
import type { PaperSize } from "../kit/plan";

export type Rating = "Low" | "Medium" | "High" | "Extreme";
export type Rag = "Green" | "Amber" | "Red";
export type PillarKey = "partnership" | "risk" | "performance";

/** One risk scored: inherent and residual score/rating, heat-map cells and expected value. */
export interface RiskResult {
  row: RiskRow;
  id: string;
  type: RiskType;
  status: RiskStatus;
  inherentScore: number;
  inherentRating: Rating;
  /** Control effectiveness used (0 when not given). */
  effectiveness: number;
  residualScore: number;
  residualRating: Rating;
  /** "lc": residual likelihood × residual consequence given; "effectiveness": L × C × (1 − e). */
  residualBasis: "lc" | "effectiveness";
  /** Residual likelihood and consequence used for the score (basis "lc"), or the inherent L and C. */
  residualL: number;
  residualC: number;
  /** Heat-map cells (whole numbers on the scales). */
  inherentCell: { l: number; c: number };
  residualCell: { l: number; c: number };
  /** Impact used for the expected value: Impact, else Most likely; null when none. */
  impactUsed: number | null;
  /** Signed expected value p × impact (threats negative); null without probability or impact. */
  expectedValue: number | null;
}

/** A 5×5 (scale × scale) count grid: counts[l − 1][c − 1] and the ids in each cell. */
export interface HeatMap {
  likelihoodMax: number;
  consequenceMax: number;
  counts: number[][];
  ids: string[][][];
}

/**
 * Exposure of a group of open risks (a category, an allocation, or all). A figure is null — shown as "Not quantified" —
 * when it cannot be computed: none of the risks it sums has both a probability and an impact, or the result is too
 * large to compute (see assess-risk for the rule and RiskAssessment.exposureNotes for the reason in words).
 */
export interface ExposureGroup {
  key: string;
  threats: number;
  opportunities: number;
  /** Σ p × impact of threats, as a positive cost; null when not quantified. */
  threatCost: number | null;
  /** Σ p × impact of opportunities (positive); null when not quantified. */
  opportunityValue: number | null;
  /** EXPOSURE with signs: opportunityValue − threatCost; null when either side is not quantified. */
  net: number | null;
  /** Simulated total threat cost percentiles; null when no threat has probability and impact (or too large to compute). */
  p50: number | null;
  p90: number | null;
  /** Ids of the threats in the simulation. */
  simulatedIds: string[];
  /** True when a figure with valued inputs came out beyond ±1.8e308 (shown "Not quantified", with a located warning). */
  tooLarge: boolean;
}

export interface RiskAssessment {
  risks: RiskResult[];
  /** Open threats only (see assess-risk). */
  inherentHeat: HeatMap;
  residualHeat: HeatMap;
  /** Open threats, highest residual score first (ties: inherent score, then id). */
  topThreats: RiskResult[];
  /** expectedValue: Σ of open opportunities' expected values, null when not quantified; realisedValue null when too large to compute. */
  opportunities: { items: RiskResult[]; count: number; openCount: number; expectedValue: number | null; realisedCount: number; realisedValue: number | null };
  byCategory: ExposureGroup[];
  byAllocation: ExposureGroup[];
  overall: ExposureGroup;
  /** Why the overall threat / opportunity exposure is not quantified, in plain words (null when it is quantified). */
  exposureNotes: { threats: string | null; opportunities: string | null };
  /** Risk index over open threats' residual scores; null when the register is missing or empty. */
  index: number | null;
  openThreatCount: number;
  maxScore: number;
}

export interface FactorPeriod {
  period: string;
  publicRating: number | null;
  privateRating: number | null;
  mean: number | null;
  /** |public − private| when both are rated. */
  gap: number | null;
  gapAlert: boolean;
  weight: number;
  row: PartnershipRow;
}

export interface FactorResult {
  factor: string;
  dimension?: string;
  periods: (FactorPeriod | null)[];
  latest: FactorPeriod | null;
  /** Latest mean − previous period mean (null when either is missing). */
  change: number | null;
  /** 0–100 health of the latest mean: 100 × (mean − 1) / (scaleMax − 1). */
  score: number | null;
}

export interface PartnershipAssessment {
  periods: string[];
  factors: FactorResult[];
  /** Per period: partnership index (mean of public and private per factor) and perception gap. */
  byPeriod: { period: string; index: number | null; gap: number | null; rated: number }[];
  index: number | null;
  previousIndex: number | null;
  change: number | null;
  gapAlerts: FactorResult[];
  /** Lowest latest mean first (up to three). */
  weakest: FactorResult[];
  scaleMax: number;
}

export interface KpiResult {
  row: KpiRow;
  period: string;
  score: number | null;
  /** Actual ÷ target (higher) or target ÷ actual (lower); null when not measurable. */
  attainment: number | null;
  met: boolean | null;
  failed: boolean | null;
  points: number;
  /** Share of the period's calculated deduction, by points (0 when no deduction). */
  deductionShare: number;
}

export interface PeriodPerformance {
  period: string;
  index: number | null;
  scored: number;
  failures: number;
  failureRate: number | null;
  /** KPIs short of target (including failures). */
  missed: number;
  missRate: number | null;
  points: number;
  waivedPoints: number;
  /** DEDUCTION on all points, on non-waived points, and the difference (no cap: the cap is annual, see totals). Null without a point value. */
  calculated: number | null;
  applied: number | null;
  waived: number | null;
}

export interface PerformanceAssessment {
  periods: string[];
  kpis: KpiResult[];
  byPeriod: PeriodPerformance[];
  latest: PeriodPerformance | null;
  index: number | null;
  indexTrend: string | null;
  failureRateSlope: number | null;
  failureRateTrend: string | null;
  /**
   * Over all periods (the review year): calculated and waived are per-period sums; appliedBeforeCap is Σ per-period
   * applied; applied = min(appliedBeforeCap, annual cap); capRemoved = appliedBeforeCap − applied (0 under the cap).
   */
  totals: {
    points: number; calculated: number | null; waived: number | null; appliedBeforeCap: number | null; capRemoved: number | null;
    applied: number | null; pctOfPayment: number | null;
  };
  waivedItems: KpiResult[];
  /** Latest-period KPIs that failed (at or beyond threshold, or below target without one), worst first. */
  failing: KpiResult[];
  pointValue: number | null;
  pointThreshold: number;
  /** Annual deduction cap = Deduction cap % × annual service payment; null when either is missing. */
  cap: number | null;
  annualPayment: number | null;
}

export interface PillarResult {
  key: PillarKey;
  name: string;
  index: number | null;
  status: Rag | null;
  weight: number;
}

export interface LinkResult {
  risk: RiskResult;
  discipline: Discipline;
  /** Matched factor or KPI, or null. */
  item: string | null;
  itemKind: "factor" | "kpi" | null;
  /** The matched item's current state, e.g. "mean 2.5, gap 1.5" or "score 40". */
  itemState: string;
  matchedBy: string;
}

export interface VfmIndicator {
  indicator: string;
  pillar: "Partnership" | "Risk" | "Performance";
  value: number | string | null;
  format?: string;
  comment: string;
  /** How the value was computed (formula with numbers) and its inputs; absent when not assessed. */
  formula?: string;
  inputs?: string[];
}

export interface PlanAction {
  source: "existing" | "suggested";
  action: string;
  owner: string;
  due: number | null;
  linkedItem: string;
  linkKind: "risk" | "kpi" | "factor" | "other";
  status: string;
  priorityScore: number;
  priority: "High" | "Medium" | "Low";
  overdue: boolean;
  reason: string;
  row?: ActionRow;
}

export interface IntegratedAssessment {
  pillars: PillarResult[];
  index: number | null;
  status: Rag | null;
  links: LinkResult[];
  vfm: VfmIndicator[];
  actions: PlanAction[];
  overdue: PlanAction[];
}

export interface Assessment {
  project: string;
  /** How amounts are shown (the user's currency, kit/locale.ts) and the paper the sheets print on. */
  money: Money;
  paperSize: PaperSize;
  workbook: string;
  reviewDate: number | null;
  settings: ImmSettings;
  contract: ContractInfo | null;
  sources: TableSource[];
  /** Input tables found but not read (a required column missing): their pillar says so rather than "not found". */
  unread: TableSource[];
  problems: Problem[];
  risk: RiskAssessment | null;
  partnership: PartnershipAssessment | null;
  performance: PerformanceAssessment | null;
  integrated: IntegratedAssessment;
}

export type { Allocation };
