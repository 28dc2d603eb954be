/**
 * The sample portfolio's workbooks as written by `npm run sample`, each with two earlier reviews on record. The history
 * is recorded by the real review, as a user's workbook gets it: the contract's inputs as at the oldest earlier review
 * are reviewed through the xlsx host (its IMM History sheet written, owned, as `imm review` writes it); the inputs are
 * then brought to the next review (the history sheet that review wrote kept) and reviewed again; finally the current
 * inputs get the history sheet of the second review. So each sample holds its current inputs and an IMM History with
 * two rows (IMM_History) and their item snapshots (IMM_HistoryItems); a review of it adds the third.
 * Only the History sheet is kept of the earlier reviews: the samples are input workbooks (the other generated sheets
 * would be replaced by the user's first review anyway).
 */
import { XlsxHost } from "../hosts/xlsx";
import { writeWorkbookBytes } from "../hosts/xlsx/write-package";
import { buildReviewPlans } from "../review";
import type { SheetPlan } from "../review/kit/plan";
import { readModel } from "../tables";
import { PORTFOLIO_VARIANTS, portfolioContract, type ContractVariant } from "./portfolio";
import type { SampleWorkbook } from "./types";
import { sampleToWorkbook } from "./write-xlsx";

const bytesOf = async (s: SampleWorkbook): Promise<Uint8Array> => writeWorkbookBytes(sampleToWorkbook(s));

/** Opens the inputs' workbook with the history sheet an earlier review wrote (none at first). */
async function withHistorySheet(s: SampleWorkbook, history: SheetPlan[], file: string): Promise<XlsxHost> {
  const host = await XlsxHost.fromBuffer(await bytesOf(s), file);
  if (history.length) await host.applyPlans(history);
  return host;
}

/** The IMM History sheet plan a review of the workbook writes (the review of `imm review --sheets history`). */
async function reviewHistory(host: XlsxHost): Promise<SheetPlan[]> {
  return buildReviewPlans(readModel(await host.readSnapshot()), { sheets: ["history"] }).plans;
}

/** One sample contract's .xlsx bytes: its current inputs with its two earlier reviews recorded (see above). */
export async function portfolioContractBytes(v: ContractVariant): Promise<Uint8Array> {
  const file = `${v.file}.xlsx`;
  let history: SheetPlan[] = [];
  for (const earlier of [0, 1] as const) history = await reviewHistory(await withHistorySheet(portfolioContract(v, earlier), history, file));
  return (await withHistorySheet(portfolioContract(v), history, file)).toBuffer();
}

/** The five sample contracts' files, with their names. */
export async function portfolioSampleFiles(): Promise<{ file: string; bytes: Uint8Array }[]> {
  const out: { file: string; bytes: Uint8Array }[] = [];
  for (const v of PORTFOLIO_VARIANTS) out.push({ file: `${v.file}.xlsx`, bytes: await portfolioContractBytes(v) });
  return out;
}
