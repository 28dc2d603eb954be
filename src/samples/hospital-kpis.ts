/**
 * The IMM_KPIs table of the hospital sample: 15 KPIs × 4 quarters. Shortfalls carry performance points; three KPI
 * results breach their failure threshold (urgent reactive repairs in 2025-Q2; planned preventive maintenance and
 * urgent portering in 2025-Q3); exactly one deduction (helpdesk, 2025-Q2, during a Trust-instructed telephony
 * migration) is waived with a reason.
 */
import type { RawCell } from "../tables/types";
import { PERIODS } from "./hospital-partnership";
import type { SampleTable } from "./types";

interface Kpi {
  kpi: string;
  area: string;
  unit: "%" | "score (1–5)" | "minutes" | "count" | "kWh/m²";
  direction: "Higher is better" | "Lower is better";
  target: number;
  threshold: number;
  weight: number;
  actual: number[];
  /** Failure points per quarter; null = KPI not subject to performance points. */
  points: (number | null)[];
}

const KPIS: Kpi[] = [
  { kpi: "Cleaning audit score (very high risk areas)", area: "Cleaning", unit: "%", direction: "Higher is better", target: 0.98, threshold: 0.92, weight: 3, actual: [0.985, 0.981, 0.962, 0.975], points: [0, 0, 12, 6] },
  { kpi: "Cleaning audit score (significant risk areas)", area: "Cleaning", unit: "%", direction: "Higher is better", target: 0.95, threshold: 0.88, weight: 2, actual: [0.962, 0.955, 0.941, 0.951], points: [0, 0, 4, 0] },
  { kpi: "Patient meals delivered on time", area: "Catering", unit: "%", direction: "Higher is better", target: 0.97, threshold: 0.9, weight: 2, actual: [0.975, 0.968, 0.972, 0.979], points: [0, 3, 0, 0] },
  { kpi: "Patient satisfaction with food", area: "Catering", unit: "score (1–5)", direction: "Higher is better", target: 4, threshold: 3, weight: 1, actual: [4.1, 3.9, 3.8, 4.0], points: [0, 2, 2, 0] },
  { kpi: "Planned preventive maintenance completed", area: "Estates maintenance", unit: "%", direction: "Higher is better", target: 0.95, threshold: 0.85, weight: 3, actual: [0.962, 0.931, 0.842, 0.948], points: [0, 8, 24, 4] },
  { kpi: "Urgent reactive repairs rectified in time", area: "Estates maintenance", unit: "%", direction: "Higher is better", target: 0.95, threshold: 0.85, weight: 3, actual: [0.958, 0.838, 0.953, 0.961], points: [0, 22, 0, 0] },
  { kpi: "Helpdesk calls answered within 30 seconds", area: "Helpdesk", unit: "%", direction: "Higher is better", target: 0.95, threshold: 0.85, weight: 2, actual: [0.957, 0.872, 0.951, 0.955], points: [0, 18, 0, 0] },
  { kpi: "Average time to log a request", area: "Helpdesk", unit: "minutes", direction: "Lower is better", target: 2, threshold: 5, weight: 1, actual: [1.8, 2.6, 1.9, 1.7], points: [0, 3, 0, 0] },
  { kpi: "Urgent portering tasks within 15 minutes", area: "Portering", unit: "%", direction: "Higher is better", target: 0.95, threshold: 0.85, weight: 2, actual: [0.951, 0.938, 0.846, 0.921], points: [0, 4, 20, 9] },
  { kpi: "Patient transfers delayed over 30 minutes", area: "Portering", unit: "count", direction: "Lower is better", target: 5, threshold: 20, weight: 1, actual: [4, 6, 11, 8], points: [0, 2, 8, 4] },
  { kpi: "Energy use intensity (annualised)", area: "Energy", unit: "kWh/m²", direction: "Lower is better", target: 310, threshold: 350, weight: 1, actual: [318, 305, 322, 296], points: [null, null, null, null] },
  { kpi: "Security incidents attended within 5 minutes", area: "Security", unit: "%", direction: "Higher is better", target: 0.98, threshold: 0.9, weight: 2, actual: [0.985, 0.982, 0.968, 0.979], points: [0, 0, 6, 2] },
  { kpi: "Clinical waste correctly segregated", area: "Waste", unit: "%", direction: "Higher is better", target: 0.97, threshold: 0.9, weight: 1, actual: [0.962, 0.971, 0.975, 0.978], points: [3, 0, 0, 0] },
  { kpi: "Linen deliveries complete and on time", area: "Linen", unit: "%", direction: "Higher is better", target: 0.98, threshold: 0.92, weight: 1, actual: [0.99, 0.985, 0.976, 0.988], points: [0, 0, 2, 0] },
  { kpi: "Car park barrier and pay station availability", area: "Car parking", unit: "%", direction: "Higher is better", target: 0.99, threshold: 0.95, weight: 1, actual: [0.995, 0.993, 0.991, 0.972], points: [0, 0, 0, 5] },
];

const WAIVED_KPI = "Helpdesk calls answered within 30 seconds";
const WAIVED_PERIOD = "2025-Q2";
const WAIVER_REASON = "Relief event: Trust-instructed telephony migration 14–18 Aug 2025 (agreed at JLC, 9 Sep 2025)";

/** 0-based column indices of Target, Actual, Threshold in the IMM_KPIs headers. */
const VALUE_COLS = [4, 5, 6];

/** The IMM_KPIs table: 15 KPIs × 4 quarters = 60 rows, ordered by period then KPI; one waived failure. */
export function hospitalKpis(): SampleTable {
  const rows: RawCell[][] = [];
  const cellFormats: { row: number; col: number; format: string }[] = [];
  PERIODS.forEach((period, q) => {
    for (const k of KPIS) {
      const waived = k.kpi === WAIVED_KPI && period === WAIVED_PERIOD;
      if (k.unit === "%") for (const col of VALUE_COLS) cellFormats.push({ row: rows.length, col, format: "0.0%" });
      rows.push([
        k.kpi, k.area, k.unit, k.direction, k.target, k.actual[q], k.threshold, k.weight, period,
        k.points[q], waived ? "Y" : "N", waived ? WAIVER_REASON : null,
      ]);
    }
  });
  return {
    name: "IMM_KPIs",
    headers: [
      "KPI", "Service area", "Unit", "Direction", "Target", "Actual", "Threshold", "Weight", "Period",
      "Failure points", "Waived", "Waiver reason",
    ],
    rows,
    columnFormats: [undefined, undefined, undefined, undefined, "General", "General", "General", "0", undefined, "0", undefined, undefined],
    cellFormats,
    columnAlign: [undefined, undefined, undefined, undefined, undefined, undefined, undefined, "center", "center", "center", "center", undefined],
    columnWidths: [44, 20, 13, 17, 10, 10, 11, 9, 10, 14, 9, 70],
    columnLists: [
      undefined, undefined, undefined, ["Higher is better", "Lower is better"], undefined, undefined, undefined,
      undefined, undefined, undefined, ["Y", "N"], undefined,
    ],
  };
}
