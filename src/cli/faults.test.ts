/** §4 of issue 7: an unexpected exception at any step is one sentence naming the file and the step, never a raw message. */
import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { defaultEngine } from "./engine";
import type { CliIo } from "./io";
import type { ReviewEngine, ReviewHost } from "./prepare";
import { runCli } from "./run";
import { capturedIo, writeRegister } from "./testing/helpers";

const RAW = "Cannot read properties of undefined (reading 'get')";
const boom = (): never => {
  throw new TypeError(RAW);
};

let dir: string;
let input: string;
let io: CliIo;
let out: string[];
let err: string[];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "imm-cli-faults-"));
  input = join(dir, "hospital.xlsx");
  await writeRegister(input);
  ({ io, out, err } = capturedIo());
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

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
    expect(await runCli(["review", input], io, engine())).toBe(1);
    expect(err).toEqual([fault(input, what)]);
    expect(out).toEqual([]);
    expect(existsSync(join(dir, "hospital.review.xlsx"))).toBe(false);
  });

  it.each(steps)("check: a TypeError while %s gives the same sentence as review", async (_step, engine, what) => {
    expect(await runCli(["check", input], io, engine())).toBe(1);
    expect(err).toEqual([fault(input, what)]);
  });

  it("save: a TypeError from the file system layer names the output file", async () => {
    io = { ...io, writeFile: async () => boom() };
    const output = join(dir, "out.xlsx");
    expect(await runCli(["review", input, "-o", output], io, defaultEngine)).toBe(1);
    expect(err).toEqual([fault(input, `saving ${output}`)]);
  });

  it("template: a fault while building it names the output and the step", async () => {
    const output = join(dir, "model.xlsx");
    expect(await runCli(["template", output], io, { ...defaultEngine, buildTemplatePlans: boom })).toBe(1);
    expect(err).toEqual([fault(output, "writing the template sheets")]);
    expect(existsSync(output)).toBe(false);
  });

  it("an exception outside any step still never shows the raw message", async () => {
    io = { ...io, kind: async () => boom() };
    expect(await runCli(["review", input], io, defaultEngine)).toBe(1);
    expect(err).toEqual(["imm: internal error — this is a fault in imm; please report it (details with IMM_DEBUG=1)"]);
  });

  it("with IMM_DEBUG the stack follows the sentence", async () => {
    io = { ...io, debug: true };
    expect(await runCli(["review", input], io, { ...defaultEngine, readModel: boom })).toBe(1);
    expect(err[0]).toBe(fault(input, "reading the IMM tables"));
    expect(err[1]).toContain(`TypeError: ${RAW}`);
    expect(err[1]).toMatch(/\n\s+at /);
  });

  it("in a folder run, a fault in one workbook does not stop the others", async () => {
    await writeRegister(join(dir, "second.xlsx"));
    let calls = 0;
    const engine: ReviewEngine = {
      ...defaultEngine,
      buildReviewPlans: (model, options) => (++calls === 1 ? boom() : defaultEngine.buildReviewPlans(model, options)),
    };
    expect(await runCli(["review", dir], io, engine)).toBe(1);
    expect(err).toContain(fault(input, "assessing the IMM tables"));
    expect(existsSync(join(dir, "second.review.xlsx"))).toBe(true);
    expect(err.join("\n")).not.toContain(RAW);
  });
});
