/** The CLI commands (review, check, template) over the injected CliIo; each returns an exit code. */
import { WorkbookFileError, XlsxHost } from "../hosts/xlsx";
import type { SheetKey, SheetPlan } from "../review/plan";
import type { Assessment } from "../review/assessment";
import type { ModelInputs, WorkbookSnapshot } from "../tables/types";
import { UsageError } from "./args";
import type { CliIo } from "./io";
import { indexLines, problemCount, problemLines } from "./summary";

/** The review engine the CLI drives (tables → plans), injectable for tests. */
export interface ReviewEngine {
  readModel(snapshot: WorkbookSnapshot): ModelInputs;
  buildReviewPlans(model: ModelInputs, options: { sheets?: SheetKey[]; reviewDate?: number }): { plans: SheetPlan[]; assessment: Assessment };
  buildTemplatePlans(options: { examples?: boolean }): SheetPlan[];
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** A failure about one input file, reported as one line. */
export class InputFileError extends Error {}

/** Expands inputs: directories to their .xlsx files (no lock files or earlier review outputs). */
export async function expandInputs(inputs: string[], io: CliIo): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const kind = await io.kind(input);
    if (kind === "dir") {
      const names = (await io.list(input)).filter((n) => /\.xlsx$/i.test(n) && !n.startsWith("~$") && !/\.review\.xlsx$/i.test(n)).sort();
      if (!names.length) throw new InputFileError(`${input}: no .xlsx workbooks in this folder`);
      out.push(...names.map((n) => io.path.join(input, n)));
    } else {
      out.push(input);
    }
  }
  return out;
}

/** Opens a workbook file as an XlsxHost, turning every failure into one line. */
export async function openWorkbook(path: string, io: CliIo): Promise<XlsxHost> {
  const kind = await io.kind(path);
  if (kind === null) throw new InputFileError(`${path}: no such file`);
  if (kind === "dir") throw new InputFileError(`${path}: is a folder, not a workbook`);
  const bytes = await io.readFile(path);
  try {
    return await XlsxHost.fromBuffer(bytes, io.path.basename(path));
  } catch (e) {
    if (e instanceof WorkbookFileError) throw new InputFileError(e.message.replace(/^[^:]*:/, `${path}:`));
    throw new InputFileError(`${path}: could not be read (${e instanceof Error ? e.message.split("\n")[0] : String(e)})`);
  }
}

/** True when no IMM input table (risks, partnership, KPIs) was found. */
export function noImmTables(model: ModelInputs): boolean {
  return model.risks === null && model.partnership === null && model.kpis === null;
}

function noTablesMessage(path: string): string {
  return `${path}: no IMM tables found (IMM_Risks, IMM_Partnership or IMM_KPIs, by table name or headers); "imm template FILE.xlsx" writes a blank model`;
}

/** Default output: NAME.review.xlsx next to the input. */
export function defaultOutput(input: string, io: CliIo): string {
  const base = io.path.basename(input).replace(/\.xlsx$/i, "");
  return io.path.join(io.path.dirname(input), `${base}.review.xlsx`);
}

interface ReviewOptions {
  output?: string;
  inPlace: boolean;
  sheets?: SheetKey[];
}

/** Reviews one workbook: writes the output, prints the summary; returns the exit code for this file. */
export async function reviewOne(input: string, opts: ReviewOptions, io: CliIo, engine: ReviewEngine): Promise<number> {
  const output = opts.inPlace ? input : (opts.output ?? defaultOutput(input, io));
  if (!opts.inPlace && io.path.resolve(output) === io.path.resolve(input)) {
    throw new UsageError(`${output} is the input workbook; use --in-place to overwrite it`);
  }
  const step = (what: string): void => io.progress?.(`  ${input}: ${what}…`);
  step("opening");
  const host = await openWorkbook(input, io);
  const lost = host.unsupported.join(", ");
  if (opts.inPlace && lost) {
    throw new InputFileError(`${input}: has ${lost}, which this tool cannot write back; --in-place would lose them (use -o OUT.xlsx, or the Excel add-in)`);
  }
  step("reading the IMM tables");
  const model = engine.readModel(await host.readSnapshot());
  if (noImmTables(model)) throw new InputFileError(noTablesMessage(input));
  step(`assessing ${model.risks?.length ?? 0} risks, ${model.kpis?.length ?? 0} KPI rows, ${model.partnership?.length ?? 0} partnership ratings`);
  const { plans, assessment } = engine.buildReviewPlans(model, { sheets: opts.sheets });
  const written = await host.applyPlans(plans, (done, total, label) => {
    if (done < total) step(`writing ${label} (${done + 1}/${total})`);
  });
  step(`saving ${output}`);
  await io.writeFile(output, await host.toBuffer());
  if (io.progress) io.progress("");
  io.out(`${input} → ${output}`);
  for (const line of indexLines(assessment)) io.out(line);
  io.out(`  Sheets: ${written.sheets.join(", ")}`);
  for (const note of written.notes) io.out(`  Note: ${note}`);
  if (lost) io.out(`  Note: the input has ${lost}, which the .xlsx writer cannot copy: they are not in ${output} (the input is unchanged).`);
  io.out(`  ${problemCount(assessment.problems)}${assessment.problems.length ? ":" : ""}`);
  for (const line of problemLines(assessment.problems)) io.out(line);
  return assessment.problems.some((p) => p.severity === "error") ? EXIT_PROBLEMS : EXIT_OK;
}

/** Checks one workbook's tables without writing; returns the exit code for this file. */
export async function checkOne(input: string, io: CliIo, engine: ReviewEngine): Promise<number> {
  const host = await openWorkbook(input, io);
  const model = engine.readModel(await host.readSnapshot());
  if (noImmTables(model)) throw new InputFileError(noTablesMessage(input));
  const found = model.sources.map((s) => `${s.table} (${s.sheet}!${s.range})`).join(", ");
  io.out(`${input}: ${found}`);
  io.out(`  ${problemCount(model.problems)}${model.problems.length ? ":" : ""}`);
  for (const line of problemLines(model.problems)) io.out(line);
  return model.problems.some((p) => p.severity === "error") ? EXIT_PROBLEMS : EXIT_OK;
}

/** Writes a blank (or example) model workbook. */
export async function writeTemplate(output: string, examples: boolean, force: boolean, io: CliIo, engine: ReviewEngine): Promise<number> {
  if (!/\.xlsx$/i.test(output)) throw new UsageError(`${output}: the template must be an .xlsx file`);
  if (!force && (await io.kind(output)) !== null) throw new UsageError(`${output} exists; use --force to replace it`);
  const host = XlsxHost.blank(io.path.basename(output));
  const res = await host.insertTemplates(engine.buildTemplatePlans({ examples }));
  await io.writeFile(output, await host.toBuffer());
  io.out(`${output}: ${res.sheets.join(", ")}${examples ? " (with example rows)" : ""}`);
  return EXIT_OK;
}
