/**
 * One worked example per IMM custom function, for the help page and docs/functions.md: the formula
 * as typed in Excel, the arguments as Excel passes them (ranges as 2-D arrays), and the result.
 * test/unit/function-examples.test.ts runs every example through the real functions.
 */

/** A cell value in an example result. */
export type ExampleCell = number | string;

/** One worked example of a custom function. */
export interface FunctionExample {
  /** The formula as typed in a cell. */
  formula: string;
  /** The arguments Excel passes (ranges and array constants as 2-D arrays, scalars as is). */
  args: unknown[];
  /** The result: one value, or the spilled column/grid. Numbers are compared to 2 decimals. */
  result: ExampleCell | ExampleCell[][];
  /** What the example shows, in a sentence. */
  note: string;
}

/** Worked examples, keyed by custom function id. */
export const EXAMPLES: Record<string, FunctionExample> = {
  RISKSCORE: {
    formula: '=IMM.RISKSCORE({4;3}, {5;"Major"})',
    args: [[[4], [3]], [[5], ["Major"]]],
    result: [[20], [12]],
    note: "Likelihood × consequence for each row; descriptor words such as Major (4) are accepted.",
  },
  RISKRATING: {
    formula: "=IMM.RISKRATING({3;8;12;20})",
    args: [[[3], [8], [12], [20]]],
    result: [["Low"], ["Medium"], ["High"], ["Extreme"]],
    note: "Default bands: Low ≤ 4, Medium ≤ 9, High ≤ 16, Extreme above.",
  },
  RESIDUALSCORE: {
    formula: '=IMM.RESIDUALSCORE(4, 5, "Substantial")',
    args: [[[4]], [[5]], [["Substantial"]]],
    result: [[10]],
    note: "4 × 5 × (1 − 0.5): substantial controls halve the inherent score.",
  },
  EXPOSURE: {
    formula: '=IMM.EXPOSURE({0.2;0.1}, {100000;50000}, {"Threat";"Opportunity"})',
    args: [[[0.2], [0.1]], [[100000], [50000]], [["Threat"], ["Opportunity"]]],
    result: -15000,
    note: "Expected value: −0.2 × 100,000 for the threat, +0.1 × 50,000 for the opportunity.",
  },
  EXPOSURESIM: {
    formula: "=IMM.EXPOSURESIM({0.3;0.5}, {10000;5000}, {20000;8000}, {50000;15000}, 0.9, 10000, 1)",
    args: [[[0.3], [0.5]], [[10000], [5000]], [[20000], [8000]], [[50000], [15000]], 0.9, 10000, 1],
    result: 31032.67,
    note: "P90 of the simulated total threat cost (PERT costs, 10,000 iterations, seed 1: the same inputs always give the same figure).",
  },
  RISKINDEX: {
    formula: '=IMM.RISKINDEX({4;2}, {5;3}, {"Threat";"Threat"})',
    args: [[[4], [2]], [[5], [3]], [["Threat"], ["Threat"]]],
    result: 48,
    note: "100 × (1 − mean threat score / 25) = 100 × (1 − 13 / 25).",
  },
  PARTNERSHIPINDEX: {
    formula: "=IMM.PARTNERSHIPINDEX({4;3;5})",
    args: [[[4], [3], [5]]],
    result: 75,
    note: "Three factor ratings on a 1–5 scale: 100 × (3 + 2 + 4) / (4 × 3).",
  },
  PERCEPTIONGAP: {
    formula: "=IMM.PERCEPTIONGAP({4;3;5}, {3;3;3})",
    args: [[[4], [3], [5]], [[3], [3], [3]]],
    result: 1,
    note: "Mean |public − private| rating: a gap of 1 or more flags a relationship at risk.",
  },
  KPISCORE: {
    formula: '=IMM.KPISCORE(95, 98, "Higher", 90)',
    args: [[[95]], [[98]], [["Higher"]], [[90]]],
    result: [[62.5]],
    note: "Linear between the failure threshold (90 → 0) and the target (98 → 100).",
  },
  PERFORMANCEINDEX: {
    formula: '=IMM.PERFORMANCEINDEX({95;4}, {98;2}, {"Higher";"Lower"}, {90;6})',
    args: [[[95], [4]], [[98], [2]], [["Higher"], ["Lower"]], [[90], [6]]],
    result: 56.25,
    note: "Mean of the KPI scores 62.5 (availability, higher is better) and 50 (response hours, lower is better).",
  },
  DEDUCTION: {
    formula: "=IMM.DEDUCTION(120, 3, 20, {100;200}, {1;1.2})",
    args: [[[120]], 3, 20, [[100], [200]], [[1], [1.2]]],
    result: [[312]],
    note: "Threshold 20 points; points 21–100 at £3 × 1.0, 101–120 at £3 × 1.2: 80 × 3 + 20 × 3.6 = £312.",
  },
  AVAILABILITYDEDUCTION: {
    formula: "=IMM.AVAILABILITYDEDUCTION(2, 30, 3)",
    args: [[[2]], [[30]], [[3]]],
    result: [[180]],
    note: "Area rate £2 × weighting 30 × 3 unavailable periods = £180.",
  },
  AREARATE: {
    formula: "=IMM.AREARATE(1200000, {30;20;50}, 12)",
    args: [[[1200000]], [[30], [20], [50]], 12],
    result: 1000,
    note: "Annual payment / (Σ area weightings × periods per year) = 1,200,000 / (100 × 12).",
  },
  INTEGRATEDINDEX: {
    formula: "=IMM.INTEGRATEDINDEX(75, 48, 56.25)",
    args: [[[75]], [[48]], [[56.25]]],
    result: [[59.75]],
    note: "Equal-weight mean of the partnership, risk and performance indices.",
  },
  STATUS: {
    formula: "=IMM.STATUS({85;70;40})",
    args: [[[85], [70], [40]]],
    result: [["Green"], ["Amber"], ["Red"]],
    note: "Green at 80 or above, Amber at 60 or above, else Red.",
  },
  TREND: {
    formula: "=IMM.TREND({60;64;70;73})",
    args: [[[60], [64], [70], [73]]],
    result: 4.5,
    note: "Least-squares slope: the index rises 4.5 points per period.",
  },
  TRENDLABEL: {
    formula: "=IMM.TRENDLABEL({60;64;70;73})",
    args: [[[60], [64], [70], [73]]],
    result: "Improving",
    note: "The slope is more than 1% of the mean, upwards, for a higher-is-better series.",
  },
};

/** Renders an example result as Excel shows it (a spill as {a;b;c}). */
export function formatResult(result: ExampleCell | ExampleCell[][]): string {
  const cell = (v: ExampleCell): string => (typeof v === "number" ? String(Math.round(v * 100) / 100) : `"${v}"`);
  if (!Array.isArray(result)) return typeof result === "string" ? result : cell(result);
  if (result.length === 1 && result[0].length === 1) return typeof result[0][0] === "string" ? result[0][0] : cell(result[0][0]);
  return `{${result.map((row) => row.map(cell).join(",")).join(";")}}`;
}
