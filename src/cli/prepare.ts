/**
 * One code path for `review` and `check`: open, read, assess and write the review sheets in memory, step by step,
 * each step wrapped so an unexpected exception becomes one InternalFault sentence. `review` then saves the bytes;
 * `check` discards them, so a workbook that `check` passes can fail in `review` only because of its output path.
 */
import { WorkbookFileError, type XlsxHost } from "../hosts/xlsx";
import type { WriteResult } from "../hosts/port";
import type { Assessment } from "../review/assess/assessment";
import type { SheetPlan } from "../review/kit/plan";
import type { SheetRegistry } from "../review/sheets/registry";
import type { ModelInputs, WorkbookSnapshot } from "../tables/types";
import { during, InputFileError } from "./faults";
import type { CliIo } from "./io";
import { fileReason } from "./output-errors";
import type { PortfolioRunner } from "./portfolio-assess";

/** The plans of a review and the assessment behind them. */
export interface ReviewPlans {
  plans: SheetPlan[];
  assessment: Assessment;
}

/** What a review needs from an opened workbook (XlsxHost; a fake in tests). */
export type ReviewHost = Pick<XlsxHost, "readSnapshot" | "applyPlans" | "toBuffer">;

/** The review engine the CLI drives (bytes → host → tables → plans), injectable for tests. */
export interface ReviewEngine {
  /** Opens .xlsx bytes; throws WorkbookFileError for a file that is not a readable workbook. */
  openWorkbook(bytes: Uint8Array, name: string): Promise<ReviewHost>;
  readModel(snapshot: WorkbookSnapshot): ModelInputs;
  buildReviewPlans(model: ModelInputs, options: { sheets?: string[]; reviewDate?: number }): ReviewPlans | Promise<ReviewPlans>;
  buildTemplatePlans(options: { examples?: boolean }): SheetPlan[];
  /** The sheet registry behind --sheets, the plans and ownership (default: the built-in one). */
  sheets?: SheetRegistry;
  /** How `imm portfolio` assesses many workbooks (the CLI: worker threads; default: one after another on this thread). */
  portfolioRunner?: PortfolioRunner;
}

/** A workbook reviewed in memory. */
export interface PreparedReview {
  model: ModelInputs;
  assessment: Assessment;
  written: WriteResult;
  /** The reviewed workbook as .xlsx bytes (not saved). */
  bytes: Uint8Array;
}

export interface PrepareOptions {
  sheets?: string[];
}

/**
 * True when no IMM input table (risks, partnership, KPIs) was found at all. A table found but unreadable (a required
 * column missing) is not "no tables": the review goes on, so its located error is listed and its pillar says why.
 */
export function noImmTables(model: ModelInputs): boolean {
  const unread = (model.unread ?? []).some((t) => t.table === "IMM_Risks" || t.table === "IMM_Partnership" || t.table === "IMM_KPIs");
  return model.risks === null && model.partnership === null && model.kpis === null && !unread;
}

function noTablesMessage(path: string): string {
  return `${path}: no IMM tables found (IMM_Risks, IMM_Partnership or IMM_KPIs, by table name or headers); "imm template FILE.xlsx" writes a blank model`;
}

/** Opens a workbook file, turning every failure about the file into one InputFileError line. */
export async function openWorkbook(path: string, io: CliIo, engine: ReviewEngine): Promise<ReviewHost> {
  const kind = await io.kind(path);
  if (kind === null) throw new InputFileError(`${path}: no such file`);
  if (kind === "dir") throw new InputFileError(`${path}: is a folder, not a workbook`);
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (e) {
    const reason = fileReason(e);
    if (reason) throw new InputFileError(`${path}: cannot be opened (${reason})`);
    throw e;
  }
  try {
    return await engine.openWorkbook(bytes, io.path.basename(path));
  } catch (e) {
    if (e instanceof WorkbookFileError) throw new InputFileError(e.message.replace(/^[^:]*:/, `${path}:`));
    throw e;
  }
}

/** Reviews one workbook in memory; throws InputFileError or InternalFault (naming the step). */
export async function prepareReview(input: string, opts: PrepareOptions, io: CliIo, engine: ReviewEngine): Promise<PreparedReview> {
  const step = (what: string): void => io.progress?.(`  ${input}: ${what}…`);
  step("opening");
  const host = await during(input, "open", () => openWorkbook(input, io, engine));
  step("reading the IMM tables");
  const model = await during(input, "read", async () => engine.readModel(await host.readSnapshot()));
  if (noImmTables(model)) throw new InputFileError(noTablesMessage(input));
  step(`assessing ${model.risks?.length ?? 0} risks, ${model.kpis?.length ?? 0} KPI rows, ${model.partnership?.length ?? 0} partnership ratings`);
  const { plans, assessment } = await during(input, "assess", () => engine.buildReviewPlans(model, { sheets: opts.sheets }));
  const { written, bytes } = await during(input, "write", async () => {
    const result = await host.applyPlans(plans, (done, total, label) => {
      if (done < total) step(`writing ${label} (${done + 1}/${total})`);
    });
    return { written: result, bytes: await host.toBuffer() };
  });
  return { model, assessment, written, bytes };
}
