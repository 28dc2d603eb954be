/**
 * A register that was found but could not be read (a required column missing) is "not assessed" for that reason,
 * naming the table, and never "no IMM_Risks table was found" beside a located error that names the table.
 */
import { readModel } from "../tables/index";
import type { RawCell, WorkbookSnapshot } from "../tables/types";
import { buildReviewPlans } from "./index";
import type { SheetPlan } from "./kit/plan";

const texts = (p: SheetPlan): string[] => p.blocks.flatMap((b) => b.values.flat()).filter((v): v is string => typeof v === "string");

function riskSheetOf(headers: string[], rows: RawCell[][], asTable: boolean): { risk: SheetPlan; problems: string[] } {
  const wb: WorkbookSnapshot = {
    tables: asTable ? [{ name: "IMM_Risks", sheet: "Register", row: 0, col: 0, headers, rows }] : [],
    sheets: [{ name: "Register", values: [headers, ...rows] }],
    source: "register.xlsx",
  };
  const model = readModel(wb);
  const { plans } = buildReviewPlans(model);
  return { risk: plans.find((p) => p.key === "risk")!, problems: model.problems.map((p) => p.message) };
}

describe.each([["an Excel table", true], ["a plain range", false]])("register without a Type column, as %s", (_, asTable) => {
  const { risk, problems } = riskSheetOf(
    ["ID", "Risk", "Likelihood", "Consequence", "Owner"],
    [["R1", "Lift failure", 4, 3, "FM"], ["R2", "Energy price", 3, 4, "SPV"]],
    asTable,
  );
  test("the located error names the table and the missing column", () => {
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/IMM_Risks.*required column "Type" not found/)]));
  });
  test("the Risk Review says the table was read and why it is not assessed, not that no table was found", () => {
    const all = texts(risk).join("\n");
    expect(all).not.toMatch(/no IMM_Risks table was found/);
    expect(all).toMatch(/IMM_Risks \(Register!A1:E3\)/);
    expect(all).toMatch(/required column/);
  });
});

test("a workbook without any register still says that no IMM_Risks table was found", () => {
  const wb: WorkbookSnapshot = { tables: [], sheets: [{ name: "Notes", values: [["hello"]] }], source: "x.xlsx" };
  const risk = buildReviewPlans(readModel(wb)).plans.find((p) => p.key === "risk")!;
  expect(texts(risk).join("\n")).toMatch(/no IMM_Risks table was found/);
});
