/** §4 of issue 7: an unexpected exception at any step is one sentence naming the file and the step, never a raw message. */
import { existsSync } from "fs";
import { join } from "path";
import { defaultEngine } from "./engine";
import type { ReviewEngine, ReviewHost } from "./prepare";
import { runCli } from "./run";
import { registerFolderPerTest, writeRegister } from "./testing/helpers";

const RAW = "Cannot read properties of undefined (reading 'get')";
const boom = (): never => {
  throw new TypeError(RAW);
};

const t = registerFolderPerTest("imm-cli-faults-");

/** The real engine with the host's write step replaced. */
function hostWith(patch: Partial<ReviewHost>): ReviewEngine {
  return {
    ...defaultEngine,
    openWorkbook: async (bytes, name) => {
      const host = await defaultEngine.openWorkbook(bytes, name);
      return {
        readSnapshot: () => host.readSnapshot(),
        applyPlans: (plans, progress) => host.applyPlans(plans, progress),
        toBuffer: () => host.toBuffer(),
        ...patch,
      };
    },
  };
}

const fault = (file: string, what: string) =>
  `imm: ${file}: internal error while ${what} — this is a fault in imm; please report it (details with IMM_DEBUG=1)`;

describe("unexpected exceptions", () => {
  const steps: [string, () => ReviewEngine, string][] = [
    ["open", () => ({ ...defaultEngine, openWorkbook: async () => boom() }), "opening the workbook"],
    ["read", () => ({ ...defaultEngine, readModel: boom }), "reading the IMM tables"],
    ["assess", () => ({ ...defaultEngine, buildReviewPlans: boom }), "assessing the IMM tables"],
    ["write (sheets)", () => hostWith({ applyPlans: async () => boom() }), "writing the review sheets"],
    ["write (package)", () => hostWith({ toBuffer: async () => boom() }), "writing the review sheets"],
  ];

  it.each(steps)("review: a TypeError while %s is one sentence naming file and step, exit 1, nothing written", async (_step, engine, what) => {
    expect(await runCli(["review", t.input], t.io, engine())).toBe(1);
    expect(t.err).toEqual([fault(t.input, what)]);
    expect(t.out).toEqual([]);
    expect(existsSync(join(t.dir, "hospital.review.xlsx"))).toBe(false);
  });

  it.each(steps)("check: a TypeError while %s gives the same sentence as review", async (_step, engine, what) => {
    expect(await runCli(["check", t.input], t.io, engine())).toBe(1);
    expect(t.err).toEqual([fault(t.input, what)]);
  });

  it("save: a TypeError from the file system layer names the output file", async () => {
    t.io = { ...t.io, writeFile: async () => boom() };
    const output = join(t.dir, "out.xlsx");
    expect(await runCli(["review", t.input, "-o", output], t.io, defaultEngine)).toBe(1);
    expect(t.err).toEqual([fault(t.input, `saving ${output}`)]);
  });

  it("template: a fault while building it names the output and the step", async () => {
    const output = join(t.dir, "model.xlsx");
    expect(await runCli(["template", output], t.io, { ...defaultEngine, buildTemplatePlans: boom })).toBe(1);
    expect(t.err).toEqual([fault(output, "writing the template sheets")]);
    expect(existsSync(output)).toBe(false);
  });

  it("an exception outside any step still never shows the raw message", async () => {
    t.io = { ...t.io, kind: async () => boom() };
    expect(await runCli(["review", t.input], t.io, defaultEngine)).toBe(1);
    expect(t.err).toEqual(["imm: internal error — this is a fault in imm; please report it (details with IMM_DEBUG=1)"]);
  });

  it("with IMM_DEBUG the stack follows the sentence", async () => {
    t.io = { ...t.io, debug: true };
    expect(await runCli(["review", t.input], t.io, { ...defaultEngine, readModel: boom })).toBe(1);
    expect(t.err[0]).toBe(fault(t.input, "reading the IMM tables"));
    expect(t.err[1]).toContain(`TypeError: ${RAW}`);
    expect(t.err[1]).toMatch(/\n\s+at /);
  });

  it("in a folder run, a fault in one workbook does not stop the others", async () => {
    await writeRegister(join(t.dir, "second.xlsx"));
    let calls = 0;
    const engine: ReviewEngine = {
      ...defaultEngine,
      buildReviewPlans: (model, options) => (++calls === 1 ? boom() : defaultEngine.buildReviewPlans(model, options)),
    };
    expect(await runCli(["review", t.dir], t.io, engine)).toBe(1);
    expect(t.err).toContain(fault(t.input, "assessing the IMM tables"));
    expect(existsSync(join(t.dir, "second.review.xlsx"))).toBe(true);
    expect(t.err.join("\n")).not.toContain(RAW);
  });
});
