/**
 * `imm portfolio <files or folders…> -o portfolio.xlsx [--jobs N]`: assesses every contract workbook (in parallel),
 * builds the portfolio (review/portfolio) and writes its two sheets into a NEW workbook. A workbook that cannot be read
 * or assessed is listed with its one-line reason (on the sheet and on standard error) and the others proceed; the exit
 * code is then 1, as it is when a contract's tables have errors.
 */
import { XlsxHost } from "../hosts/xlsx";
import { buildPortfolio, buildPortfolioPlans } from "../review/portfolio/plans";
import type { ContractSummary } from "../review/portfolio/summary";
import { fmtIndex } from "../review/kit/rag";
import { fmtMoney } from "../review/kit/text";
import { currencyLabel, MIXED_CURRENCY_NOTE } from "../review/portfolio/currency";
import { UsageError } from "./args";
import { during } from "./faults";
import type { CliIo } from "./io";
import { cannotWrite, fileReason } from "./output-errors";
import { checkFolder } from "./outputs";
import { inProcessRunner, type PortfolioOutcome, type PortfolioRunner } from "./portfolio-assess";
import type { ReviewEngine } from "./prepare";

export interface PortfolioCommand {
  inputs: string[];
  output: string;
  jobs?: number;
}

/** The contract line printed for a workbook assessed. */
function contractLine(s: ContractSummary): string {
  const i = s.indices.integrated;
  return `${s.file}: ${s.contract} — integrated ${i === null ? "not assessed" : `${fmtIndex(i)} (${s.statuses.integrated})`}${s.errors ? `, ${s.errors} error${s.errors === 1 ? "" : "s"} in its tables` : ""}`;
}

/** Checks -o before any work: an .xlsx file, not one of the inputs named, in a folder that exists. */
async function checkOutput(output: string, inputs: string[], io: CliIo): Promise<void> {
  if (!/\.xlsx$/i.test(output)) throw new UsageError(`-o ${output}: the portfolio is an .xlsx workbook; give an output name ending in .xlsx`);
  if ((await io.kind(output)) === "dir") throw new UsageError(`-o ${output}: is a folder; give the portfolio workbook's file name, e.g. ${io.path.join(output, "portfolio.xlsx")}`);
  if (inputs.some((f) => io.path.resolve(f) === io.path.resolve(output))) throw new UsageError(`${output} is one of the input workbooks; write the portfolio to a new file`);
  await checkFolder(output, io);
}

/**
 * Runs `imm portfolio`; returns the exit code. `files` are the expanded inputs: naming the output as an input is a
 * usage error; an earlier portfolio found in an input folder under the output's name is left out (it is replaced).
 */
export async function runPortfolio(
  cmd: PortfolioCommand, files: string[], io: CliIo, engine: ReviewEngine, defaultJobs: number,
): Promise<number> {
  await checkOutput(cmd.output, cmd.inputs, io);
  const inputs = files.filter((f) => io.path.resolve(f) !== io.path.resolve(cmd.output));
  const runner: PortfolioRunner = engine.portfolioRunner ?? inProcessRunner(io, engine);
  const jobs = Math.max(1, Math.min(cmd.jobs ?? defaultJobs, inputs.length));
  io.progress?.(`Assessing ${inputs.length} workbook${inputs.length === 1 ? "" : "s"} (${jobs} at a time)…`);
  let n = 0;
  const outcomes: PortfolioOutcome[] = await runner(inputs, jobs, (o) => {
    n++;
    io.progress?.(`  [${n}/${inputs.length}] ${o.file}`);
  });
  if (io.progress) io.progress("");
  const summaries = outcomes.flatMap((o) => ("summary" in o ? [o.summary] : []));
  const failures = outcomes.flatMap((o) => ("reason" in o ? [{ file: o.file, reason: o.reason }] : []));
  const portfolio = buildPortfolio(summaries, failures);
  const bytes = await during(cmd.output, "write", async () => {
    const host = XlsxHost.blank(io.path.basename(cmd.output));
    // Each row links its contract file relative to the portfolio's folder (review/portfolio/file-link.ts).
    const from = io.path.dirname(io.path.resolve(cmd.output));
    await host.applyPlans(buildPortfolioPlans(portfolio, { linkPath: (f) => io.path.relative(from, io.path.resolve(f)) }));
    return host.toBuffer();
  });
  await during(cmd.output, "save", async () => {
    try {
      await io.writeFile(cmd.output, bytes);
    } catch (e) {
      const reason = fileReason(e);
      if (reason) throw cannotWrite(cmd.output, reason);
      throw e;
    }
  }, cmd.output);
  for (const s of portfolio.contracts) io.out(contractLine(s));
  for (const f of portfolio.failures) io.err(`imm: ${f.reason}`);
  io.out(`Portfolio: ${summaries.length} contract${summaries.length === 1 ? "" : "s"} → ${cmd.output}` +
    `${failures.length ? ` (${failures.length} workbook${failures.length === 1 ? "" : "s"} not included)` : ""}`);
  // Amounts in the contracts' common currency; when they differ, one joint run per currency, never added (review/portfolio/currency.ts).
  if (portfolio.currency === null) io.out(`  ${MIXED_CURRENCY_NOTE}`);
  if (portfolio.byCurrency.length === 0) io.out("  Threat cost: not quantified (no contract assessed)");
  for (const g of portfolio.byCurrency) {
    const sim = g.simulation;
    const label = portfolio.currency === null ? ` in ${currencyLabel(g.money)}` : "";
    io.out(`  Threat cost${label} (joint simulation of ${sim.threats} open threats, seed ${sim.seed}): P50 ${fmtMoney(sim.p50, g.money)}, P90 ${fmtMoney(sim.p90, g.money)}`);
  }
  io.out(`  Themes: ${portfolio.themes.length}`);
  return failures.length || summaries.some((s) => s.errors > 0) ? 1 : 0;
}
