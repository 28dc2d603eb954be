/**
 * Issue 7 §5: whole generated IMM workbooks (real .xlsx) through `imm review` and `imm check`. Properties: review
 * never fails outside its located-problem channel; every problem is located; indices are 0–100 or not assessed;
 * each status matches its index and the thresholds; the same bytes give the same review; check and review agree;
 * no generated cell is NaN/Infinity; the user's cells are unchanged; no row is dropped silently.
 * 1,000 workbooks with a fixed seed (IMM_WORKBOOK_SEED to replay another); `npm run fuzz -- --workbooks N` runs more.
 */
import fc from "fast-check";
import { readFileSync } from "fs";
import { join } from "path";
import { workbookArb, type GenWorkbook } from "../generators/workbook-arbitraries";
import { ISSUE7_WORKBOOKS, TIDY_WORKBOOK } from "../generators/workbook-examples";
import { bytesViolations, expectedRag, isLocated, workbookViolations } from "../generators/workbook-properties";

const SEED = Number(process.env.IMM_WORKBOOK_SEED ?? 20261130);
const RUNS = Number(process.env.IMM_WORKBOOK_RUNS ?? 1000);

describe("the property helpers", () => {
  it("decide the status on the index rounded to 1 decimal, as displayed", () => {
    expect(expectedRag(59.96, 60, 80)).toBe("Amber");
    expect(expectedRag(59.94, 60, 80)).toBe("Red");
    expect(expectedRag(80, 60, 80)).toBe("Green");
  });

  it("accept a cell or a table and column as a location, and nothing else", () => {
    const p = { severity: "error" as const, table: "IMM_Risks", sheet: "O'Brien", address: "E7", message: "'O''Brien'!E7: bad" };
    expect(isLocated(p)).toBe(true);
    expect(isLocated({ ...p, message: "O'Brien!E7: bad" })).toBe(false);
    expect(isLocated({ ...p, message: "Cannot read properties of undefined (reading 'get')" })).toBe(false);
    expect(isLocated({ ...p, sheet: "", address: "", message: `IMM_Risks: required column "Type" not found` })).toBe(true);
  });
});

describe("the properties can hold", () => {
  it("on a tidy workbook (table, plain range under a title, settings)", async () => {
    expect(await workbookViolations(TIDY_WORKBOOK)).toEqual([]);
  }, 60_000);

  it("on the shipped sample workbook", async () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, "../../assets/samples/hospital-ppp.xlsx")));
    expect(await bytesViolations(bytes)).toEqual([]);
  }, 60_000);
});

describe("the workbooks of issue 7", () => {
  it.each(Object.entries(ISSUE7_WORKBOOKS))("%s: reviews without breaking a property", async (_name, w) => {
    expect(await workbookViolations(w)).toEqual([]);
  }, 60_000);
});

describe("whole generated workbooks (issue 7 §5)", () => {
  it(`review and check ${RUNS} workbooks (seed ${SEED}) without breaking a property`, async () => {
    await fc.assert(
      fc.asyncProperty(workbookArb(), async (w: GenWorkbook) => {
        const violations = await workbookViolations(w);
        if (violations.length) throw new Error(violations.join("\n"));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 900_000);
});
