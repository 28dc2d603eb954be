/** §2 of issue 7: `check` reads and assesses exactly as `review` does and differs only by not saving. */
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { defaultEngine } from "./engine";
import type { ReviewEngine } from "./prepare";
import { runCli } from "./run";
import { capturedIo, writeRegister } from "./testing/helpers";

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "imm-cli-check-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The lines after the "N problems" count: one per located problem. */
const problemLines = (out: string[]) => out.filter((l) => /^ {4}(error|warning|info)\s/.test(l));

/**
 * The real engine, except that the reader lets through a likelihood the risk engine rejects: the problem then only
 * shows up at assessment (assessRisks turns the row into a warning), never in readModel's own problems.
 */
const engine: ReviewEngine = {
  ...defaultEngine,
  readModel: (snapshot) => {
    const model = defaultEngine.readModel(snapshot);
    if (model.risks?.length) model.risks[0] = { ...model.risks[0], likelihood: Number.NaN };
    return model;
  },
};

describe("check agrees with review", () => {
  it("reports a problem found only at assessment with the same lines and exit code as review", async () => {
    const input = join(dir, "register.xlsx");
    await writeRegister(input);
    const check = capturedIo();
    const checkCode = await runCli(["check", input], check.io, engine);
    expect(existsSync(join(dir, "register.review.xlsx"))).toBe(false);
    const review = capturedIo();
    const reviewCode = await runCli(["review", input], review.io, engine);
    expect(existsSync(join(dir, "register.review.xlsx"))).toBe(true);

    const lines = problemLines(check.out);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^ {4}warning Risks!A2: risk R1 left out of the review: /);
    expect(lines).toEqual(problemLines(review.out));
    expect(check.out).toContain("  1 problem (1 warning):");
    expect(review.out).toContain("  1 problem (1 warning):");
    expect(checkCode).toBe(reviewCode);
    expect(check.err).toEqual([]);
  });

  it("the most common register (ID, Risk, Type, Likelihood, Consequence only) gets the same verdict from both", async () => {
    // Issue 7 §1: review crashed on this register while check said "no problems". Whatever review does with it
    // (a review, or a fault sentence), check must say the same.
    const input = join(dir, "plain.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Risks").addTable({
      name: "IMM_Risks",
      ref: "A1",
      columns: ["ID", "Risk", "Type", "Likelihood", "Consequence"].map((name) => ({ name })),
      rows: [["R1", "Lift failure", "Threat", 3, 4], ["R2", "Energy price", "Threat", 2, 5]],
    });
    writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
    const check = capturedIo();
    const review = capturedIo();
    const checkCode = await runCli(["check", input], check.io, defaultEngine);
    const reviewCode = await runCli(["review", input], review.io, defaultEngine);
    expect(checkCode).toBe(reviewCode);
    expect(check.err).toEqual(review.err);
    expect(problemLines(check.out)).toEqual(problemLines(review.out));
    expect(check.out.find((l) => /problem/.test(l))).toBe(review.out.find((l) => /problem/.test(l)));
  });

  it("check builds the review sheets in memory: a workbook that cannot be written fails check too", async () => {
    const input = join(dir, "register.xlsx");
    await writeRegister(input);
    const { io, err } = capturedIo();
    const failing: ReviewEngine = { ...defaultEngine, buildReviewPlans: async (m, o) => ({ ...(await defaultEngine.buildReviewPlans(m, o)), plans: [null as never] }) };
    expect(await runCli(["check", input], io, failing)).toBe(1);
    expect(err).toEqual([
      `imm: ${input}: internal error while writing the review sheets — this is a fault in imm; please report it (details with IMM_DEBUG=1)`,
    ]);
  });
});

describe("a register found but unreadable is not \"no IMM tables found\"", () => {
  it("lists the missing-column error in check and review, exit 1, and review still writes the sheets", async () => {
    const input = join(dir, "no-type.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Risks");
    ws.addRows([["ID", "Risk", "Likelihood", "Consequence"], ["R1", "Lift failure", 3, 4], ["R2", "Energy price", 2, 5]]);
    writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
    for (const command of ["check", "review"]) {
      const run = capturedIo();
      expect(await runCli([command, input], run.io, defaultEngine)).toBe(1);
      expect(run.err.join("\n")).not.toMatch(/no IMM tables found/);
      expect(problemLines(run.out)).toEqual([expect.stringMatching(/^ {4}error\s+IMM_Risks \(Risks!A1:D3\): required column "Type" not found/)]);
    }
    expect(existsSync(join(dir, "no-type.review.xlsx"))).toBe(true);
  });
});
