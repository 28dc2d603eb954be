/** A messy, real-looking workbook snapshot for the table reader tests. */
import type { RawCell, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from "../types";

/** Writes a block of cells into sheet values at 0-based (row, col). */
export function paint(values: RawCell[][], row: number, col: number, block: RawCell[][]): void {
  block.forEach((cells, i) => {
    const r = (values[row + i] ??= []);
    cells.forEach((v, j) => {
      while (r.length < col + j) r.push(null);
      r[col + j] = v;
    });
  });
  for (let i = 0; i < values.length; i++) values[i] ??= [];
}

/** An Excel table, painted onto its sheet's values too (as hosts deliver both). */
export function table(sheet: SheetSnapshot, name: string, row: number, col: number,
  headers: string[], rows: RawCell[][]): TableSnapshot {
  paint(sheet.values, row, col, [headers, ...rows]);
  return { name, sheet: sheet.name, row, col, headers, rows };
}

/** The messy workbook: see the comments for what each part exercises. */
export function messyWorkbook(): WorkbookSnapshot {
  const risks: SheetSnapshot = { name: "Risks", values: [["Northside Hospital — risk register"], []] };
  const partnership: SheetSnapshot = { name: "Partnership", values: [["Partnership health check — Q1 2026"]] };
  const performance: SheetSnapshot = { name: "Performance", values: [] };
  const contract: SheetSnapshot = { name: "Contract", values: [] };
  const settings: SheetSnapshot = { name: "IMM Settings", values: [] };

  // Settings: Excel table with "Setting | Value | Notes" headers; a bad list, an unknown key, extra words.
  const settingsTable = table(settings, "IMM_Settings", 0, 0, ["Setting", "Value", "Notes"], [
    ["Likelihood scale", 5, "keep at 5"],
    ["Rating bands", "4,9,x", null],
    ["pillar weights", "1, 2, 1", null],
    ["Control effectiveness words", "None 0, Partial 0.25, Substantial 0.5, Full 0.75, Strong 90%", null],
    ["Colour", "blue", null],
    ["AMBER THRESHOLD", "55", null],
  ]);

  // Contract: no Excel table, no headers: a title, then a key/value block from A3.
  paint(contract.values, 0, 0, [
    ["Contract details"],
    [],
    ["Project", "Northside Hospital PPP"],
    ["Annual service payment", "$48,000,000"],
    ["Deduction cap %", 10],
    ["Review date", "31 Mar 2026"],
    ["Performance point value", "£3"],
    ["Point threshold", "twenty"],
    [],
    ["Prepared by", "Contract management unit"],
  ]);

  // Risks: Excel table IMM_Risks with synonym headers, an extra column, words, percentages, a blank row, stray text.
  const riskTable = table(risks, "IMM_Risks", 2, 0, [
    "Ref", "Risk description", "Threat/Opportunity", "Category", "Probability rating", "Impact rating",
    "Controls", "Allocation", "Probability (%)", "Impact ($)", "Owner notes (internal)", "Status", "Due date",
  ], [
    ["R-01", "Lift failure in ward block", "Threat", "Service delivery", "Likely", "Major", "Partial", "SPV",
      "35%", "$120,000", "call FM", "Open", "12/3/2026"],
    ["R-02", "Energy savings from LED retrofit", "Opportunity", "Operational innovation", 3, "2", "Strong", "Shared",
      20, "£40k", null, null, null],
    [null, null, null, null, null, null, null, null, null, null, "", null, null],
    ["R-03", "Cleaning contract dispute", "Threat", "Contract variation", "abc", 3, null, null, null, null, null,
      null, null],
    ["R-01", "Helpdesk system outage", "T", "Service delivery", 2, "minor", "good", "Bank", "x", null, null,
      "Realised", "soon"],
    ["Notes: from workshop 3", null, null, null, null, null, null, null, null, null, null, null, null],
    ["R-04", "  ", "Threat", null, 2, 2, null, null, null, null, null, null, null],
  ]);

  // Partnership: no Excel table; headers at C4 under a title; stray text after the first blank row.
  paint(partnership.values, 3, 2, [
    ["Factor", "Dimension", "Authority rating", "SPV rating", "Weight", "Comments"],
    ["Organisational culture", "Culture", 4, 3, null, "ok"],
    ["Clear and open communication", null, null, 2, 2, null],
    ["Relationship continuity", null, "good", 4, null, null],
    [],
    ["Stray text below the table"],
  ]);

  // KPIs: an Excel table named just "KPIs", with percentages, words, a blank actual and a bad target.
  const kpiTable = table(performance, "KPIs", 0, 0, [
    "KPI", "Service area", "Target", "Result", "Better", "Failure level", "Points", "Waiver", "Reason", "Extra",
  ], [
    ["Helpdesk response within 15 min", "FM", "95%", 0.97, "Higher is better", "90%", 0, "N", null, "x"],
    ["Energy use (kWh/m2)", "Energy", 250, "265", "lower", 300, 12, "Y", "Heatwave", null],
    ["Patient meals on time", "Catering", 98, null, null, 99, null, null, null, null],
    ["Bad one", null, "high", 5, null, null, null, null, null, null],
  ]);

  return {
    tables: [settingsTable, riskTable, kpiTable],
    sheets: [risks, partnership, performance, contract, settings],
    source: "northside.xlsx",
  };
}
