import { readModel } from "./index";
import { table } from "./testing/messy-workbook";
import type { RawCell, SheetSnapshot } from "./types";

/** Reads a workbook holding one Excel table on a sheet named `sheetName`, at A1. */
function one(name: string, sheetName: string, headers: string[], rows: RawCell[][]) {
  const s: SheetSnapshot = { name: sheetName, values: [] };
  return readModel({ tables: [table(s, name, 0, 0, headers, rows)], sheets: [s] });
}

const messages = (m: ReturnType<typeof readModel>) => m.problems.map((p) => `${p.severity} ${p.message}`);

describe("contract", () => {
  const headers = ["Item", "Value"];

  it("reads the optional keys and a deduction cap as 10%, 0.1 or 10", () => {
    for (const cap of ["10%", 0.1, 10]) {
      const m = one("IMM_Contract", "Contract", headers, [
        ["Project", "Eastlink"], ["Annual unitary charge", "A$ 2,400,000"], ["Operator", "ConnectEast"],
        ["Period", "Q1 FY26"], ["Review date", "2026-03-31"], ["Point value", 250], ["Point threshold", 20],
        ["Deduction cap %", cap], ["Signed by", "someone"],
      ]);
      expect(messages(m)).toEqual([]);
      const { source, ...info } = m.contract!;
      expect(info).toEqual({
        project: "Eastlink", annualServicePayment: 2_400_000, operator: "ConnectEast", period: "Q1 FY26",
        reviewDate: 46112, pointValue: 250, pointThreshold: 20, deductionCapPct: 0.1,
      });
      expect(source.deductionCapPct).toEqual({ sheet: "Contract", address: "B9" });
    }
  });

  it("reads the portfolio keys: sector, region, contract start and end dates (synonyms too)", () => {
    const m = one("IMM_Contract", "Contract", headers, [
      ["Project", "Eastlink"], ["ASP", 5], ["Industry", "Roads"], ["Region", "Victoria"],
      ["Commencement date", "2009-10-01"], ["Expiry", 51043],
    ]);
    expect(messages(m)).toEqual([]);
    const { source, ...info } = m.contract!;
    expect(info).toEqual({ project: "Eastlink", annualServicePayment: 5, sector: "Roads", region: "Victoria", startDate: 40087, endDate: 51043 });
    expect(source.endDate).toEqual({ sheet: "Contract", address: "B7" });
  });

  it("warns, naming the cell, when the contract end date is before its start or not a date", () => {
    const m = one("IMM_Contract", "Contract", headers, [
      ["Project", "Eastlink"], ["ASP", 5], ["Contract start date", 51043], ["Contract end date", 40087],
    ]);
    expect(messages(m)).toEqual(["warning Contract!B5: contract end date is before the contract start date"]);
    const bad = one("IMM_Contract", "Contract", headers, [["Project", "Eastlink"], ["ASP", 5], ["Contract end date", "soon"]]);
    expect(bad.contract?.endDate).toBeUndefined();
    expect(messages(bad)[0]).toMatch(/^warning Contract!B4: contract end date "soon" .*; ignored$/);
  });

  it("is null with an error when the annual service payment is missing or bad", () => {
    const missing = one("IMM_Contract", "Contract", headers, [["Project", "Eastlink"], ["Operator", "X"]]);
    expect(missing.contract).toBeNull();
    expect(messages(missing)).toEqual([
      'error IMM_Contract (Contract!A1:B3): required key "Annual service payment" not found',
    ]);
    const bad = one("IMM_Contract", "Contract", headers, [["Project", "Eastlink"], ["Annual service payment", "tbc"]]);
    expect(bad.contract).toBeNull();
    expect(messages(bad)).toEqual(['error Contract!B3: annual service payment "tbc" is not a number']);
    const blank = one("IMM_Contract", "Contract", headers, [["Project", null], ["ASP", 5]]);
    expect(blank.contract).toBeNull();
    expect(messages(blank)).toEqual(["error Contract!B2: project is blank"]);
  });
});

describe("risks", () => {
  const headers = ["ID", "Risk", "Type", "Likelihood", "Consequence", "Residual L", "Residual C", "Min", "ML", "Max",
    "Discipline", "Status"];

  it("keeps residual L/C only as a pair and an impact range only when complete and ordered", () => {
    const m = one("IMM_Risks", "Risks", headers, [
      ["R1", "a", "Threat", 4, 4, 2, 3, 100, 200, 400, "Partnership management", "closed"],
      ["R2", "b", "Threat", 4, 4, 2, null, 100, null, 400, "Risk", null],
      ["R3", "c", "Opportunity", 2, 2, null, null, "$500", 300, "$900", "Finance", null],
      [null, null, null, null, null, null, null, null, null, null, null, null],
      [4, "numeric id", "threat", "Rare", "Catastrophic", null, null, null, null, null, null, null],
    ]);
    expect(m.risks?.map((r) => [r.id, r.residualLikelihood, r.residualConsequence, r.impactMin, r.impactMostLikely,
      r.impactMax, r.discipline, r.status])).toEqual([
      ["R1", 2, 3, 100, 200, 400, "partnership", "closed"],
      ["R2", undefined, undefined, undefined, undefined, undefined, "risk", "open"],
      ["R3", undefined, undefined, undefined, undefined, undefined, undefined, "open"],
      ["4", undefined, undefined, undefined, undefined, undefined, undefined, "open"],
    ]);
    expect(m.risks?.[3]).toMatchObject({ likelihood: 1, consequence: 5, source: { row: 6 } });
    expect(messages(m)).toEqual([
      "warning Risks!F3: residual likelihood given without residual consequence; ignored",
      "warning Risks!H3: impact range needs Min, Most likely and Max; ignored",
      "warning Risks!H4: impact range needs Min ≤ Most likely ≤ Max, got 500, 300, 900; ignored",
      'warning Risks!K4: discipline "Finance" is not Partnership, Risk or Performance; ignored',
    ]);
  });

  it("names an Excel error value in a cell", () => {
    const m = one("IMM_Risks", "Risks", headers.slice(0, 5), [["R1", "a", "Threat", "#REF!", 2]]);
    expect(m.risks).toEqual([]);
    expect(messages(m)).toEqual(["error Risks!D2: likelihood is the Excel error #REF!"]);
  });
});

describe("partnership, KPIs and actions", () => {
  it("defaults partnership weights and ignores a bad private rating", () => {
    const m = one("IMM_Partnership", "Partnership", ["Factor", "Public", "Private", "Weight"], [
      ["Relationship continuity", "3", "six", "-1"],
    ]);
    expect(m.partnership?.map(({ source: _s, ...r }) => r)).toEqual([
      { factor: "Relationship continuity", publicRating: 3, privateRating: null, weight: 1 },
    ]);
    expect(messages(m)).toEqual([
      'warning Partnership!C2: private rating "six" is not 1–5; ignored',
      'warning Partnership!D2: weight "-1" is not a number ≥ 0; ignored',
    ]);
  });

  it("reads a lower-is-better KPI with a threshold above target", () => {
    const m = one("IMM_KPIs", "KPIs", ["KPI", "Target", "Actual", "Direction", "Threshold", "Weight", "Waived"], [
      ["Defects outstanding", 5, 7, "Lower is better", 10, 2, "maybe"],
    ]);
    expect(m.kpis?.[0]).toMatchObject({ direction: "lower", threshold: 10, weight: 2, waived: false, actual: 7 });
    expect(messages(m)).toEqual(['warning KPIs!G2: waived "maybe" is not Y/N, Yes/No or TRUE/FALSE; ignored']);
  });

  it("reads actions with dates in several forms and a blank owner", () => {
    const m = one("IMM_Actions", "Actions", ["Action", "Owner", "Due date", "Linked item", "Priority"], [
      ["Renegotiate lift maintenance", "FM lead", 46093, "R-01", "High"],
      ["Joint workshop on communication", null, "12 Mar 2026", null, null],
      ["Chase energy data", "Analyst", "next week", null, null],
    ]);
    expect(m.actions?.map(({ source: _s, ...a }) => a)).toEqual([
      { action: "Renegotiate lift maintenance", owner: "FM lead", due: 46093, linkedItem: "R-01", priority: "High" },
      { action: "Joint workshop on communication", owner: "", due: 46093 },
      { action: "Chase energy data", owner: "Analyst" },
    ]);
    expect(messages(m)).toEqual([
      "warning Actions!B3: owner is blank",
      'warning Actions!C4: due date "next week" is not a date (e.g. 2026-03-12 or 12/3/2026); ignored',
    ]);
  });
});

describe("large registers", () => {
  // How fast is measured by `npm run bench` (bench/runtime.bench.ts times the 10k-risk review, readModel included), not asserted here.
  it("reads all 10,000 risks of a register found by header match", () => {
    const values: RawCell[][] = [["Register"], [], ["ID", "Risk", "Type", "Likelihood", "Consequence", "Notes"]];
    for (let i = 0; i < 10000; i++) values.push([`R${i}`, `Risk ${i}`, i % 5 ? "Threat" : "Opportunity", 1 + (i % 5), "Major", "n"]);
    const m = readModel({ tables: [], sheets: [{ name: "Risks", values }] });
    expect(m.risks).toHaveLength(10000);
    expect(m.risks?.[9999]).toMatchObject({ id: "R9999", likelihood: 5, consequence: 4 });
    expect(m.sources[0].range).toBe("A3:F10003");
  });
});
