/**
 * Input-table templates for "Start a model" (IMM-SPEC §3.1): one sheet per table with an Excel table named exactly
 * IMM_Risks, IMM_Partnership, …, every required and optional column of §1, number formats, widths, data-validation
 * lists and (optionally) example rows. Ratings validate as a list of 1–5 and the descriptor words, so both work.
 *
 * Layer: beside tables/ (the templates are the tables' columns laid out for a user) but after review, because a
 * template is a SheetPlan built with the review kit (plan types, styles) — which the tables layer may not import.
 */
import { DEFAULT_SETTINGS, SETTINGS_KEYS } from "../imm/defaults";
import { CONSEQUENCE_WORDS, LIKELIHOOD_WORDS } from "../imm/scales";
import { ACTION_COLUMNS, CONTRACT_KEYS, KPI_COLUMNS, PARTNERSHIP_COLUMNS, RISK_COLUMNS, type ColumnSpec } from "../tables/synonyms";
import { emptyPlan, type PlanValue, type SheetPlan, type ValidationPlan } from "../review/kit/plan";
import { COLORS, FMT } from "../review/kit/styles";

/** The input tables a template can be inserted for (each the Excel table name of its sheet). */
export type TemplateKey = "IMM_Risks" | "IMM_Partnership" | "IMM_KPIs" | "IMM_Contract" | "IMM_Actions" | "IMM_Settings";

export const TEMPLATE_SHEETS: Readonly<Record<TemplateKey, string>> = Object.freeze({
  IMM_Risks: "IMM Risks",
  IMM_Partnership: "IMM Partnership",
  IMM_KPIs: "IMM KPIs",
  IMM_Contract: "IMM Contract",
  IMM_Actions: "IMM Actions",
  IMM_Settings: "IMM Settings",
});

export const ALL_TEMPLATES: readonly TemplateKey[] = ["IMM_Risks", "IMM_Partnership", "IMM_KPIs", "IMM_Contract", "IMM_Actions", "IMM_Settings"];

/** The thesis's partnership issues (IMM-SPEC §1). */
export const DEFAULT_FACTORS = ["Organisational culture", "Management commitment and support", "Employee capability and expertise",
  "Clear and open communication", "Relationship continuity", "Conflict management"];

/** Default risk categories for templates (IMM-SPEC §1); the first is an opportunity. */
export const DEFAULT_RISK_CATEGORIES = ["Operational innovation", "Contract variation", "Change of consortium members",
  "Contract termination", "End-of-concession hand-over", "Skills transfer", "Reputation damage", "Service delivery",
  "Financial", "Asset condition"];

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const LIKELIHOOD_LIST = ["1", "2", "3", "4", "5", ...Object.keys(LIKELIHOOD_WORDS).map(cap)];
const CONSEQUENCE_LIST = ["1", "2", "3", "4", "5", ...Object.keys(CONSEQUENCE_WORDS).map(cap)];
/** Rows below the examples that carry the validation, so new rows get dropdowns too. */
const SPARE_ROWS = 200;
const TABLE_ROW = 2;

type Rule = ValidationPlan["rule"];
/** An example row by field name (ColumnSpec.field). */
type Example = Record<string, PlanValue>;
interface ColumnDef { format?: string; width?: number; rule?: Rule; error?: string }

const list = (values: string[]): Rule => ({ kind: "list", values });

const RISK_DEFS: Record<string, ColumnDef> = {
  id: { width: 8 }, statement: { width: 48 },
  type: { rule: list(["Threat", "Opportunity"]), error: "Type must be Threat or Opportunity" },
  likelihood: { rule: list(LIKELIHOOD_LIST), error: "Likelihood must be 1–5 or Rare/Unlikely/Possible/Likely/Almost certain" },
  consequence: { rule: list(CONSEQUENCE_LIST), error: "Consequence must be 1–5 or Insignificant/Minor/Moderate/Major/Severe" },
  discipline: { rule: list(["Partnership", "Risk", "Performance"]), error: "Discipline must be Partnership, Risk or Performance" },
  category: { width: 26 },
  allocation: { rule: list(["Public", "Private", "Shared"]), error: "Allocation must be Public, Private or Shared" },
  owner: { width: 22 },
  effectiveness: { format: FMT.pct, width: 14 },
  residualLikelihood: { rule: list(LIKELIHOOD_LIST), error: "Residual likelihood must be 1–5 or a likelihood word" },
  residualConsequence: { rule: list(CONSEQUENCE_LIST), error: "Residual consequence must be 1–5 or a consequence word" },
  probability: { format: FMT.pct, rule: { kind: "decimal", min: 0, max: 1 }, error: "Probability must be 0–100%" },
  impact: { format: FMT.amount, width: 13 }, impactMin: { format: FMT.amount, width: 13 },
  impactMostLikely: { format: FMT.amount, width: 13 }, impactMax: { format: FMT.amount, width: 13 },
  trigger: { width: 30 }, treatment: { width: 36 }, due: { format: FMT.date, width: 13 },
  status: { rule: list(["Open", "Closed", "Realised"]), error: "Status must be Open, Closed or Realised" },
};

const PARTNERSHIP_DEFS: Record<string, ColumnDef> = {
  factor: { width: 36 }, dimension: { width: 18 },
  publicRating: { rule: { kind: "whole", min: 1, max: 5 }, error: "Public rating must be a whole number 1–5" },
  privateRating: { rule: { kind: "whole", min: 1, max: 5 }, error: "Private rating must be a whole number 1–5" },
  weight: { rule: { kind: "decimal", min: 0, max: 100 }, error: "Weight must be a number 0–100" },
  evidence: { width: 36 }, comment: { width: 36 },
};

const KPI_DEFS: Record<string, ColumnDef> = {
  kpi: { width: 40 }, serviceArea: { width: 18 },
  direction: { rule: list(["Higher", "Lower"]), error: "Direction must be Higher or Lower (is better)" },
  weight: { rule: { kind: "decimal", min: 0, max: 100 }, error: "Weight must be a number 0–100" },
  failurePoints: { rule: { kind: "decimal", min: 0, max: 1_000_000 }, error: "Failure points must be a number ≥ 0" },
  waived: { rule: list(["Y", "N"]), error: "Waived must be Y or N" },
  waiverReason: { width: 36 },
};

const ACTION_DEFS: Record<string, ColumnDef> = {
  action: { width: 48 }, owner: { width: 24 }, due: { format: FMT.date, width: 13 }, linkedItem: { width: 30 },
  status: { rule: list(["Open", "In progress", "Done", "Closed"]), error: "Status must be Open, In progress, Done or Closed" },
  priority: { rule: list(["High", "Medium", "Low"]), error: "Priority must be High, Medium or Low" },
};

function riskExamples(): Example[] {
  // statement, type, likelihood, consequence, discipline, category index, allocation, effectiveness, probability, impact
  const rows: [string, string, PlanValue, PlanValue, string, number, string, number, number, number][] = [
    ["Service innovation proposed by the operator reduces running costs", "Opportunity", "Possible", "Moderate", "Performance", 0, "Shared", 0.25, 0.3, 200000],
    ["Variations requested by the authority are priced above market rates", "Threat", "Likely", 3, "Partnership", 1, "Public", 0.25, 0.5, 150000],
    ["Sale of an equity stake changes the consortium's priorities", "Threat", 2, "Major", "Partnership", 2, "Shared", 0.5, 0.1, 500000],
    ["Persistent service failure leads to a termination event", "Threat", "Rare", "Severe", "Performance", 3, "Shared", 0.5, 0.02, 5000000],
    ["Assets handed back at expiry below the required condition", "Threat", 3, 4, "Risk", 4, "Private", 0.25, 0.3, 800000],
    ["Authority loses the skills to manage the contract", "Threat", "Possible", "Moderate", "Partnership", 5, "Public", 0, 0.4, 100000],
    ["Media coverage of a service failure damages public confidence", "Threat", 2, 4, "Partnership", 6, "Public", 0.25, 0.2, 250000],
    ["Helpdesk response times fall below the contract standard", "Threat", "Likely", "Minor", "Performance", 7, "Private", 0.5, 0.6, 60000],
    ["Lender covenant breach restricts the operator's funding", "Threat", 2, 5, "Risk", 8, "Private", 0.5, 0.05, 2000000],
    ["Building services plant reaches end of life early", "Threat", 3, 3, "Risk", 9, "Private", 0.25, 0.35, 300000],
  ];
  return rows.map(([statement, type, likelihood, consequence, discipline, cat, allocation, effectiveness, probability, impact], i) => ({
    id: `R-${String(i + 1).padStart(2, "0")}`, statement, type, likelihood, consequence, discipline,
    category: DEFAULT_RISK_CATEGORIES[cat], allocation, owner: "Contract manager", effectiveness, probability, impact,
    impactMin: Math.round(impact * 0.5), impactMostLikely: impact, impactMax: impact * 2, status: "Open",
  }));
}

function partnershipExamples(): Example[] {
  const ratings: [number, number][] = [[3, 4], [4, 4], [3, 3], [2, 4], [4, 3], [3, 3]];
  return DEFAULT_FACTORS.map((factor, i) => ({ factor, publicRating: ratings[i][0], weight: 1, privateRating: ratings[i][1], period: "Q1" }));
}

function kpiExamples(): Example[] {
  const fields = ["kpi", "target", "actual", "serviceArea", "unit", "direction", "threshold", "weight", "period", "failurePoints", "waived", "waiverReason"];
  return [
    ["Helpdesk calls answered within 30 seconds", 0.95, 0.92, "Helpdesk", "%", "Higher", 0.85, 1, "Q1", 6, "N", null],
    ["Urgent repairs rectified within 4 hours", 0.98, 0.99, "Estates", "%", "Higher", 0.9, 2, "Q1", 0, "N", null],
    ["Cleaning audit failures", 2, 5, "Cleaning", "count", "Lower", 8, 1, "Q1", 12, "Y", "Relief event agreed by the authority"],
  ].map((r) => Object.fromEntries(fields.map((f, j) => [f, r[j] ?? null])));
}

function actionExamples(): Example[] {
  return [
    { action: "Agree a joint communication protocol", owner: "Contract manager", linkedItem: DEFAULT_FACTORS[3], status: "Open", priority: "High" },
    { action: "Review variation pricing with the operator", owner: "Commercial lead", linkedItem: "R-02", status: "Open", priority: "Medium" },
  ];
}

function header(plan: SheetPlan, titleText: string, help: string): void {
  plan.blocks.push({ row: 0, col: 0, values: [[titleText]], style: { bold: true, fontSize: 16, fontColor: COLORS.title } });
  plan.blocks.push({ row: 1, col: 0, values: [[help]], style: { italic: true, fontColor: COLORS.muted } });
}

function rowTemplate(key: TemplateKey, titleText: string, help: string, columns: readonly ColumnSpec[],
  defs: Record<string, ColumnDef>, examples: Example[] | null): SheetPlan {
  const plan = emptyPlan(key, TEMPLATE_SHEETS[key]);
  plan.tabColor = "#548235";
  header(plan, titleText, help);
  const headers = columns.map((c) => c.label);
  const rows: PlanValue[][] = examples && examples.length > 0
    ? examples.map((e) => columns.map((c) => e[c.field] ?? null)) : [headers.map(() => null as PlanValue)];
  plan.blocks.push({ row: TABLE_ROW, col: 0, values: [headers], style: { bold: true } });
  plan.blocks.push({ row: TABLE_ROW + 1, col: 0, values: rows,
    columnFormats: columns.map((c) => defs[c.field]?.format) });
  plan.tables.push({ name: key, range: { row: TABLE_ROW, col: 0, rows: rows.length + 1, cols: headers.length }, style: "TableStyleMedium2" });
  columns.forEach((c, j) => {
    const d = defs[c.field] ?? {};
    plan.columnWidths.push({ col: j, width: d.width ?? Math.max(10, Math.min(c.label.length + 4, 24)) });
    if (d.rule) {
      plan.validations.push({ range: { row: TABLE_ROW + 1, col: j, rows: rows.length + SPARE_ROWS, cols: 1 }, rule: d.rule, error: d.error ?? `${c.label}: not allowed` });
    }
  });
  plan.freeze = { rows: TABLE_ROW + 1, cols: 0 };
  return plan;
}

function kvTemplate(key: "IMM_Contract" | "IMM_Settings", titleText: string, help: string,
  rows: [string, PlanValue, string | undefined][]): SheetPlan {
  const plan = emptyPlan(key, TEMPLATE_SHEETS[key]);
  plan.tabColor = "#548235";
  header(plan, titleText, help);
  plan.blocks.push({ row: TABLE_ROW, col: 0, values: [["Key", "Value"]], style: { bold: true } });
  plan.blocks.push({ row: TABLE_ROW + 1, col: 0, values: rows.map(([k, v]) => [k, v]) });
  rows.forEach(([, v, fmt], i) => {
    if (fmt) plan.blocks.push({ row: TABLE_ROW + 1 + i, col: 1, values: [[v]], numberFormat: fmt });
  });
  plan.tables.push({ name: key, range: { row: TABLE_ROW, col: 0, rows: rows.length + 1, cols: 2 }, style: "TableStyleMedium2" });
  plan.columnWidths.push({ col: 0, width: 30 }, { col: 1, width: 44 });
  return plan;
}

function contractTemplate(withExamples: boolean): SheetPlan {
  const ex: Record<string, [PlanValue, string | undefined]> = {
    project: ["Example Hospital PPP", undefined], annualServicePayment: [12_000_000, FMT.amount],
    operator: ["Example Health Partners Ltd", undefined], period: ["FY2025/26", undefined],
    reviewDate: [46112, FMT.date], pointValue: [150, FMT.amount], pointThreshold: [20, "0"], deductionCapPct: [0.1, FMT.pct],
    sector: ["Health", undefined], region: ["North", undefined], startDate: [40087, FMT.date], endDate: [51043, FMT.date],
    commentary: ["Write the dashboard commentary here: each review copies it to the IMM Dashboard and never overwrites it.", undefined],
  };
  // Dates keep their date format on a blank template too (a typed 31/03/2039 then shows as a date).
  const rows = CONTRACT_KEYS.map((k) => [k.label, withExamples ? ex[k.field]?.[0] ?? null : null,
    ex[k.field]?.[1]] as [string, PlanValue, string | undefined]);
  return kvTemplate("IMM_Contract", "IMM Contract", "Key contract terms: Project and Annual service payment are required; point value, threshold and cap drive performance deductions; sector, region and contract start and end dates serve the portfolio review.", rows);
}

function settingsTemplate(): SheetPlan {
  const d = DEFAULT_SETTINGS;
  const words = Object.entries(d.effectivenessWords).map(([w, v]) => `${cap(w)} ${v}`).join(", ");
  const values: Record<keyof typeof SETTINGS_KEYS, PlanValue> = {
    likelihoodScale: d.likelihoodScale, consequenceScale: d.consequenceScale, ratingBands: d.ratingBands.join(","),
    pillarWeights: d.pillarWeights.join(","), amberThreshold: d.amberThreshold, greenThreshold: d.greenThreshold,
    effectivenessWords: words, simulationIterations: d.simulationIterations, simulationSeed: d.simulationSeed, gapAlert: d.gapAlert,
    currency: null, paperSize: null,
  };
  const rows = (Object.keys(SETTINGS_KEYS) as (keyof typeof SETTINGS_KEYS)[]).map((k) => [SETTINGS_KEYS[k], values[k], undefined] as [string, PlanValue, undefined]);
  return kvTemplate("IMM_Settings", "IMM Settings", "Model settings (IMM-SPEC §5). Missing keys take these defaults.", rows);
}

/** Template sheet plans for the given input tables, blank or with example rows. */
export function buildTemplatePlans(tables: readonly TemplateKey[] = ALL_TEMPLATES, withExamples = true): SheetPlan[] {
  return tables.map((key) => {
    switch (key) {
      case "IMM_Risks":
        return rowTemplate(key, "IMM Risks", "Risk register: threats and opportunities. Ratings 1–5 or words (Rare … Almost certain; Insignificant … Severe).",
          RISK_COLUMNS, RISK_DEFS, withExamples ? riskExamples() : null);
      case "IMM_Partnership":
        return rowTemplate(key, "IMM Partnership", "Partnership factors rated 1–5 by the public and the private party, each period.",
          PARTNERSHIP_COLUMNS, PARTNERSHIP_DEFS, withExamples ? partnershipExamples() : null);
      case "IMM_KPIs":
        return rowTemplate(key, "IMM KPIs", "KPI results per period: target, actual, failure threshold, failure points and waivers.",
          KPI_COLUMNS, KPI_DEFS, withExamples ? kpiExamples() : null);
      case "IMM_Actions":
        return rowTemplate(key, "IMM Actions", "Treatment and improvement actions, linked to a risk ID, KPI or partnership factor.",
          ACTION_COLUMNS, ACTION_DEFS, withExamples ? actionExamples() : null);
      case "IMM_Contract":
        return contractTemplate(withExamples);
      case "IMM_Settings":
        return settingsTemplate();
    }
  });
}
