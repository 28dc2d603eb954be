/**
 * The Portfolio flow's pipeline, in the browser: each chosen .xlsx file is read from its bytes (no upload, no request:
 * the xlsx host opens it in memory), assessed as the CLI's `imm portfolio` assesses it (its input tables only, its own
 * IMM_Settings), summarised; the portfolio's two sheets are then written into the current workbook through the host
 * port. A file that cannot be read or assessed is listed with its one-line reason; the others go on.
 */
import type { Progress, WorkbookHost, WriteResult } from "../../hosts/port";
import { buildReviewPlans } from "../../review";
import { buildPortfolio, buildPortfolioPlans, type Portfolio, type PortfolioFailure } from "../../review/portfolio/plans";
import { summarizeContract, type ContractSummary } from "../../review/portfolio/summary";
import { readModel } from "../../tables";

/** A chosen file: its name and a way to get its bytes (File in the browser; plain bytes in tests). */
export interface PortfolioFile {
  name: string;
  bytes(): Promise<Uint8Array>;
}

/** Which step the run is at: assessing file `done + 1` of `total`, or writing the sheets. */
export type PortfolioProgress = (step: { phase: "assess" | "write"; done: number; total: number; label: string }) => void;

/** The fault sentence for an unexpected exception (never a raw JavaScript message). */
const FAULT = "internal error while assessing it — this is a fault in IMM; please report it";

/** Assesses one file for the portfolio; throws an Error whose message is the file's one-line reason. */
export async function assessFile(file: PortfolioFile): Promise<ContractSummary> {
  // The xlsx host (ExcelJS) is loaded only when a portfolio is built, so the task pane's first load stays small.
  const { XlsxHost, WorkbookFileError } = await import(/* webpackChunkName: "xlsx-host" */ "../../hosts/xlsx");
  let host: Awaited<ReturnType<typeof XlsxHost.fromBuffer>>;
  try {
    host = await XlsxHost.forReview(await file.bytes(), file.name);
  } catch (e) {
    throw new Error(e instanceof WorkbookFileError ? e.message : `${file.name}: ${FAULT}`);
  }
  try {
    const model = readModel(await host.readSnapshot());
    // The CLI's rule (cli/prepare noImmTables): a pillar table found but unreadable still counts as found.
    const unread = (model.unread ?? []).some((t) => t.table === "IMM_Risks" || t.table === "IMM_Partnership" || t.table === "IMM_KPIs");
    if (model.risks === null && model.partnership === null && model.kpis === null && !unread) {
      throw new ReasonError(`${file.name}: no IMM tables found (IMM_Risks, IMM_Partnership or IMM_KPIs, by table name or headers)`);
    }
    return summarizeContract(file.name, model, buildReviewPlans(model).assessment);
  } catch (e) {
    throw e instanceof ReasonError ? e : new Error(`${file.name}: ${FAULT}`);
  }
}

class ReasonError extends Error {}

/** Builds the portfolio from the files and writes its sheets into the workbook behind `host`. */
export async function runPortfolio(
  files: PortfolioFile[], host: WorkbookHost, onProgress?: PortfolioProgress,
): Promise<{ portfolio: Portfolio; result: WriteResult }> {
  const summaries: ContractSummary[] = [];
  const failures: PortfolioFailure[] = [];
  for (const [i, f] of files.entries()) {
    onProgress?.({ phase: "assess", done: i, total: files.length, label: f.name });
    try {
      summaries.push(await assessFile(f));
    } catch (e) {
      failures.push({ file: f.name, reason: e instanceof Error ? e.message : `${f.name}: ${FAULT}` });
    }
  }
  const portfolio = buildPortfolio(summaries, failures);
  const write: Progress = (done, total, label) => onProgress?.({ phase: "write", done, total, label });
  const result = await host.applyPlans(buildPortfolioPlans(portfolio), write);
  return { portfolio, result };
}
