/**
 * The sample workbook: "Northgate Community Hospital PPP", an availability-based UK hospital PPP in FY2025/26,
 * operated by Northgate Health Partners Ltd (the SPV) with Meridian Facilities Services Ltd as FM subcontractor.
 */
import { excelSerial as d } from "./dates";
import { hospitalKpis } from "./hospital-kpis";
import { hospitalPartnership } from "./hospital-partnership";
import { hospitalRisks } from "./hospital-risks";
import type { SampleTable, SampleWorkbook } from "./types";

/** Review date of the sample: 15 Apr 2026 (Excel serial). */
export const HOSPITAL_REVIEW_DATE = d(2026, 4, 15);

function contract(): SampleTable {
  return {
    name: "IMM_Contract",
    headers: ["Item", "Value"],
    rows: [
      ["Project", "Northgate Community Hospital PPP"],
      ["Operator", "Northgate Health Partners Ltd (SPV)"],
      ["Annual service payment", 18_400_000],
      ["Period", "FY2025/26"],
      ["Review date", HOSPITAL_REVIEW_DATE],
      ["Performance point value", 150],
      ["Point threshold", 20],
      ["Deduction cap %", 0.1],
    ],
    cellFormats: [
      { row: 2, col: 1, format: "£#,##0" },
      { row: 4, col: 1, format: "dd mmm yyyy" },
      { row: 5, col: 1, format: "£#,##0" },
      { row: 7, col: 1, format: "0%" },
    ],
    columnWidths: [28, 40],
  };
}

function settings(): SampleTable {
  return {
    name: "IMM_Settings",
    headers: ["Setting", "Value"],
    rows: [
      ["Rating bands", "4,9,16"],
      ["Pillar weights", "1,1,1"],
      ["Amber threshold", 60],
      ["Green threshold", 80],
      ["Simulation iterations", 10000],
      ["Simulation seed", 1],
    ],
    columnWidths: [28, 40],
  };
}

function actions(): SampleTable {
  const rows: [string, string, number, string, string, string][] = [
    ["Agree a communication protocol and a monthly joint operational meeting", "Trust Contract Manager", d(2026, 2, 28), "Clear and open communication", "In progress", "High"],
    ["Rectification plan for the PPM backlog after the CAFM migration", "Meridian FM Contract Manager", d(2026, 1, 31), "R-39", "Open", "High"],
    ["Independent lifecycle survey of the air-handling units", "Trust Director of Estates", d(2026, 3, 31), "R-03", "Open", "High"],
    ["Fire door remediation programme, phase 2", "SPV General Manager", d(2026, 6, 30), "R-31", "In progress", "High"],
    ["Peak-hour portering resourcing review", "Meridian FM Contract Manager", d(2026, 3, 15), "Urgent portering tasks within 15 minutes", "Open", "Medium"],
    ["Invest-to-save business case for BMS optimisation, phase 2", "SPV General Manager", d(2026, 5, 31), "R-05", "Open", "Medium"],
    ["Energy procurement strategy for FY2026/27", "SPV Finance Director", d(2026, 3, 31), "R-26", "Complete", "Medium"],
    ["Handover plan for the new SPV General Manager", "Joint Liaison Committee", d(2025, 12, 31), "Relationship continuity", "Complete", "High"],
    ["Contract management training for the Trust estates team", "Trust Director of Estates", d(2026, 4, 30), "Employee capability and expertise", "Open", "Low"],
  ];
  return {
    name: "IMM_Actions",
    headers: ["Action", "Owner", "Due", "Linked item", "Status", "Priority"],
    rows,
    columnFormats: [undefined, undefined, "dd mmm yyyy", undefined, undefined, undefined],
    columnWidths: [66, 30, 13, 42, 13, 10],
    columnLists: [undefined, undefined, undefined, undefined, ["Open", "In progress", "Complete"], ["High", "Medium", "Low"]],
  };
}

const NOTES = [
  "Prepared by the Trust contract management team for the FY2025/26 annual contract review.",
  "Sources: monthly performance reports from Northgate Health Partners Ltd, quarterly partnering surveys, JLC minutes.",
  "Performance points are those agreed at the monthly performance meetings; the 2025-Q2 helpdesk failure was waived as a relief event.",
  "Risk register reviewed at the Risk and Audit Committee on 2 Apr 2026.",
  "This sheet is the user's own and must survive review generation unchanged.",
];

/** The Northgate Community Hospital PPP sample workbook as plain data (sheets Contract, Risks, Partnership, KPIs, Actions, Notes). */
export function hospitalSample(): SampleWorkbook {
  return {
    name: "Northgate Community Hospital PPP",
    sheets: [
      { name: "Contract", title: "Northgate Community Hospital PPP: contract and settings", tables: [contract(), settings()] },
      { name: "Risks", title: "Risk register (threats and opportunities)", tables: [hospitalRisks()] },
      { name: "Partnership", title: "Partnership factors: Trust (public) and SPV (private) ratings by quarter", tables: [hospitalPartnership()] },
      { name: "KPIs", title: "Key performance indicators by quarter, FY2025/26", tables: [hospitalKpis()] },
      { name: "Actions", title: "Treatment actions", tables: [actions()] },
      { name: "Notes", title: "Notes", tables: [], text: NOTES },
    ],
  };
}
