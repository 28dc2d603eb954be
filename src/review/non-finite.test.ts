/** Issue 7 §3: results too large to compute get a located message and "Not quantified", never a blank or NaN cell. */
import { readModel } from "../tables/index";
import type { RawCell, WorkbookSnapshot } from "../tables/types";
import { guardFinite, NOT_COMPUTABLE } from "./kit/finite-guard";
import { buildReviewPlans } from "./index";
import { emptyPlan } from "./kit/plan";
import { cellMap } from "./testing/invariants";

const HEADERS = ["ID", "Risk", "Type", "Likelihood", "Consequence", "Category", "Probability", "Impact"];
function register(rows: RawCell[][]): WorkbookSnapshot {
  return { tables: [{ name: "IMM_Risks", sheet: "Risks", row: 0, col: 0, headers: HEADERS, rows }], sheets: [{ name: "Risks", values: [HEADERS, ...rows] }], source: "huge.xlsx" };
}
const nonFinite = (plans: ReturnType<typeof buildReviewPlans>["plans"]): string[] =>
  plans.flatMap((p) => [...cellMap(p)].filter(([, v]) => typeof v === "number" && !Number.isFinite(v)).map(([k]) => `${p.name} ${k}`));

describe("1e308 impacts", () => {
  const { plans, assessment } = buildReviewPlans(readModel(register([
    ["R1", "Catastrophe", "Threat", 3, 4, "Site", 1, 1e308],
    ["R2", "Catastrophe 2", "Threat", 3, 4, "Site", 1, 1e308],
    ["R3", "Small", "Threat", 2, 2, "Office", 0.5, 1000],
  ])));
  const r = assessment.risk!;

  it("names each huge impact cell in a located warning", () => {
    expect(assessment.problems.map((p) => p.message)).toEqual([
      'Risks!H2: impact 1e308 of R1 makes the exposure too large to compute; shown as "Not quantified"',
      'Risks!H3: impact 1e308 of R2 makes the exposure too large to compute; shown as "Not quantified"',
    ]);
    expect(assessment.problems[0]).toMatchObject({ severity: "warning", table: "IMM_Risks", sheet: "Risks", address: "H2" });
  });

  it("shows the overflowing figures as Not quantified, with the reason, and keeps the rest", () => {
    expect([r.overall.threatCost, r.overall.p50, r.overall.p90, r.overall.tooLarge]).toEqual([null, null, null, true]);
    expect(r.exposureNotes.threats).toBe("the impacts are too large to compute the exposure (see the warnings)");
    const office = r.byCategory.find((g) => g.key === "Office")!;
    expect(office.threatCost).toBe(500);
    expect(office.tooLarge).toBe(false);
    const risk = plans.find((p) => p.key === "risk")!;
    expect(risk.explanations.find((e) => e.label === "Expected threat cost — Site")!.formula)
      .toBe("Not quantified: the amounts are too large to compute (see the warnings)");
  });

  it("writes no NaN or Infinity anywhere", () => {
    expect(nonFinite(plans)).toEqual([]);
  });
});

describe("guardFinite (the last check on every generated cell)", () => {
  it("replaces NaN and ±Infinity by text and reports each cell with its label", () => {
    const plan = emptyPlan("risk", "IMM Risk Review");
    plan.blocks.push({ row: 4, col: 2, values: [[1, Number.NaN], [Number.POSITIVE_INFINITY, "x"]] });
    plan.explanations.push({ address: "D5", label: "Risk index", formula: "f", inputs: [] });
    const problems = guardFinite([plan]);
    expect(plan.blocks[0].values).toEqual([[1, NOT_COMPUTABLE], [NOT_COMPUTABLE, "x"]]);
    expect(problems.map((p) => [p.severity, p.sheet, p.address])).toEqual([["warning", "IMM Risk Review", "D5"], ["warning", "IMM Risk Review", "C6"]]);
    expect(problems[0].message).toMatch(/^'IMM Risk Review'!D5: Risk index could not be computed .*shown as "Not computable"/);
    expect(problems[1].message).toMatch(/^'IMM Risk Review'!C6: this figure could not be computed/);
  });

  it("leaves finite plans untouched and reports nothing", () => {
    const plan = emptyPlan("risk", "IMM Risk Review");
    plan.blocks.push({ row: 0, col: 0, values: [[0, -1.5, 1e300, null, "t", true]] });
    expect(guardFinite([plan])).toEqual([]);
    expect(plan.blocks[0].values).toEqual([[0, -1.5, 1e300, null, "t", true]]);
  });
});
