/** Issue 8 §4: options parsed by node:util parseArgs, with the CLI's own messages kept. */
import { parseArgs, UsageError } from "./args";

const usage = (argv: string[]): string => {
  try {
    parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  throw new Error(`no usage error for ${argv.join(" ")}`);
};

describe("parseArgs", () => {
  it("reads every option in its short, long and --name=value forms", () => {
    expect(parseArgs(["review", "a.xlsx", "-o", "b.xlsx", "--sheets", "risk,Dashboard,risk"])).toEqual({
      kind: "review", inputs: ["a.xlsx"], output: "b.xlsx", inPlace: false, sheets: ["risk", "dashboard"],
    });
    expect(parseArgs(["review", "--output=b.xlsx", "a.xlsx", "--sheets=risk"])).toMatchObject({ output: "b.xlsx", sheets: ["risk"] });
    expect(parseArgs(["review", "a.xlsx", "--in-place"])).toMatchObject({ inPlace: true, output: undefined });
    expect(parseArgs(["template", "m.xlsx", "--examples", "--force"])).toEqual({ kind: "template", output: "m.xlsx", examples: true, force: true });
    expect(parseArgs(["template", "-o", "m.xlsx"])).toMatchObject({ output: "m.xlsx" });
    expect(parseArgs(["check", "a.xlsx", "b.xlsx"])).toEqual({ kind: "check", inputs: ["a.xlsx", "b.xlsx"] });
  });

  it("help and version win wherever they are", () => {
    expect(parseArgs([])).toEqual({ kind: "help" });
    expect(parseArgs(["review", "--bogus", "-h"])).toEqual({ kind: "help" });
    expect(parseArgs(["review", "-o", "-v"])).toEqual({ kind: "version" });
  });

  it.each([
    [["review", "a.xlsx", "-o"], "-o needs a value"],
    [["review", "a.xlsx", "--output"], "--output needs a value"],
    [["review", "a.xlsx", "-o", "--in-place"], "-o needs a value"],
    [["review", "a.xlsx", "--sheets"], "--sheets needs a value"],
    [["review", "a.xlsx", "--sheets="], "--sheets needs a list, e.g. --sheets risk,dashboard"],
    [["review", "a.xlsx", "--bogus"], "unknown option --bogus"],
    [["review", "a.xlsx", "-x"], "unknown option -x"],
    [["review", "a.xlsx", "--force=yes"], "unknown option --force=yes"],
    [["review", "a.xlsx", "--in-place", "-o", "b.xlsx"], "use either --in-place or -o, not both"],
    [["check", "a.xlsx", "--sheets", "risk"], "check writes nothing: -o, --in-place and --sheets do not apply"],
    [["template", "a.xlsx", "b.xlsx"], "template needs one output file, e.g. imm template model.xlsx"],
  ])("%j → %s", (argv, message) => {
    expect(usage(argv)).toBe(message);
  });

  it('"--" ends the options, so a workbook named like an option can be given', () => {
    expect(parseArgs(["review", "--", "-odd.xlsx"])).toMatchObject({ inputs: ["-odd.xlsx"] });
  });
});
