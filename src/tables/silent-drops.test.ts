/**
 * Issue 7 §3 "no silent drop" and issue 8 §4 (two-digit years): each case a realistic workbook a finance officer
 * would hand us, and each problem located at sheet!cell or table + column.
 */
import { buildReviewPlans } from "../review";
import { parseDateString, serialFromYmd } from "./dates";
import { readModel } from "./index";
import { paint, table } from "./testing/messy-workbook";
import type { RawCell, SheetSnapshot, WorkbookSnapshot } from "./types";

const sheet = (name: string, values: RawCell[][] = []): SheetSnapshot => ({ name, values });
const messages = (m: ReturnType<typeof readModel>) => m.problems.map((p) => `${p.severity} ${p.message}`);
const noValue = (formula: string): RawCell => ({ kind: "uncalculated", formula });

const REGISTER_HEADERS = ["ID", "Risk", "Type", "Likelihood", "Consequence", "Owner"];

describe("blank rows inside a plain-range table", () => {
  /** Risk register typed as a plain range under a title, with a spacer row between two groups of risks. */
  function register(below: RawCell[][]): WorkbookSnapshot {
    const s = sheet("Register");
    paint(s.values, 0, 0, [
      ["Westgate Schools PPP — risk register"],
      [],
      REGISTER_HEADERS,
      ["R-01", "Boiler failure in winter", "Threat", 3, 4, "FM"],
      ["R-02", "Late handback survey", "Threat", 2, 3, "Authority"],
      ...below,
    ]);
    return { tables: [], sheets: [s] };
  }

  it("warns about risks below a partial line under the table's end (the line alone is not data)", () => {
    const m = readModel(register([[], [null, null, null, 4, 4], ["R-03", "Roof leak in gym", "Threat", 4, 2, "FM"]]));
    expect(m.risks?.map((r) => r.id)).toEqual(["R-01", "R-02"]);
    expect(messages(m)).toEqual([expect.stringMatching(/^warning Register!A8: row 8 and below look like more of IMM_Risks/)]);
  });

  it("reads past a single blank row to the risks below it", () => {
    const m = readModel(register([
      [],
      ["R-03", "Energy price fall", "Opportunity", 3, 2, "SPV"],
      ["R-04", "Roof leak in gym", "Threat", 4, 2, "FM"],
    ]));
    expect(m.risks?.map((r) => r.id)).toEqual(["R-01", "R-02", "R-03", "R-04"]);
    expect(m.risks?.[3].source.cells.id).toBe("A8");
    expect(m.sources).toEqual([{ table: "IMM_Risks", sheet: "Register", name: null, range: "A3:F8" }]);
    expect(m.problems).toEqual([]);
  });

  it("ends at a blank row followed by a one-line note, which is not read as a risk", () => {
    const m = readModel(register([[], ["Source: risk workshop 3, March 2026"]]));
    expect(m.risks?.map((r) => r.id)).toEqual(["R-01", "R-02"]);
    expect(m.problems).toEqual([]);
  });

  it("does not read a two-cell note after a blank row as data (it fills not all the required columns)", () => {
    const s = sheet("KPIs");
    paint(s.values, 0, 0, [
      ["KPI", "Target", "Actual", "Unit"],
      ["Cleanliness audit", 95, 97, "%"],
      [],
      ["Prepared by", "Contract management unit"],
    ]);
    const m = readModel({ tables: [], sheets: [s] });
    expect(m.kpis?.map((k) => k.kpi)).toEqual(["Cleanliness audit"]);
    expect(m.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("ends at a blank row followed by another table's headers", () => {
    const m = readModel(register([[], ["KPI", "Target", "Actual"], ["Cleanliness audit", 95, 97]]));
    expect(m.risks?.map((r) => r.id)).toEqual(["R-01", "R-02"]);
    expect(m.kpis).toEqual([expect.objectContaining({ kpi: "Cleanliness audit", actual: 97 })]);
    expect(m.problems).toEqual([]);
  });

  it("warns, naming the row, when two blank rows separate more risks from the table", () => {
    const m = readModel(register([[], [], ["R-03", "Energy price fall", "Opportunity", 3, 2, "SPV"]]));
    expect(m.risks?.map((r) => r.id)).toEqual(["R-01", "R-02"]);
    expect(m.problems).toEqual([expect.objectContaining({ severity: "warning", table: "IMM_Risks", sheet: "Register", address: "A8" })]);
    expect(messages(m)).toEqual([
      "warning Register!A8: row 8 and below look like more of IMM_Risks (Register!A3:F5) but are not read: the table ends at blank row 6; delete the blank rows (and any line between) to include them",
    ]);
  });

  it("warns past a section heading line too", () => {
    const m = readModel(register([[], ["Operational risks"], ["R-03", "Roof leak in gym", "Threat", 4, 2, "FM"]]));
    expect(m.risks?.map((r) => r.id)).toEqual(["R-01", "R-02"]);
    expect(messages(m)).toEqual([
      "warning Register!A8: row 8 and below look like more of IMM_Risks (Register!A3:F5) but are not read: the table ends at blank row 6; delete the blank rows (and any line between) to include them",
    ]);
  });
});

describe("factors listed but none rated", () => {
  it("warns on the Public rating column, naming the cells, and the pillar says it is not assessed", () => {
    const s = sheet("Partnership");
    paint(s.values, 0, 0, [
      ["Factor", "Public rating", "Private rating", "Weight", "Period"],
      ["Trust", "", null, 1, "2025-Q4"],
      ["Communication", null, "", 2, "2025-Q4"],
    ]);
    const m = readModel({ tables: [], sheets: [s] });
    expect(m.partnership).toHaveLength(2);
    expect(m.problems).toEqual([expect.objectContaining({
      severity: "warning", table: "IMM_Partnership", sheet: "Partnership", column: "Public rating", address: "B2:B3",
      message: expect.stringMatching(/^IMM_Partnership column "Public rating" \(Partnership!B2:B3\): no factor is rated \(2 factors listed/),
    })]);
  });

  it("says nothing when one factor is rated", () => {
    const s = sheet("Partnership");
    paint(s.values, 0, 0, [["Factor", "Public rating", "Private rating"], ["Trust", "", 4], ["Communication", null, null]]);
    expect(readModel({ tables: [], sheets: [s] }).problems).toEqual([]);
  });
});

describe("all weights 0", () => {
  it("warns on the partnership Weight column and the review says why the pillar is not assessed", () => {
    const s = sheet("Partnership");
    paint(s.values, 0, 0, [
      ["Factor", "Public rating", "Private rating", "Weight"],
      ["Trust", 4, 3, 0],
      ["Communication", 3, 3, 0],
      ["Joint problem solving", 2, 4, 0],
    ]);
    const m = readModel({ tables: [], sheets: [s] });
    expect(m.partnership).toHaveLength(3);
    expect(m.problems).toEqual([{
      severity: "warning", table: "IMM_Partnership", sheet: "Partnership", address: "D2:D4", column: "Weight",
      message: 'IMM_Partnership column "Weight" (Partnership!D2:D4): every weight is 0 (3 rated factors), so the partnership index cannot be computed and is not assessed; give at least one a weight above 0 (a blank weight counts as 1)',
    }]);
    const plan = buildReviewPlans(m, { sheets: ["partnership"] }).plans[0];
    const text = JSON.stringify(plan);
    expect(text).toContain("IMM_Partnership (Partnership!A1:D4) was read, but no factor has a rating with a weight above 0");
    expect(text).not.toContain("no IMM_Partnership table");
  });

  it("warns on the KPI Weight column per period, listing the cells", () => {
    const s = sheet("KPIs");
    const t = table(s, "Table2", 0, 0, ["KPI", "Period", "Target", "Actual", "Weight"], [
      ["Helpdesk response", "Q1", 0.95, 0.97, 0],
      ["Helpdesk response", "Q2", 0.95, 0.93, 1],
      ["Cleaning audits", "Q1", 0.9, 0.92, 0],
      ["Cleaning audits", "Q2", 0.9, 0.91, 1],
    ]);
    const m = readModel({ tables: [t], sheets: [s] });
    expect(m.problems).toEqual([expect.objectContaining({ table: "IMM_KPIs", column: "Weight", address: "E2,E4" })]);
    expect(messages(m)[0]).toBe('warning IMM_KPIs column "Weight" (KPIs!E2,E4): every weight is 0 for period Q1 (2 measured KPIs), so the performance index cannot be computed and is not assessed; give at least one a weight above 0 (a blank weight counts as 1)');
  });

  it("says on the Performance Review why a found KPI table is not assessed", () => {
    const s = sheet("KPIs");
    const t = table(s, "IMM_KPIs", 0, 0, ["KPI", "Target", "Actual", "Weight"], [["A", 10, 12, 0], ["B", 10, 9, 0]]);
    const m = readModel({ tables: [t], sheets: [s] });
    expect(m.problems).toEqual([expect.objectContaining({ column: "Weight", address: "D2:D3" })]);
    const text = JSON.stringify(buildReviewPlans(m, { sheets: ["performance"] }).plans[0]);
    expect(text).toContain("IMM_KPIs (KPIs!A1:D3) was read, but no KPI has a measured actual with a weight above 0");
    expect(text).not.toContain("no IMM_KPIs table");
  });

  it("says nothing when only some weights are 0 (leaving a row out on purpose)", () => {
    const s = sheet("KPIs");
    const t = table(s, "IMM_KPIs", 0, 0, ["KPI", "Target", "Actual", "Weight"], [["A", 10, 12, 0], ["B", 10, 9, 2]]);
    expect(readModel({ tables: [t], sheets: [s] }).problems).toEqual([]);
  });
});

describe("a register-like range without a required column", () => {
  const headers = ["ID", "Risk", "Likelihood", "Consequence", "Owner"];
  const rows: RawCell[][] = [["R-01", "Boiler failure", 3, 4, "FM"], ["R-02", "Late survey", 2, 3, "Authority"]];

  it("gets the same located error as an Excel table with those columns", () => {
    const plain = sheet("Register");
    paint(plain.values, 0, 0, [headers, ...rows]);
    const fromRange = readModel({ tables: [], sheets: [plain] });
    const asTable = sheet("Register");
    const fromTable = readModel({ tables: [table(asTable, "IMM_Risks", 0, 0, headers, rows)], sheets: [asTable] });
    const expected = 'error IMM_Risks (Register!A1:E3): required column "Type" not found';
    expect(messages(fromTable)).toEqual([expected]);
    expect(messages(fromRange)).toEqual([expected]);
    expect(fromRange.problems[0]).toMatchObject({ table: "IMM_Risks", sheet: "Register", address: "A1" });
  });

  it("also in an Excel table with a generic name", () => {
    const s = sheet("Register");
    const m = readModel({ tables: [table(s, "Table1", 2, 1, headers, rows)], sheets: [s] });
    expect(messages(m)).toEqual(['error IMM_Risks (Register!B3:F5): required column "Type" not found']);
  });

  it("takes an action log without Due for an action list, not a register, and leaves other lists alone", () => {
    const s = sheet("Actions log");
    paint(s.values, 0, 0, [["Action", "Owner", "Status", "Priority"], ["Fix boiler", "FM", "Open", "High"]]);
    expect(messages(readModel({ tables: [], sheets: [s] }))).toEqual([
      `error IMM_Actions ('Actions log'!A1:D2): required column "Due" not found`,
    ]);
    const contacts = sheet("Contacts");
    paint(contacts.values, 0, 0, [["Name", "Phone", "Owner", "Status"], ["J. Smith", "0400 000 000", "FM", "Open"]]);
    expect(readModel({ tables: [], sheets: [contacts] }).problems).toEqual([]);
  });
});

describe("formulas saved without a calculated value", () => {
  it("are located problems, never blanks", () => {
    const s = sheet("Risks");
    paint(s.values, 0, 0, [
      ["Risks"], [], [], [], [],
      ["ID", "Risk", "Type", "Likelihood", "Consequence", "Impact"],
      ["R-01", "Boiler failure", "Threat", 3, noValue("D7+1"), noValue("C2*1000")],
      ["R-02", "Late survey", "Threat", 2, 3, 50_000],
    ]);
    const m = readModel({ tables: [], sheets: [s] });
    expect(messages(m)).toEqual([
      "error Risks!E7: formula with no calculated value: open and save the workbook in Excel first",
      "warning Risks!F7: formula with no calculated value: open and save the workbook in Excel first",
    ]);
    expect(m.risks?.map((r) => r.id)).toEqual(["R-02"]);
  });

  it("rows of nothing but such formulas (a filled-down template) get one warning, not one per row", () => {
    const s = sheet("Risks");
    paint(s.values, 0, 0, [
      ["ID", "Risk", "Type", "Likelihood", "Consequence"],
      ["R-01", "Boiler failure", "Threat", 3, 4],
      [noValue("ROW()-1"), null, null, null, null],
      [noValue("ROW()-1"), null, null, null, null],
      [noValue("ROW()-1"), null, null, null, null],
    ]);
    const m = readModel({ tables: [], sheets: [s] });
    expect(m.risks?.map((r) => r.id)).toEqual(["R-01"]);
    expect(messages(m)).toEqual([
      "warning Risks!A3: formula with no calculated value: open and save the workbook in Excel first (3 rows from row 3 to 5 hold nothing else; skipped)",
    ]);
  });

  it("in a KPI actual and a contract value", () => {
    const perf = sheet("Performance");
    const t = table(perf, "IMM_KPIs", 0, 0, ["KPI", "Target", "Actual"], [["Uptime", 0.99, noValue("SUM(X1:X9)")]]);
    const deal = sheet("Contract");
    paint(deal.values, 0, 0, [["Item", "Value"], ["Project", "Westgate Schools"], ["Annual service payment", noValue("B5*12")]]);
    const m = readModel({ tables: [t], sheets: [perf, deal] });
    expect(messages(m)).toEqual([
      "error Contract!B3: formula with no calculated value: open and save the workbook in Excel first",
      "error Performance!C2: formula with no calculated value: open and save the workbook in Excel first",
    ]);
  });
});

describe("scale mismatches in KPIs", () => {
  const read = (rows: RawCell[][]) => {
    const s = sheet("KPIs");
    return readModel({ tables: [table(s, "IMM_KPIs", 0, 0, ["KPI", "Target", "Actual", "Threshold"], rows)], sheets: [s] });
  };

  it("warns at an actual written as a fraction against a target in percent", () => {
    const m = read([["Meals on time", 98, 0.95, null], ["Beds available", 40, 38, null]]);
    expect(m.problems).toEqual([expect.objectContaining({ severity: "warning", sheet: "KPIs", address: "C2" })]);
    expect(messages(m)).toEqual([
      "warning KPIs!C2: actual 0.95 (95%) and target 98 look like one is a fraction and the other a percentage; read as written: enter both the same way (e.g. 95% and 98%, or 0.95 and 0.98)",
    ]);
  });

  it("warns at a threshold typed \"90%\" against a whole-number target", () => {
    const m = read([["Helpdesk response", 95, 96, "90%"]]);
    expect(messages(m)).toEqual([
      "warning KPIs!D2: threshold 0.9 (90%) and target 95 look like one is a fraction and the other a percentage; read as written: enter both the same way (e.g. 95% and 98%, or 0.95 and 0.98)",
    ]);
  });

  it("is quiet when both are on one scale, or are plainly different measures", () => {
    expect(read([["Uptime", 0.99, 0.95, 0.9], ["Meals", 98, 95, 90], ["Complaints", 5, 0.5, null]]).problems).toEqual([]);
  });
});

describe("ambiguous number text", () => {
  it('warns at "1.000" (read as 1) and "1,000" (read as 1000), but not at "$120,000" or 1000', () => {
    const s = sheet("Risks");
    const t = table(s, "IMM_Risks", 0, 0, ["ID", "Risk", "Type", "L", "C", "Impact"], [
      ["R-01", "Boiler failure", "Threat", 3, 4, "1.000"],
      ["R-02", "Late survey", "Threat", 2, 3, "1,000"],
      ["R-03", "Roof leak", "Threat", 2, 3, "$120,000"],
      ["R-04", "Lift outage", "Threat", 2, 3, 1000],
    ]);
    const m = readModel({ tables: [t], sheets: [s] });
    expect(m.risks?.map((r) => r.impact)).toEqual([1, 1000, 120_000, 1000]);
    expect(messages(m)).toEqual([
      'warning Risks!F2: impact "1.000" could be 1 or 1000; read as 1 (point as decimal separator): enter it as a number to be sure',
      'warning Risks!F3: impact "1,000" could be 1000 or 1; read as 1000 (comma as thousands separator): enter it as a number to be sure',
    ]);
  });

  it("warns at an ambiguous contract value", () => {
    const deal = sheet("Contract");
    paint(deal.values, 0, 0, [["Item", "Value"], ["Project", "Westgate Schools"], ["Annual service payment", "4.500"]]);
    const m = readModel({ tables: [], sheets: [deal] });
    expect(m.contract?.annualServicePayment).toBe(4.5);
    expect(messages(m)).toEqual([
      'warning Contract!B3: annual service payment "4.500" could be 4.5 or 4500; read as 4.5 (point as decimal separator): enter it as a number to be sure',
    ]);
  });

  it("warns at an ambiguous KPI target", () => {
    const s = sheet("KPIs");
    const t = table(s, "IMM_KPIs", 0, 0, ["KPI", "Target", "Actual"], [["Visitors", "2.500", 2600]]);
    expect(readModel({ tables: [t], sheets: [s] }).problems).toEqual([
      expect.objectContaining({ severity: "warning", address: "B2", message: expect.stringContaining('target "2.500" could be 2.5 or 2500') }),
    ]);
  });
});

describe("two-digit years (Excel's pivot: 00–29 → 2000s, 30–99 → 1900s)", () => {
  it.each([
    ["12-Mar-99", 1999, 3, 12], ["12/03/30", 1930, 3, 12], ["1 Jan 29", 2029, 1, 1], ["31/12/00", 2000, 12, 31],
    ["12-Mar-26", 2026, 3, 12],
  ])("reads %p as %p-%p-%p", (text, y, mo, d) => {
    expect(parseDateString(text)).toBe(serialFromYmd(y, mo, d));
  });
});

describe("actions below a blank row", () => {
  it("warns about an action row without its description but with owner and due date (half the required columns)", () => {
    const m = readModel({ tables: [], sheets: [sheet("Actions", [["Action", "Owner", "Due", "Status"], [null, null, null, null], [null, "Contract manager", 46000, "Open"]])] });
    expect(messages(m)).toEqual([expect.stringMatching(/^warning Actions!A3: row 3 and below look like more of IMM_Actions/)]);
  });
});

describe("a partnership factor listed twice for one period", () => {
  it("keeps the first row, warns at the repeat, and then sees that every counted weight is 0", () => {
    const m = readModel({ tables: [], sheets: [sheet("Partnership", [
      ["Factor", "Public rating", "Weight"], ["Trust", 4, 0], ["trust ", 3, 1],
    ])] });
    expect(m.partnership?.map((r) => r.source.row)).toEqual([2]);
    expect(messages(m)).toEqual([
      'warning Partnership!A3: factor "trust" is listed again (first at row 2); this row is left out of the review',
      expect.stringMatching(/^warning IMM_Partnership column "Weight" \(Partnership!C2\): every weight is 0/),
    ]);
  });
});
