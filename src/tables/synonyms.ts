/**
 * Header synonyms of the IMM input tables (IMM-SPEC §1): for each logical table, its fields, whether the column
 * is required, and the header texts accepted for it (compared after `normalizeHeader`).
 */
import type { TableSource } from "./types";

/** A logical IMM table. */
export type TableId = TableSource["table"];

/** The tables with rows (as opposed to the key/value tables Contract and Settings). */
export type RowTableId = "IMM_Risks" | "IMM_Partnership" | "IMM_KPIs" | "IMM_Actions";

/** The key/value tables. */
export type KvTableId = "IMM_Contract" | "IMM_Settings";

export interface ColumnSpec {
  /** Field name in the row type (RiskRow, KpiRow, …). */
  field: string;
  /** The canonical header, as used in messages and templates. */
  label: string;
  required: boolean;
  /** Accepted headers (the label is always accepted too). */
  synonyms: readonly string[];
}

const col = (field: string, label: string, required: boolean, ...synonyms: string[]): ColumnSpec =>
  ({ field, label, required, synonyms });

/** IMM_Risks columns (required: ID, Risk, Type, Likelihood, Consequence). */
export const RISK_COLUMNS: readonly ColumnSpec[] = [
  col("id", "ID", true, "Risk ID", "Ref", "Reference", "Risk ref", "No", "Number", "Risk no", "Risk number", "Key", "Code"),
  col("statement", "Risk", true, "Risk statement", "Description", "Risk description", "Statement", "Title",
    "Risk title", "Risk name", "Event", "Risk event"),
  col("type", "Type", true, "Risk type", "Threat/Opportunity", "Threat or opportunity", "Nature", "T/O"),
  col("likelihood", "Likelihood", true, "Probability rating", "L", "Likelihood rating", "Inherent likelihood",
    "Likelihood score", "Inherent L"),
  col("consequence", "Consequence", true, "Impact rating", "Severity", "C", "Consequence rating",
    "Inherent consequence", "Consequence score", "Inherent C", "Severity rating"),
  col("discipline", "Discipline", false, "Pillar", "IMM discipline", "Management discipline"),
  col("category", "Category", false, "Risk category", "Class", "Risk class"),
  col("allocation", "Allocation", false, "Allocated to", "Risk allocation", "Party", "Borne by", "Allocated"),
  col("owner", "Owner", false, "Risk owner", "Responsible", "Accountable", "Responsibility"),
  col("effectiveness", "Control effectiveness", false, "Controls", "Effectiveness", "Control rating",
    "Controls effectiveness", "Control"),
  col("residualLikelihood", "Residual likelihood", false, "Residual L", "Residual probability rating",
    "Res likelihood", "Res L", "RL", "Residual likelihood rating"),
  col("residualConsequence", "Residual consequence", false, "Residual C", "Residual impact rating",
    "Residual severity", "Res consequence", "Res C", "RC", "Residual consequence rating"),
  col("probability", "Probability", false, "Probability (%)", "Chance", "Probability of occurrence", "P", "Prob",
    "Probability %", "Likelihood %"),
  col("impact", "Impact", false, "Impact ($)", "Cost", "Cost impact", "Financial impact", "Impact value",
    "Impact amount", "Cost ($)"),
  col("impactMin", "Min", false, "Minimum", "Impact min", "Min impact", "Minimum impact", "Best case", "Optimistic"),
  col("impactMostLikely", "Most likely", false, "ML", "Mode", "Impact most likely", "Most likely impact",
    "Impact ML", "Likely impact"),
  col("impactMax", "Max", false, "Maximum", "Impact max", "Max impact", "Maximum impact", "Worst case", "Pessimistic"),
  col("trigger", "Trigger", false, "Triggers", "Early warning", "Warning sign", "Risk trigger"),
  col("exposurePeriod", "Exposure period", false, "Period", "Timeframe", "Time frame", "Exposure", "When"),
  col("treatment", "Treatment", false, "Mitigation", "Treatment plan", "Response", "Risk treatment",
    "Mitigation plan", "Treatment action"),
  col("due", "Due", false, "Due date", "Target date", "Date due", "Deadline", "Treatment due"),
  col("status", "Status", false, "Risk status", "State"),
];

/** IMM_Partnership columns (required: Factor, Public rating). */
export const PARTNERSHIP_COLUMNS: readonly ColumnSpec[] = [
  col("factor", "Factor", true, "Partnership factor", "Issue", "Partnership issue", "Criterion", "Criteria"),
  col("publicRating", "Public rating", true, "Public", "Authority rating", "Government rating", "Public sector",
    "Public sector rating", "Client rating", "State rating", "Authority", "Government", "Public score"),
  col("dimension", "Dimension", false, "Area", "Theme", "Category", "Group"),
  col("weight", "Weight", false, "Weighting", "W", "Wt"),
  col("privateRating", "Private rating", false, "Private", "Operator rating", "SPV rating", "Private sector",
    "Private sector rating", "Operator", "SPV", "Contractor rating", "Project co rating", "Private score"),
  col("period", "Period", false, "Quarter", "Date", "Review period", "As at"),
  col("evidence", "Evidence", false, "Evidence base", "Source", "Basis"),
  col("comment", "Comment", false, "Comments", "Notes", "Note", "Remarks"),
];

/** IMM_KPIs columns (required: KPI, Target, Actual). */
export const KPI_COLUMNS: readonly ColumnSpec[] = [
  col("kpi", "KPI", true, "Indicator", "Measure", "KPI name", "Performance indicator", "Metric", "KPI description"),
  col("target", "Target", true, "Standard", "Target value", "Benchmark", "Requirement", "Required", "Goal"),
  col("actual", "Actual", true, "Result", "Measured", "Actual value", "Outcome", "Achieved", "Actual result"),
  col("serviceArea", "Service area", false, "Service", "Area", "Service line", "Service stream"),
  col("unit", "Unit", false, "Units", "UoM", "Unit of measure"),
  col("direction", "Direction", false, "Better", "Polarity", "Higher or lower", "Higher/lower is better",
    "Good is", "Better is", "Direction of good"),
  col("threshold", "Threshold", false, "Failure level", "Floor", "Minimum acceptable", "Failure threshold",
    "Min acceptable", "Fail level"),
  col("weight", "Weight", false, "Weighting", "W", "Wt"),
  col("period", "Period", false, "Quarter", "Month", "Date", "Reporting period", "As at"),
  col("failurePoints", "Failure points", false, "Points", "Performance points", "Service failure points",
    "Penalty points", "Deduction points"),
  col("waived", "Waived", false, "Waiver", "Waived?", "Waived (Y/N)", "Deduction waived"),
  col("waiverReason", "Waiver reason", false, "Reason", "Waiver justification", "Reason for waiver", "Waiver note"),
];

/** IMM_Actions columns (required: Action, Owner, Due). */
export const ACTION_COLUMNS: readonly ColumnSpec[] = [
  col("action", "Action", true, "Actions", "Action description", "Task", "Description", "Treatment action"),
  col("owner", "Owner", true, "Responsible", "Action owner", "Assigned to", "Who", "Responsibility"),
  col("due", "Due", true, "Due date", "Target date", "When", "Deadline", "By", "Date due"),
  col("linkedItem", "Linked item", false, "Link", "Linked to", "Related item", "Risk ID", "Item", "Reference",
    "Ref", "Related to", "Linked"),
  col("status", "Status", false, "State", "Progress"),
  col("priority", "Priority", false, "Rank", "Urgency"),
];

/** Columns of the row tables. */
export const TABLE_COLUMNS: Readonly<Record<RowTableId, readonly ColumnSpec[]>> = {
  IMM_Risks: RISK_COLUMNS,
  IMM_Partnership: PARTNERSHIP_COLUMNS,
  IMM_KPIs: KPI_COLUMNS,
  IMM_Actions: ACTION_COLUMNS,
};

/** Key | Value headers of the key/value tables. */
export const KV_COLUMNS: readonly ColumnSpec[] = [
  col("key", "Key", true, "Item", "Setting", "Settings", "Name", "Parameter", "Field", "Property", "Label", "Term"),
  col("value", "Value", true, "Setting value", "Amount", "Details", "Detail", "Entry"),
];

/** Contract keys (IMM-SPEC §1): field, label, required, synonyms. */
export const CONTRACT_KEYS: readonly ColumnSpec[] = [
  col("project", "Project", true, "Project name", "Contract", "Contract name", "Scheme"),
  col("annualServicePayment", "Annual service payment", true, "ASP", "Annual unitary charge", "Unitary charge",
    "Annual unitary payment", "Unitary payment", "Annual payment", "Service payment", "Annual service fee"),
  col("operator", "Operator", false, "SPV", "Contractor", "Project co", "ProjectCo", "Private party", "Concessionaire"),
  col("period", "Period", false, "Reporting period", "Review period", "Quarter"),
  col("reviewDate", "Review date", false, "Date", "As at", "As of", "Report date"),
  col("pointValue", "Performance point value", false, "Point value", "Value per point", "Points value",
    "Deduction per point", "£ per point", "$ per point"),
  col("pointThreshold", "Point threshold", false, "Points threshold", "Performance point threshold",
    "Threshold", "Points allowance"),
  col("deductionCapPct", "Deduction cap %", false, "Deduction cap", "Cap", "Cap %", "Deduction cap (%)",
    "Maximum deduction", "Max deduction %"),
  // Portfolio fields (issue 12): optional; a portfolio review groups and sorts contracts by them.
  col("sector", "Sector", false, "Industry", "Asset type", "Service sector"),
  col("region", "Region", false, "Location", "Area", "Geography"),
  col("startDate", "Contract start date", false, "Start date", "Commencement date", "Service commencement date",
    "Contract start"),
  col("endDate", "Contract end date", false, "End date", "Expiry", "Expiry date", "Contract expiry", "Contract end"),
  // The dashboard's Commentary box: text the director or contract manager owns, copied by every review (issue 11 §3).
  col("commentary", "Commentary", false, "Director's commentary", "Dashboard commentary"),
];

/**
 * Accepted Excel table names per logical table (after `normalizeName`). Names of the tables on generated review
 * sheets (IMM_RiskRegister, IMM_KpiResults, IMM_PartnershipFactors, IMM_ActionPlan, …) are deliberately absent.
 */
export const TABLE_NAMES: Readonly<Record<TableId, readonly string[]>> = {
  IMM_Risks: ["risks", "risk"],
  IMM_Partnership: ["partnership", "partnerships"],
  IMM_KPIs: ["kpis", "kpi", "performance"],
  IMM_Contract: ["contract", "contractinfo", "contractdetails"],
  IMM_Actions: ["actions", "action"],
  IMM_Settings: ["settings", "setting"],
};

