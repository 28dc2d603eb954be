/**
 * Issue 7 §1: registers with nothing to simulate or value (the most common registers) review fully, through the real
 * reader, with exposure shown as "Not quantified" and a note saying why — they crashed with "reading 'get'" before.
 */
import { readModel } from "../tables/index";
import type { RawCell, WorkbookSnapshot } from "../tables/types";
import { buildReviewPlans, SHEET_REGISTRY } from "./index";
import { a1, type SheetPlan } from "./kit/plan";
import { fixtureModel, risk } from "./testing/fixture";
import { cellMap } from "./testing/invariants";

/** A workbook with one IMM_Risks table at A1 on sheet Risks. */
function register(headers: string[], rows: RawCell[][]): WorkbookSnapshot {
  return {
    tables: [{ name: "IMM_Risks", sheet: "Risks", row: 0, col: 0, headers, rows }],
    sheets: [{ name: "Risks", values: [headers, ...rows] }],
    source: "register.xlsx",
  };
}

const BASIC = ["ID", "Risk", "Type", "Likelihood", "Consequence"];

/** The value next to a summary label on the Risk Review (labels in column A, values in column C). */
function summaryValue(plan: SheetPlan, label: string): unknown {
  const cells = cellMap(plan);
  for (const [k, v] of cells) {
    const [r, c] = k.split(",").map(Number);
    if (c === 0 && v === label) return cells.get(`${r},2`);
  }
  throw new Error(`no summary row ${label}`);
}
const texts = (p: SheetPlan): string[] => p.blocks.flatMap((b) => b.values.flat()).filter((v): v is string => typeof v === "string");

function review(wb: WorkbookSnapshot) {
  const { plans, assessment } = buildReviewPlans(readModel(wb));
  const risk = plans.find((p) => p.key === "risk")!;
  return { plans, assessment, risk };
}

const CASES: [string, WorkbookSnapshot, string][] = [
  ["only ID / Risk / Type / Likelihood / Consequence", register(BASIC, [["R1", "Lift failure", "Threat", 3, 4], ["R2", "Flood", "Threat", 2, 5]]),
    "no open threat has both a probability and an impact (2 open threats: 2 without a probability, 2 without an impact)"],
  ["money cells all blank", register([...BASIC, "Probability", "Impact"], [["R1", "Lift failure", "Threat", 3, 4, null, null], ["R2", "Flood", "Threat", 2, 5, "", null]]),
    "no open threat has both a probability and an impact (2 open threats: 2 without a probability, 2 without an impact)"],
  ["a Probability column only", register([...BASIC, "Probability"], [["R1", "Lift failure", "Threat", 3, 4, 0.5]]),
    "no open threat has both a probability and an impact (1 open threat: 1 without an impact)"],
  ["Min / Most likely / Max only", register([...BASIC, "Min", "Most likely", "Max"], [["R1", "Lift failure", "Threat", 3, 4, 100, 200, 400]]),
    "no open threat has both a probability and an impact (1 open threat: 1 without a probability)"],
  ["all threats Closed", register([...BASIC, "Probability", "Impact", "Status"], [["R1", "Lift failure", "Threat", 3, 4, 0.5, 1000, "Closed"], ["R2", "Flood", "Threat", 2, 5, 0.1, 500, "Closed"]]),
    "all threats are closed"],
  ["opportunities only", register([...BASIC, "Probability", "Impact"], [["O1", "Energy rebate", "Opportunity", 3, 2, 0.5, 600]]),
    "only opportunities in the register"],
  ["#DIV/0! in the only threat's impact", register([...BASIC, "Probability", "Impact"], [["R1", "Lift failure", "Threat", 3, 4, 0.5, "#DIV/0!"]]),
    "no open threat has both a probability and an impact (1 open threat: 1 without an impact)"],
];

describe.each(CASES)("a register with %s", (_name, wb, reason) => {
  const { plans, assessment, risk } = review(wb);

  it("writes all five review sheets", () => {
    expect(plans.map((p) => p.name)).toEqual(SHEET_REGISTRY.map((s) => s.name));
    expect(assessment.risk).not.toBeNull();
    expect(assessment.integrated.pillars[1].index).not.toBeNull();
  });

  it("shows the threat exposure as Not quantified (not 0, not blank) with a note saying why", () => {
    for (const label of ["Expected threat cost (open threats)", "Simulated threat cost P50", "Simulated threat cost P90"]) {
      expect([label, summaryValue(risk, label)]).toEqual([label, "Not quantified"]);
    }
    expect(assessment.risk!.exposureNotes.threats).toBe(reason);
    expect(texts(risk).filter((t) => t.startsWith("Threat exposure"))).toEqual([
      expect.stringContaining(`not quantified: ${reason}.`),
    ]);
    const cost = risk.explanations.find((e) => e.label === "Expected threat cost — All open risks")!;
    expect(cost.formula).toBe(`Not quantified: ${reason}`);
  });

  it("leaves no computed cell blank or non-finite", () => {
    for (const p of plans) for (const [k, v] of cellMap(p)) if (typeof v === "number") expect([p.name, k, Number.isFinite(v)]).toEqual([p.name, k, true]);
  });
});

describe("what is still quantified", () => {
  it("an opportunities-only register keeps its opportunity value", () => {
    const { risk } = review(CASES[5][1]);
    expect(summaryValue(risk, "Expected opportunity value (open)")).toBe(300);
  });

  it("a threat with probability and impact is quantified and gets no note", () => {
    const { risk, assessment } = review(register([...BASIC, "Probability", "Impact"], [["R1", "Lift failure", "Threat", 3, 4, 0.5, 1000]]));
    expect(summaryValue(risk, "Expected threat cost (open threats)")).toBe(500);
    expect(summaryValue(risk, "Simulated threat cost P90")).toBe(1000);
    expect(assessment.risk!.exposureNotes.threats).toBeNull();
    expect(texts(risk).some((t) => t.startsWith("Threat exposure"))).toBe(false);
  });

  it("a category with open threats but none valued is Not quantified; one without threats shows 0", () => {
    const { assessment, risk } = review(register([...BASIC, "Category", "Probability", "Impact"], [
      ["R1", "Lift failure", "Threat", 3, 4, "Facilities", 0.5, 1000],
      ["R2", "Flood", "Threat", 2, 5, "Weather", null, null],
      ["O1", "Rebate", "Opportunity", 2, 2, "Energy", 0.5, 200],
    ]));
    const by = Object.fromEntries(assessment.risk!.byCategory.map((g) => [g.key, g]));
    expect([by.Facilities.threatCost, by.Weather.threatCost, by.Energy.threatCost]).toEqual([500, null, 0]);
    expect(by.Weather.net).toBeNull();
    expect(by.Energy.net).toBe(100);
    const weather = risk.explanations.find((e) => e.label === "Expected threat cost — Weather")!;
    expect(weather.formula).toBe("Not quantified: no open threat in Weather has both a probability and an impact");
    expect(cellMap(risk).get(rowCol(weather.address))).toBe("Not quantified");
  });
});

/** "B7" → "6,1" (cellMap's key). */
function rowCol(address: string): string {
  for (let r = 0; r < 500; r++) for (let c = 0; c < 30; c++) if (a1(r, c) === address) return `${r},${c}`;
  throw new Error(address);
}

describe("the reason for unsimulated threats with an expected cost", () => {
  it("names impacts out of order when nothing can be simulated", () => {
    const model = { ...fixtureModel(), risks: [risk("R1", 3, 4, { probability: 0.5, impactMin: 500, impactMostLikely: 200, impactMax: 400 })] };
    const { assessment, plans } = buildReviewPlans(model);
    expect(assessment.risk!.overall.threatCost).toBe(100);
    expect(assessment.risk!.exposureNotes.threats).toBe("no open threat with a probability has impacts in order (Min ≤ Most likely ≤ Max) to simulate");
    expect(texts(plans[0])).toContain("Threat exposure (P50, P90) not quantified: no open threat with a probability has impacts in order (Min ≤ Most likely ≤ Max) to simulate.");
  });
});
