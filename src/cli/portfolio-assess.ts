/**
 * Assessing one workbook for the portfolio, exactly as `imm review` assesses it (prepareReview's open and read steps,
 * the same review engine with the workbook's own IMM_Settings), kept as the plain ContractSummary the portfolio needs.
 * Any failure becomes the workbook's one-line reason; the other workbooks go on.
 */
import { summarizeContract, type ContractSummary } from "../review/portfolio/summary";
import { during, InputFileError, InternalFault, OutputError, UNLOCATED_FAULT } from "./faults";
import type { CliIo } from "./io";
import { noImmTables, openWorkbook, type ReviewEngine } from "./prepare";

/** A workbook's result: its summary, or why it is not in the portfolio. */
export type PortfolioOutcome = { file: string; summary: ContractSummary } | { file: string; reason: string };

/** Reads and assesses one workbook (its input tables only: generated sheets are never read); throws a reported error. */
export async function assessForPortfolio(file: string, io: CliIo, engine: ReviewEngine): Promise<ContractSummary> {
  const host = await during(file, "open", () => openWorkbook(file, io, engine));
  const model = await during(file, "read", async () => engine.readModel(await host.readSnapshot()));
  if (noImmTables(model)) throw new InputFileError(`${file}: no IMM tables found (IMM_Risks, IMM_Partnership or IMM_KPIs, by table name or headers)`);
  return during(file, "assess", async () => summarizeContract(file, model, (await engine.buildReviewPlans(model, {})).assessment));
}

/** The one-line reason of a failure (never a raw JavaScript message). */
export function failureReason(e: unknown, file: string): string {
  if (e instanceof InputFileError || e instanceof OutputError || e instanceof InternalFault) return e.message;
  return `${file}: ${UNLOCATED_FAULT}`;
}

/** Assesses one workbook, catching its failure as its reason. */
export async function assessOutcome(file: string, io: CliIo, engine: ReviewEngine): Promise<PortfolioOutcome> {
  try {
    return { file, summary: await assessForPortfolio(file, io, engine) };
  } catch (e) {
    return { file, reason: failureReason(e, file) };
  }
}

/**
 * Assesses workbooks (in parallel where it can); outcomes in the order of `files`; `done` is called as each finishes,
 * with the milliseconds its assessment took.
 */
export type PortfolioRunner = (files: string[], jobs: number, done?: (o: PortfolioOutcome, ms: number) => void) => Promise<PortfolioOutcome[]>;

/** A runner on this thread, one workbook after another (tests; hosts without worker threads). */
export function inProcessRunner(io: CliIo, engine: ReviewEngine): PortfolioRunner {
  return async (files, _jobs, done) => {
    const out: PortfolioOutcome[] = [];
    for (const f of files) {
      const t0 = performance.now();
      const o = await assessOutcome(f, io, engine);
      done?.(o, performance.now() - t0);
      out.push(o);
    }
    return out;
  };
}
