/**
 * What hosts hand to the table reader (snapshots) and what the reader hands to the review generator
 * (typed model inputs plus located problems). Plain data only.
 */
import type { ImmSettings } from "../imm/defaults";
import type { Direction, RiskType } from "../imm/scales";

/**
 * A formula cell saved without its calculated value (files written by scripts or tools other than Excel, which
 * store the formula but no cached result). Only the .xlsx host can meet one: Excel always hands over values.
 */
export interface UncalculatedFormula {
  readonly kind: "uncalculated";
  /** The formula text, without "=". */
  readonly formula: string;
}

/**
 * A cell as hosts deliver it. Dates arrive as Excel serial numbers (hosts convert); errors as strings like "#N/A";
 * a formula with no calculated value as an UncalculatedFormula (never as blank).
 */
export type RawCell = PlainCell | UncalculatedFormula;

/** A cell value as a host displays it (no UncalculatedFormula): what ExcelJS-to-value helpers return. */
export type PlainCell = string | number | boolean | null;

/** An Excel table (ListObject) as found in the workbook. `row`/`col` are 0-based of the header row's first cell. */
export interface TableSnapshot {
  /** Excel table name, e.g. "IMM_Risks". */
  name: string;
  sheet: string;
  row: number;
  col: number;
  headers: string[];
  /** Data rows (no header, no totals row). */
  rows: RawCell[][];
}

/** A sheet's used values from A1 (rows/cols beyond the used range omitted), for header matching. */
export interface SheetSnapshot {
  name: string;
  /** values[r][c] is the cell at 0-based row r, column c (i.e. A1 is [0][0]). */
  values: RawCell[][];
}

export interface WorkbookSnapshot {
  tables: TableSnapshot[];
  sheets: SheetSnapshot[];
  /** Where the snapshot came from (file name or "Excel workbook"), for the source stamp. */
  source?: string;
  /**
   * Number format of the IMM_Contract Annual service payment value cell, when it has one other than General
   * (hosts read it after the snapshot: tables/payment-cell.ts). The review's currency comes from it.
   */
  paymentFormat?: string;
  /** The Office display language (e.g. "en-AU"), in Excel only: the currency and paper size fall back to it. */
  locale?: string;
}

export type Severity = "error" | "warning" | "info";

/** A located problem: `Risks!E7: likelihood "abc" is not 1–5 or a likelihood word`. */
export interface Problem {
  severity: Severity;
  /** Logical table: "IMM_Risks", "IMM_KPIs", … */
  table: string;
  /** Sheet holding the cell ("" when the problem is about a missing table). */
  sheet: string;
  /** A1 address of the cell, or of the column's cells for a column problem (`E5:E8`); "" when about the whole table. */
  address: string;
  /**
   * For a problem about a whole column of a table (e.g. every weight 0): the column's header label ("Weight").
   * The message then starts `IMM_Partnership column "Weight" (Partnership!E5:E8): `.
   */
  column?: string;
  /** Full message, starting with `Sheet!A1: ` when located at a cell. */
  message: string;
}

/** Where a row came from: sheet and 0-based row index, and the A1 address of each mapped field's cell. */
export interface RowSource {
  sheet: string;
  /** 1-based Excel row number. */
  row: number;
  /** field name → A1 address, e.g. { likelihood: "E7" } */
  cells: Record<string, string>;
}

export type Discipline = "partnership" | "risk" | "performance";
export type Allocation = "public" | "private" | "shared";
export type RiskStatus = "open" | "closed" | "realised";

export interface RiskRow {
  id: string;
  statement: string;
  type: RiskType;
  likelihood: number;
  consequence: number;
  discipline?: Discipline;
  category?: string;
  allocation?: Allocation;
  owner?: string;
  /** Control effectiveness 0–1. */
  effectiveness?: number;
  residualLikelihood?: number;
  residualConsequence?: number;
  /** Probability of occurrence 0–1. */
  probability?: number;
  /** Single-point impact ($, positive number). */
  impact?: number;
  impactMin?: number;
  impactMostLikely?: number;
  impactMax?: number;
  trigger?: string;
  exposurePeriod?: string;
  treatment?: string;
  /** Excel serial date. */
  due?: number;
  status: RiskStatus;
  source: RowSource;
}

export interface PartnershipRow {
  factor: string;
  dimension?: string;
  weight: number;
  publicRating: number | null;
  privateRating: number | null;
  period?: string;
  evidence?: string;
  comment?: string;
  source: RowSource;
}

export interface KpiRow {
  kpi: string;
  serviceArea?: string;
  unit?: string;
  direction: Direction;
  target: number;
  actual: number | null;
  threshold?: number;
  weight: number;
  period?: string;
  failurePoints?: number;
  waived: boolean;
  waiverReason?: string;
  source: RowSource;
}

export interface ContractInfo {
  project: string;
  annualServicePayment: number;
  operator?: string;
  period?: string;
  /** Excel serial date. */
  reviewDate?: number;
  pointValue?: number;
  pointThreshold?: number;
  /** Deduction cap as a fraction of the annual service payment (0.1 = 10%). */
  deductionCapPct?: number;
  /** Sector (e.g. "Health", "Education", "Roads", "Water"), for the portfolio's grouping and themes. */
  sector?: string;
  /** Region, for the portfolio sheet. */
  region?: string;
  /** Contract start date (Excel serial date). */
  startDate?: number;
  /** Contract end date, i.e. expiry (Excel serial date); gives the portfolio's years to expiry. */
  endDate?: number;
  /** The dashboard commentary (the user's text; a review copies it, never writes it). */
  commentary?: string;
  /** Cell of each key's value, for located messages. */
  source: Record<string, { sheet: string; address: string }>;
}

export interface ActionRow {
  action: string;
  owner: string;
  /** Excel serial date. */
  due?: number;
  linkedItem?: string;
  status?: string;
  priority?: string;
  source: RowSource;
}

/** Which logical table was read from where (for the source stamp and "not assessed" reporting). */
export interface TableSource {
  table: "IMM_Risks" | "IMM_Partnership" | "IMM_KPIs" | "IMM_Contract" | "IMM_Actions" | "IMM_Settings";
  sheet: string;
  /** Excel table name, or null when found by header match. */
  name: string | null;
  /** A1 range of the table including headers. */
  range: string;
}

/** Everything the review generator needs. A null table was not found (that pillar is "not assessed"). */
export interface ModelInputs {
  risks: RiskRow[] | null;
  partnership: PartnershipRow[] | null;
  kpis: KpiRow[] | null;
  contract: ContractInfo | null;
  actions: ActionRow[] | null;
  settings: ImmSettings;
  problems: Problem[];
  sources: TableSource[];
  /** Tables found (by name, or by most of their headers) but not read, e.g. a required column missing; their errors are in problems. */
  unread?: TableSource[];
  /** File name or "Excel workbook". */
  workbook: string;
  /** The review history read from IMM_History / IMM_HistoryItems (absent or empty: no earlier review recorded). */
  history?: ReviewHistoryInput;
  /** From the snapshot: the Annual service payment cell's number format and the Office display language. */
  paymentFormat?: string;
  locale?: string;
}

/** An RAG status word as recorded in the history. */
export type HistoryStatus = "Green" | "Amber" | "Red";

/** One recorded review (a row of IMM_History). Figures not assessed at the time are null. */
export interface HistoryRow {
  /** Excel serial date; one row per review date. */
  reviewDate: number;
  period: string | null;
  partnership: number | null;
  partnershipStatus: HistoryStatus | null;
  risk: number | null;
  riskStatus: HistoryStatus | null;
  performance: number | null;
  performanceStatus: HistoryStatus | null;
  integrated: number | null;
  integratedStatus: HistoryStatus | null;
  p50: number | null;
  p90: number | null;
  deductionsPeriod: number | null;
  deductionsYtd: number | null;
  openThreats: number | null;
  highRisks: number | null;
  overdueActions: number | null;
}

/** One item of a recorded review's snapshot (a row of IMM_HistoryItems). */
export interface HistoryItem {
  reviewDate: number;
  kind: "risk" | "kpi" | "factor";
  /** Risk ID, KPI name or factor name. */
  item: string;
  /** Risk: residual score; KPI: latest score. */
  score: number | null;
  /** Risk: residual rating. */
  rating: string | null;
  /** Risk: Open, Closed or Realised. */
  status: string | null;
  /** KPI: target met in its latest period. */
  met: boolean | null;
  /** Factor: mean rating and perception gap of its latest period. */
  mean: number | null;
  gap: number | null;
}

/** The history tables as read: rows in date order, items of every recorded review. */
export interface ReviewHistoryInput {
  rows: HistoryRow[];
  items: HistoryItem[];
}

