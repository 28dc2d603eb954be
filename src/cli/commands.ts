/** The CLI commands (review, check, template) over the injected CliIo; each returns an exit code. */
import { XlsxHost } from "../hosts/xlsx";
import { UsageError } from "./args";
import { during, InputFileError } from "./faults";
import type { CliIo } from "./io";
import { groupNotes } from "./notes";
import { cannotWrite, fileReason } from "./output-errors";
import { checkFolder, resolveOutput } from "./outputs";
import { prepareReview, type ReviewEngine } from "./prepare";
import { indexLines, problemCount, problemLines } from "./summary";
import type { Problem } from "../tables/types";
import { sheetRef } from "../tables/problems";

export type { ReviewEngine, ReviewHost } from "./prepare";
export { InputFileError } from "./faults";
export { defaultOutput } from "./outputs";

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** Expands inputs: directories to their .xlsx and .xlsm files (no lock files or earlier review outputs). */
export async function expandInputs(inputs: string[], io: CliIo): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const kind = await io.kind(input);
    if (kind === "dir") {
      let names: string[];
      try {
        names = await io.list(input);
      } catch (e) {
        const reason = fileReason(e);
        if (reason) throw new InputFileError(`${input}: cannot list this folder (${reason})`);
        throw e;
      }
      names = names.filter((n) => /\.xls[xm]$/i.test(n) && !n.startsWith("~$") && !/\.review\.xls[xm]$/i.test(n)).sort();
      if (!names.length) throw new InputFileError(`${input}: no .xlsx workbooks in this folder`);
      out.push(...names.map((n) => io.path.join(input, n)));
    } else {
      out.push(input);
    }
  }
  return out;
}

/** Writes bytes to a file chosen by the user; a file-system failure becomes "cannot write OUT.xlsx: REASON". */
async function save(file: string, output: string, bytes: Uint8Array, io: CliIo): Promise<void> {
  await during(file, "save", async () => {
    try {
      await io.writeFile(output, bytes);
    } catch (e) {
      const reason = fileReason(e);
      if (reason) throw cannotWrite(output, reason);
      throw e;
    }
  }, output);
}

function printProblems(problems: Problem[], io: CliIo): void {
  io.out(`  ${problemCount(problems)}${problems.length ? ":" : ""}`);
  for (const line of problemLines(problems)) io.out(line);
}

const exitFor = (problems: Problem[]): number => (problems.some((p) => p.severity === "error") ? EXIT_PROBLEMS : EXIT_OK);

interface ReviewOptions {
  output?: string;
  inPlace: boolean;
  sheets?: string[];
}

/** Reviews one workbook: writes the output, prints the summary; returns the exit code for this file. */
export async function reviewOne(input: string, opts: ReviewOptions, io: CliIo, engine: ReviewEngine): Promise<number> {
  const output = await resolveOutput(input, opts, io);
  const { assessment, written, bytes } = await prepareReview(input, { sheets: opts.sheets }, io, engine);
  io.progress?.(`  ${input}: saving ${output}…`);
  await save(input, output, bytes, io);
  if (io.progress) io.progress("");
  io.out(`${input} → ${output}`);
  for (const line of indexLines(assessment)) io.out(line);
  io.out(`  Sheets: ${written.sheets.join(", ")}`);
  for (const note of groupNotes(written.notes)) io.out(`  Note: ${note}`);
  printProblems(assessment.problems, io);
  return exitFor(assessment.problems);
}

/**
 * Checks one workbook: everything `review` does (open, read, assess, write the sheets in memory) except saving;
 * prints the tables found and the same problem lines as `review`; returns the exit code for this file.
 */
export async function checkOne(input: string, io: CliIo, engine: ReviewEngine): Promise<number> {
  const { model, assessment } = await prepareReview(input, {}, io, engine);
  if (io.progress) io.progress("");
  const found = model.sources.map((s) => `${s.table} (${sheetRef(s.sheet)}!${s.range})`).join(", ");
  io.out(`${input}: ${found}`);
  printProblems(assessment.problems, io);
  return exitFor(assessment.problems);
}

/** Writes a blank (or example) model workbook. */
export async function writeTemplate(output: string, examples: boolean, force: boolean, io: CliIo, engine: ReviewEngine): Promise<number> {
  if (!/\.xlsx$/i.test(output)) throw new UsageError(`${output}: the template must be an .xlsx file`);
  const kind = await io.kind(output);
  if (kind === "dir") throw cannotWrite(output, "it is a folder");
  if (!force && kind !== null) throw new UsageError(`${output} exists; use --force to replace it`);
  await checkFolder(output, io);
  const { sheets, bytes } = await during(output, "template", async () => {
    const host = XlsxHost.blank(io.path.basename(output));
    const res = await host.insertTemplates(engine.buildTemplatePlans({ examples }));
    return { sheets: res.sheets, bytes: await host.toBuffer() };
  });
  await save(output, output, bytes, io);
  io.out(`${output}: ${sheets.join(", ")}${examples ? " (with example rows)" : ""}`);
  return EXIT_OK;
}
