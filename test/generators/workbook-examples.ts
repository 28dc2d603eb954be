/**
 * Hand-picked workbooks from issue 7 (§1 crashes, §3 silent drops), in the generator's data form, so the property
 * test always runs them first (fast-check `examples`) besides the random ones.
 */
import type { GenCell, GenTable, GenWorkbook } from "./workbook-arbitraries";

const SETTINGS: GenTable = {
  kind: "settings", sheet: "IMM Settings", tableName: "IMM_Settings", row: 0, col: 0, title: null, fields: ["key", "value"],
  headers: ["Setting", "Value"], rows: [["Simulation iterations", 100], ["Simulation seed", 1]],
};

function sheet(kind: GenTable["kind"], name: string, tableName: string | null, fields: string[], headers: string[], rows: GenCell[][]): GenTable {
  return { kind, sheet: name, tableName, row: 0, col: 0, title: null, fields, headers, rows };
}

const REQUIRED = ["id", "statement", "type", "likelihood", "consequence"];
const REQUIRED_HEADERS = ["ID", "Risk", "Type", "Likelihood", "Consequence"];

function register(extraFields: string[], extraHeaders: string[], rows: GenCell[][], tableName: string | null = "IMM_Risks", name = "Risks"): GenWorkbook {
  return { libreOffice: false, tables: [sheet("risks", name, tableName, [...REQUIRED, ...extraFields], [...REQUIRED_HEADERS, ...extraHeaders], rows), SETTINGS] };
}

/** Named workbooks of issue 7, each a case users hit. */
export const ISSUE7_WORKBOOKS: Readonly<Record<string, GenWorkbook>> = {
  "register with only ID / Risk / Type / Likelihood / Consequence": register([], [], [
    ["R-01", "Lift failure", "Threat", 4, 5], ["R-02", "Energy saving", "Opportunity", 3, 2],
  ]),
  "money cells all blank": register(["probability", "impact"], ["Probability", "Impact"], [
    ["R-01", "Lift failure", "Threat", 4, 5, null, null], ["R-02", "Cleaning dispute", "Threat", 2, 3, null, null],
  ]),
  "Probability column only": register(["probability"], ["Probability"], [["R-01", "Lift failure", "Threat", 4, 5, 0.3]]),
  "Min / Most likely / Max only": register(["impactMin", "impactMostLikely", "impactMax"], ["Min", "Most likely", "Max"], [
    ["R-01", "Lift failure", "Threat", 4, 5, 1000, 2000, 5000],
  ]),
  "all threats Closed": register(["status", "probability", "impact"], ["Status", "Probability", "Impact"], [
    ["R-01", "Lift failure", "Threat", 4, 5, "Closed", 0.3, 1000], ["R-02", "Cleaning dispute", "Threat", 2, 3, "Closed", 0.5, 200],
  ]),
  "opportunities only": register(["probability", "impact"], ["Probability", "Impact"], [
    ["R-01", "Energy saving", "Opportunity", 4, 3, 0.5, 4000],
  ]),
  "#DIV/0! in the only threat's impact": register(["probability", "impact"], ["Probability", "Impact"], [
    ["R-01", "Lift failure", "Threat", 4, 5, 0.3, { error: "#DIV/0!" }],
  ]),
  "LibreOffice tables (no tableStyleInfo)": { ...register(["probability", "impact"], ["Probability", "Impact"], [
    ["R-01", "Lift failure", "Threat", 4, 5, 0.3, 1000],
  ]), libreOffice: true },
  "blank row inside a plain range with data below": register(["probability", "impact"], ["Probability", "Impact"], [
    ["R-01", "Lift failure", "Threat", 4, 5, 0.3, 1000], [null, null, null, null, null, null, null],
    ["R-02", "Cleaning dispute", "Threat", 2, 3, 0.5, 200],
  ], null),
  "plain-range register without Type": {
    libreOffice: false,
    tables: [sheet("risks", "Risks", null, ["id", "statement", "likelihood", "consequence"], ["ID", "Risk", "Likelihood", "Consequence"], [
      ["R-01", "Lift failure", 4, 5],
    ]), SETTINGS],
  },
  "register on a user sheet named IMM Risk Review": register(["probability", "impact"], ["Probability", "Impact"], [
    ["R-01", "Lift failure", "Threat", 4, 5, 0.3, 1000],
  ], "IMM_Risks", "IMM Risk Review"),
  "1e308 impacts": register(["probability", "impact"], ["Probability", "Impact"], [
    ["R-01", "Lift failure", "Threat", 4, 5, 0.5, 1e308], ["R-02", "Flood", "Threat", 3, 5, 0.5, 1e308],
  ]),
  "a performance index of 79.96 shown as 80.0 (green from 80)": {
    libreOffice: false,
    tables: [sheet("kpis", "KPIs", "IMM_KPIs", ["kpi", "target", "actual", "direction", "threshold"], ["KPI", "Target", "Actual", "Direction", "Threshold"], [
      ["Helpdesk response", 100, 79.96, "Higher", 0],
    ])],
  },
  "all KPI weights 0": {
    libreOffice: false,
    tables: [sheet("kpis", "KPIs", "IMM_KPIs", ["kpi", "target", "actual", "weight"], ["KPI", "Target", "Actual", "Weight"], [
      ["Helpdesk response", 95, 97, 0], ["Meals on time", 98, 90, 0],
    ]), SETTINGS],
  },
};

/** A tidy workbook that breaks no property on today's code: the control that the properties can pass. */
export const TIDY_WORKBOOK: GenWorkbook = {
  libreOffice: false,
  tables: [
    sheet("risks", "Risks", "IMM_Risks", [...REQUIRED, "probability", "impact", "status"], [...REQUIRED_HEADERS, "Probability", "Impact", "Status"], [
      ["R-01", "Lift failure", "Threat", 4, 5, 0.3, 120000, "Open"], ["R-02", "Energy saving", "Opportunity", 3, 2, 0.5, 40000, "Open"],
      ["R-03", "Cleaning dispute", "Threat", 2, 3, 0.2, 50000, "Closed"],
    ]),
    { ...sheet("partnership", "Partnership", null, ["factor", "publicRating", "privateRating"], ["Factor", "Public rating", "Private rating"], [
      ["Trust", 4, 3], ["Clear and open communication", 3, 3],
    ]), row: 2, col: 1, title: "Partnership health check" },
    sheet("kpis", "KPIs", "IMM_KPIs", ["kpi", "target", "actual", "direction", "threshold"], ["KPI", "Target", "Actual", "Direction", "Threshold"], [
      ["Helpdesk response", 95, 97, "Higher", 90], ["Energy use", 250, 265, "Lower", 300],
    ]),
    SETTINGS,
  ],
};
