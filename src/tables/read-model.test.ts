import { readModel } from "./index";
import { messyWorkbook } from "./testing/messy-workbook";

describe("readModel on a messy workbook", () => {
  const model = readModel(messyWorkbook());

  it("reports every problem, located, with its severity, in reading order", () => {
    expect(model.problems.map((p) => `${p.severity} ${p.message}`)).toEqual([
      `error 'IMM Settings'!B3: Rating bands "4,9,x" is not 3 increasing numbers 0–100 (e.g. 4, 9, 16); using 4, 9, 16`,
      `warning 'IMM Settings'!A6: unknown setting "Colour"; ignored`,
      `warning Contract!B8: point threshold "twenty" is not a number; ignored`,
      `error Risks!E7: likelihood "abc" is not 1–5 or a likelihood word`,
      `warning Risks!A8: risk ID "R-01" is used again (first at A4)`,
      `warning Risks!G8: control effectiveness "good" is not 0–100% or one of None, Partial, Substantial, Full, Strong; ignored`,
      `warning Risks!H8: allocation "Bank" is not Public, Private or Shared; ignored`,
      `warning Risks!I8: probability "x" is not 0–1 (0–100%); ignored`,
      `warning Risks!M8: due date "soon" is not a date (e.g. 2026-03-12 or 12/3/2026); ignored`,
      `warning Risks!A9: row skipped: "Notes: from workshop 3" has no risk statement, type, likelihood or consequence`,
      `error Risks!B10: risk statement is blank`,
      `error Partnership!E7: public rating "good" is not 1–5`,
      `info Performance!D4: actual is blank; KPI not scored`,
      `warning Performance!F4: threshold 99 is not below target 98 (higher is better); ignored`,
      `error Performance!C5: target "high" is not a number`,
    ]);
    const first = model.problems[3];
    expect(first).toEqual({
      severity: "error", table: "IMM_Risks", sheet: "Risks", address: "E7",
      message: 'Risks!E7: likelihood "abc" is not 1–5 or a likelihood word',
    });
  });

  it("reads settings first: good keys kept, bad ones defaulted, words extended", () => {
    expect(model.settings.ratingBands).toEqual([4, 9, 16]);
    expect(model.settings.pillarWeights).toEqual([1, 2, 1]);
    expect(model.settings.amberThreshold).toBe(55);
    expect(model.settings.greenThreshold).toBe(80);
    expect(model.settings.effectivenessWords).toEqual({ none: 0, partial: 0.25, substantial: 0.5, full: 0.75, strong: 0.9 });
  });

  it("reads the contract from a header-less block on the Contract sheet", () => {
    expect(model.contract).toEqual({
      project: "Northside Hospital PPP",
      annualServicePayment: 48_000_000,
      deductionCapPct: 0.1,
      reviewDate: 46112,
      pointValue: 3,
      source: {
        project: { sheet: "Contract", address: "B3" },
        annualServicePayment: { sheet: "Contract", address: "B4" },
        deductionCapPct: { sheet: "Contract", address: "B5" },
        reviewDate: { sheet: "Contract", address: "B6" },
        pointValue: { sheet: "Contract", address: "B7" },
        pointThreshold: { sheet: "Contract", address: "B8" },
      },
    });
  });

  it("reads risks with words, percentages and currency; drops bad rows; keeps duplicates", () => {
    expect(model.risks?.map((r) => r.id)).toEqual(["R-01", "R-02", "R-01"]);
    const [r1, r2, r3] = model.risks!;
    expect(r1).toEqual({
      id: "R-01", statement: "Lift failure in ward block", type: "threat", likelihood: 4, consequence: 4,
      category: "Service delivery", effectiveness: 0.25, allocation: "private", probability: 0.35, impact: 120000,
      status: "open", due: 46093,
      source: {
        sheet: "Risks", row: 4,
        cells: {
          id: "A4", statement: "B4", type: "C4", category: "D4", likelihood: "E4", consequence: "F4",
          effectiveness: "G4", allocation: "H4", probability: "I4", impact: "J4", status: "L4", due: "M4",
        },
      },
    });
    expect(r2).toMatchObject({
      type: "opportunity", likelihood: 3, consequence: 2, effectiveness: 0.9, allocation: "shared",
      probability: 0.2, impact: 40000, status: "open",
    });
    expect(r3).toMatchObject({ statement: "Helpdesk system outage", type: "threat", likelihood: 2, consequence: 2,
      status: "realised" });
    expect(r3.effectiveness).toBeUndefined();
    expect(r3.allocation).toBeUndefined();
    expect(r3.probability).toBeUndefined();
    expect(r3.due).toBeUndefined();
  });

  it("finds the partnership table by its headers at C4, stopping at the first blank row", () => {
    expect(model.partnership).toEqual([
      {
        factor: "Organisational culture", dimension: "Culture", publicRating: 4, privateRating: 3, weight: 1,
        comment: "ok",
        source: { sheet: "Partnership", row: 5, cells: {
          factor: "C5", dimension: "D5", publicRating: "E5", privateRating: "F5", weight: "G5", comment: "H5",
        } },
      },
      {
        factor: "Clear and open communication", publicRating: null, privateRating: 2, weight: 2,
        source: { sheet: "Partnership", row: 6, cells: {
          factor: "C6", dimension: "D6", publicRating: "E6", privateRating: "F6", weight: "G6", comment: "H6",
        } },
      },
    ]);
  });

  it("reads KPIs with percentages, direction words, waivers and defaults", () => {
    const kpis = model.kpis!.map(({ source: _s, ...k }) => k);
    expect(kpis).toEqual([
      { kpi: "Helpdesk response within 15 min", serviceArea: "FM", target: 0.95, actual: 0.97, direction: "higher",
        threshold: 0.9, weight: 1, failurePoints: 0, waived: false },
      { kpi: "Energy use (kWh/m2)", serviceArea: "Energy", target: 250, actual: 265, direction: "lower",
        threshold: 300, weight: 1, failurePoints: 12, waived: true, waiverReason: "Heatwave" },
      { kpi: "Patient meals on time", serviceArea: "Catering", target: 98, actual: null, direction: "higher",
        weight: 1, waived: false },
    ]);
  });

  it("leaves a missing optional table null without a problem, and records where each table came from", () => {
    expect(model.actions).toBeNull();
    expect(model.problems.some((p) => p.table === "IMM_Actions")).toBe(false);
    expect(model.workbook).toBe("northside.xlsx");
    expect(model.sources).toEqual([
      { table: "IMM_Settings", sheet: "IMM Settings", name: "IMM_Settings", range: "A1:C7" },
      { table: "IMM_Contract", sheet: "Contract", name: null, range: "A3:B8" },
      { table: "IMM_Risks", sheet: "Risks", name: "IMM_Risks", range: "A3:M10" },
      { table: "IMM_Partnership", sheet: "Partnership", name: null, range: "C4:H7" },
      { table: "IMM_KPIs", sheet: "Performance", name: "KPIs", range: "A1:J5" },
    ]);
  });
});
