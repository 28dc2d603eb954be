/** Parsing `imm` command lines into commands; anything malformed is a UsageError (exit code 2). */
import { parseArgs as nodeParseArgs, type ParseArgsConfig } from "node:util";
import { SHEET_REGISTRY, type SheetRegistry } from "../review/sheets/registry";

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export type Command =
  | { kind: "help" }
  | { kind: "version" }
  /** `sheets`: registry keys of the sheets chosen with --sheets (written in registry order). */
  | { kind: "review"; inputs: string[]; output?: string; inPlace: boolean; sheets?: string[] }
  | { kind: "check"; inputs: string[] }
  | { kind: "template"; output: string; examples: boolean; force: boolean }
  /** `jobs`: workbooks assessed at a time (default: the machine's cores). */
  | { kind: "portfolio"; inputs: string[]; output: string; jobs?: number };

/** The help text; the --sheets words come from the sheet registry. */
export function usage(registry: SheetRegistry = SHEET_REGISTRY): string {
  return `imm — IMM (Integrated Management Model) reviews of PPP contract workbooks

Usage:
  imm review WORKBOOK.xlsx [-o OUT.xlsx] [--in-place] [--sheets risk,dashboard]
  imm review DIR | A.xlsx B.xlsx …  [-o OUTDIR]
  imm check WORKBOOK.xlsx …        read and assess as review does; writes nothing
  imm template OUT.xlsx [--examples] [--force]
  imm portfolio A.xlsx B.xlsx DIR … -o PORTFOLIO.xlsx [--jobs N]
  imm --help | --version

review    writes a copy with the review sheets added (default: NAME.review.xlsx next to the input;
          the input is never overwritten unless --in-place). Re-running replaces only generated sheets;
          everything else in the workbook (charts, pivots, pictures, macros…) is kept as it is.
          A macro-enabled NAME.xlsm gives NAME.review.xlsm.
-o        an .xlsx file (.xlsm for an .xlsm input), or a folder to write NAME.review.xlsx into
portfolio assesses each contract workbook as review does (its own settings) and writes IMM Portfolio and
          IMM Portfolio Dashboard into a new workbook; a workbook that fails is listed with its reason
--jobs    workbooks assessed at a time by portfolio (default: the number of CPU cores)
--sheets  which review sheets: ${registry.map((e) => e.cliWord).join(", ")} (default: all)
Exit codes: 0 ok, 1 problems (errors in the tables, unreadable input, unwritable output, internal fault), 2 usage.
IMM_DEBUG=1 adds the details of an internal fault.`;
}

/** The help text of the built-in registry. */
export const USAGE = usage();

/** The registry keys of a --sheets list of CLI words (case-insensitive; repeats dropped). */
function parseSheets(value: string, registry: SheetRegistry): string[] {
  const words = value.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (!words.length) throw new UsageError("--sheets needs a list, e.g. --sheets risk,dashboard");
  const keys = words.map((w) => {
    const entry = registry.find((e) => e.cliWord === w);
    if (!entry) throw new UsageError(`--sheets: unknown sheet "${w}" (use ${registry.map((e) => e.cliWord).join(", ")})`);
    return entry.key;
  });
  return [...new Set(keys)];
}

/** The options of every command, for node:util parseArgs (which commands accept which is checked below). */
const OPTIONS = {
  output: { type: "string", short: "o" },
  "in-place": { type: "boolean" },
  examples: { type: "boolean" },
  force: { type: "boolean" },
  sheets: { type: "string" },
  jobs: { type: "string" },
} as const satisfies ParseArgsConfig["options"];

interface Parsed {
  positional: string[];
  output?: string;
  inPlace: boolean;
  examples: boolean;
  force: boolean;
  sheets?: string[];
  jobs?: number;
}

/** --jobs N: a whole number 1–64. */
function parseJobs(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--jobs ${value}: give a whole number of workbooks at a time, 1–64`);
  return n;
}

/**
 * Reads the options with node:util parseArgs in its token mode, so that each malformed option keeps the CLI's own
 * message: "-o needs a value" (missing, or followed by another option), "unknown option --x" (also a value given
 * to a switch, "--force=yes"). A lone "-" is a positional; "--" ends the options.
 */
function readOptions(args: string[], registry: SheetRegistry): Parsed {
  const { tokens } = nodeParseArgs({ args, options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const parsed: Parsed = { positional: [], inPlace: false, examples: false, force: false };
  for (const t of tokens) {
    if (t.kind === "positional") {
      parsed.positional.push(t.value);
      continue;
    }
    if (t.kind === "option-terminator") continue;
    const raw = args[t.index];
    if (!Object.prototype.hasOwnProperty.call(OPTIONS, t.name)) throw new UsageError(`unknown option ${raw}`);
    const name = t.name as keyof typeof OPTIONS;
    if (OPTIONS[name].type === "boolean") {
      if (t.value !== undefined) throw new UsageError(`unknown option ${raw}`);
      if (name === "in-place") parsed.inPlace = true;
      else if (name === "examples") parsed.examples = true;
      else parsed.force = true;
      continue;
    }
    if (t.value === undefined || (!t.inlineValue && t.value.startsWith("-"))) throw new UsageError(`${t.rawName} needs a value`);
    if (name === "output") parsed.output = t.value;
    else if (name === "jobs") parsed.jobs = parseJobs(t.value);
    else parsed.sheets = parseSheets(t.value, registry);
  }
  return parsed;
}

/** Parses argv (without node and script) against the sheet registry's --sheets words; throws UsageError. */
export function parseArgs(argv: string[], registry: SheetRegistry = SHEET_REGISTRY): Command {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h") || argv[0] === "help") return { kind: "help" };
  if (argv.includes("--version") || argv.includes("-v")) return { kind: "version" };
  const [verb, ...rest] = argv;
  const { positional, output, inPlace, examples, force, sheets, jobs } = readOptions(rest, registry);
  if (jobs !== undefined && verb !== "portfolio") throw new UsageError("--jobs applies to portfolio only");
  switch (verb) {
    case "review":
      if (!positional.length) throw new UsageError("review needs a workbook, e.g. imm review model.xlsx");
      if (inPlace && output) throw new UsageError("use either --in-place or -o, not both");
      return { kind: "review", inputs: positional, output, inPlace, sheets };
    case "check":
      if (!positional.length) throw new UsageError("check needs a workbook, e.g. imm check model.xlsx");
      if (output || inPlace || sheets) throw new UsageError("check writes nothing: -o, --in-place and --sheets do not apply");
      return { kind: "check", inputs: positional };
    case "template": {
      const out = output ?? positional[0];
      if (!out || positional.length > (output ? 0 : 1)) throw new UsageError("template needs one output file, e.g. imm template model.xlsx");
      return { kind: "template", output: out, examples, force };
    }
    case "portfolio":
      if (!positional.length) throw new UsageError("portfolio needs workbooks or folders, e.g. imm portfolio contracts/ -o portfolio.xlsx");
      if (!output) throw new UsageError("portfolio needs -o PORTFOLIO.xlsx, the new workbook to write");
      if (inPlace || sheets || examples || force) throw new UsageError("portfolio writes a new workbook: --in-place, --sheets, --examples and --force do not apply");
      return { kind: "portfolio", inputs: positional, output, jobs };
    default:
      throw new UsageError(`unknown command "${verb}" (use review, check, template or portfolio)`);
  }
}
