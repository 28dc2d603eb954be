/**
 * The sample portfolio: five contracts of different sectors and states, generated from the hospital sample with
 * variations (contract details, partnership ratings shifted, KPI results and points scaled, control effectiveness
 * set), so that they show different RAG profiles: a hospital (the hospital sample itself), schools, an
 * availability-paid road, a water treatment plant and a second hospital near expiry (same sector as the first, so the
 * portfolio's "KPIs failing across contracts of one sector" theme has something to find).
 *
 * Each contract also has two earlier quarterly reviews (EARLIER_REVIEWS): its inputs as they stood then — the
 * partnership ratings and KPI results up to that quarter only, and the contract's state then (`past`: other rating
 * shifts, KPI results, control effectiveness) — so that its review history (written by the real review, see
 * portfolio-files.ts) shows a different trend per contract.
 */
import { excelSerial as d } from "./dates";
import { hospitalSample } from "./hospital";
import type { RawCell } from "../tables/types";
import type { SampleTable, SampleWorkbook } from "./types";

/** How a portfolio contract differs from the hospital sample. */
export interface ContractVariant {
  /** File name (without .xlsx) in assets/samples/portfolio/. */
  file: string;
  project: string;
  operator: string;
  sector: string;
  region: string;
  annualServicePayment: number;
  start: number;
  end: number;
  /** Added to every public and private partnership rating (kept within 1–5). */
  ratingShift: number;
  /** Actual results moved toward (> 1) or away from (< 1) their targets; percentages stay ≤ 100%. */
  kpiScale: number;
  /** Failure points multiplied by this (rounded). */
  pointsScale: number;
  /** Control effectiveness of every risk (residual likelihood and consequence cleared), or null to keep the register's. */
  effectiveness: number | null;
  /** The contract's state at the two earlier reviews (oldest first): what differed then from the variant above. */
  past: readonly [PastState, PastState];
}

/** What differed at an earlier review (rating shift, KPI scale, points scale, control effectiveness). */
export type PastState = Partial<Pick<ContractVariant, "ratingShift" | "kpiScale" | "pointsScale" | "effectiveness">>;

/** One earlier review: its date, reporting period, and the last quarter of data it had. */
export interface EarlierReview {
  reviewDate: number;
  period: string;
  /** Partnership ratings and KPI results of later periods did not exist yet ("2025-Q3" keeps 2025-Q1…Q3). */
  through: string;
}

/** The two earlier reviews of every sample contract, oldest first (the current review is the hospital sample's, 15 Apr 2026). */
export const EARLIER_REVIEWS: readonly [EarlierReview, EarlierReview] = [
  { reviewDate: d(2025, 10, 15), period: "2025-Q3", through: "2025-Q3" },
  { reviewDate: d(2026, 1, 15), period: "2025-Q4", through: "2025-Q4" },
];

export const PORTFOLIO_VARIANTS: readonly ContractVariant[] = [
  {
    file: "northgate-hospital", project: "Northgate Community Hospital PPP", operator: "Northgate Health Partners Ltd (SPV)",
    sector: "Health", region: "North West", annualServicePayment: 18_400_000, start: d(2010, 4, 1), end: d(2040, 3, 31),
    ratingShift: 0, kpiScale: 0.975, pointsScale: 1, effectiveness: null,
    past: [{ kpiScale: 1 }, { kpiScale: 0.99 }],
  },
  {
    file: "riverside-schools", project: "Riverside Schools PFI (12 schools)", operator: "Riverside Learning Partnership Ltd",
    sector: "Education", region: "Midlands", annualServicePayment: 9_750_000, start: d(2008, 9, 1), end: d(2034, 8, 31),
    ratingShift: 1, kpiScale: 1.03, pointsScale: 0, effectiveness: 0.75,
    past: [{ ratingShift: 0, kpiScale: 1, pointsScale: 1, effectiveness: 0.5 }, { ratingShift: 0, kpiScale: 1.02, effectiveness: 0.5 }],
  },
  {
    file: "a14-road", project: "A14 Availability Road DBFO", operator: "Eastway Roads Ltd",
    sector: "Roads", region: "East of England", annualServicePayment: 31_200_000, start: d(2012, 1, 1), end: d(2042, 12, 31),
    ratingShift: -1, kpiScale: 1, pointsScale: 1, effectiveness: 0,
    past: [{ ratingShift: 0, effectiveness: 0.25 }, { ratingShift: 0 }],
  },
  {
    file: "clearwater-water", project: "Clearwater Water Treatment PPP", operator: "Clearwater Utilities SPV Ltd",
    sector: "Water", region: "South West", annualServicePayment: 14_600_000, start: d(2005, 7, 1), end: d(2030, 6, 30),
    ratingShift: 0, kpiScale: 1.01, pointsScale: 0.5, effectiveness: 0.5,
    past: [{ kpiScale: 0.98, effectiveness: 0.25 }, { kpiScale: 1, effectiveness: 0.25 }],
  },
  {
    file: "eastfield-hospital", project: "Eastfield General Hospital PFI", operator: "Eastfield Healthcare Ltd",
    sector: "Health", region: "South East", annualServicePayment: 22_900_000, start: d(1999, 6, 1), end: d(2027, 5, 31),
    ratingShift: -1, kpiScale: 0.96, pointsScale: 2, effectiveness: 0,
    past: [{ ratingShift: 1, kpiScale: 1, pointsScale: 1, effectiveness: 0.5 }, { ratingShift: 0, kpiScale: 0.98, effectiveness: 0.25 }],
  },
];

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

function withRows(t: SampleTable, map: (row: RawCell[], col: (h: string) => number) => RawCell[]): SampleTable {
  const col = (h: string): number => t.headers.indexOf(h);
  return { ...t, rows: t.rows.map((r) => map([...r], col)) };
}

function contractTable(t: SampleTable, v: ContractVariant, at?: EarlierReview): SampleTable {
  const set: Record<string, RawCell> = { Project: v.project, Operator: v.operator, "Annual service payment": v.annualServicePayment };
  if (at) Object.assign(set, { "Review date": at.reviewDate, Period: at.period });
  const rows = t.rows.map((r) => (typeof r[0] === "string" && r[0] in set ? [r[0], set[r[0]]] : r));
  const extra: RawCell[][] = [["Sector", v.sector], ["Region", v.region], ["Contract start date", v.start], ["Contract end date", v.end]];
  const cellFormats = [...(t.cellFormats ?? []), { row: rows.length + 2, col: 1, format: "dd mmm yyyy" }, { row: rows.length + 3, col: 1, format: "dd mmm yyyy" }];
  return { ...t, rows: [...rows, ...extra], cellFormats };
}

function partnershipTable(t: SampleTable, v: ContractVariant): SampleTable {
  return withRows(t, (r, col) => {
    for (const h of ["Public rating", "Private rating"]) {
      const x = r[col(h)];
      if (typeof x === "number") r[col(h)] = clamp(x + v.ratingShift, 1, 5);
    }
    return r;
  });
}

function kpiTable(t: SampleTable, v: ContractVariant): SampleTable {
  return withRows(t, (r, col) => {
    const actual = r[col("Actual")];
    if (typeof actual === "number") {
      const higher = r[col("Direction")] === "Higher is better";
      const moved = higher ? actual * v.kpiScale : actual / v.kpiScale;
      r[col("Actual")] = Number((higher && actual <= 1 ? Math.min(1, moved) : moved).toFixed(4));
    }
    const points = r[col("Failure points")];
    if (typeof points === "number") r[col("Failure points")] = Math.round(points * v.pointsScale);
    return r;
  });
}

/** The hospital sample's annual service payment: impacts scale with the contract's size. */
const BASE_PAYMENT = 18_400_000;

function riskTable(t: SampleTable, v: ContractVariant): SampleTable {
  const e = v.effectiveness;
  const size = v.annualServicePayment / BASE_PAYMENT;
  return withRows(t, (r, col) => {
    for (const h of ["Impact min", "Impact most likely", "Impact max"]) {
      const x = r[col(h)];
      if (typeof x === "number") r[col(h)] = Math.round((x * size) / 1000) * 1000;
    }
    if (e === null) return r;
    r[col("Control effectiveness")] = e;
    r[col("Residual likelihood")] = null;
    r[col("Residual consequence")] = null;
    return r;
  });
}

/** Rows of periods after `through` left out (an earlier review did not have them yet); periods are "YYYY-Qn". */
function upTo(t: SampleTable, through: string): SampleTable {
  const p = t.headers.indexOf("Period");
  return { ...t, rows: t.rows.filter((r) => String(r[p]) <= through) };
}

type TableChange = (t: SampleTable, v: ContractVariant, at?: EarlierReview) => SampleTable;

const BY_TABLE: Record<string, TableChange> = {
  IMM_Contract: contractTable,
  IMM_Partnership: (t, v, at) => partnershipTable(at ? upTo(t, at.through) : t, v),
  IMM_KPIs: (t, v, at) => kpiTable(at ? upTo(t, at.through) : t, v),
  IMM_Risks: riskTable,
};

/**
 * One contract of the sample portfolio: the hospital sample with the variant's changes — as it stands now, or as it
 * stood at earlier review `earlier` (0 = oldest of EARLIER_REVIEWS): its data up to then, its state then (`past`).
 */
export function portfolioContract(variant: ContractVariant, earlier?: 0 | 1): SampleWorkbook {
  const base = hospitalSample();
  const at = earlier === undefined ? undefined : EARLIER_REVIEWS[earlier];
  const v: ContractVariant = earlier === undefined ? variant : { ...variant, ...variant.past[earlier] };
  return {
    name: v.project,
    sheets: base.sheets.map((s) => ({
      ...s,
      title: s.name === "Contract" ? `${v.project}: contract and settings` : s.title,
      text: s.name === "Notes" ? [`Sample contract of the IMM sample portfolio (${v.sector}, ${v.region}), generated from the hospital sample.`] : s.text,
      tables: s.tables.map((t) => (BY_TABLE[t.name] ? BY_TABLE[t.name](t, v, at) : t)),
    })),
  };
}

/** The five contracts of the sample portfolio, with their file names. */
export function portfolioSamples(): { file: string; sample: SampleWorkbook }[] {
  return PORTFOLIO_VARIANTS.map((v) => ({ file: `${v.file}.xlsx`, sample: portfolioContract(v) }));
}
