/**
 * Office host on the strict fake: for a full review at 1k, 10k and 100k risks, the read syncs and the largest read
 * response, then the write syncs and largest write request; and the read alone with a 50 MB unrelated data sheet
 * beside 10k risks. Excel on the web fails any request or response over 5 MB; the host aims for under 4 MB.
 */
import { FakeExcel, seedImmWorkbook, type FakeCell } from "../test/fakes/office";
import { fakeHost } from "../test/fixtures/office-review";
import { buildReviewPlans } from "../src/review";
import { readModel } from "../src/tables";

const LIMIT = 5_000_000;
const mb = (b: number): string => `${(b / 1_000_000).toFixed(2)} MB`;
const flag = (b: number): string => (b >= LIMIT ? " OVER 5 MB!" : "");

/** Adds an unrelated general-ledger sheet of about `megabytes` MB of values. */
function addLedger(x: FakeExcel, megabytes: number): void {
  const rows: FakeCell[][] = [["Date", "Account", "Description", "Debit", "Credit"]];
  const n = Math.ceil((megabytes * 1_000_000) / 110);
  for (let i = 0; i < n; i++) rows.push([45_000 + (i % 365), `GL-${4000 + (i % 97)}`, `Invoice ${i} facilities management and lifecycle services`, i * 1.25, 0]);
  x.addSheet("Ledger", rows);
}

/** Reads the fake's workbook through the host; returns the model and the read figures. */
async function read(x: FakeExcel): Promise<{ model: ReturnType<typeof readModel>; line: string }> {
  x.resetStats();
  const t0 = performance.now();
  const model = readModel(await fakeHost(x).readSnapshot());
  const ms = performance.now() - t0;
  const total = x.ledger.responses.reduce((a, b) => a + b, 0);
  return {
    model,
    line: `${String(x.ledger.syncs).padEnd(11)} ${(mb(x.ledger.maxResponse) + flag(x.ledger.maxResponse)).padEnd(17)} ${mb(total).padEnd(14)} ${(ms / 1000).toFixed(1).padStart(5)} s`,
  };
}

/** Runs the review for each size, then the read with a 50 MB data sheet, and prints the figures. */
export async function run(): Promise<void> {
  console.log("Office host on the fake (readSnapshot → readModel → buildReviewPlans → applyPlans)");
  console.log("workbook                    read syncs  largest response  read total   read time | write syncs  largest request  write time");
  for (const risks of [1_000, 10_000, 100_000]) {
    const x = new FakeExcel();
    seedImmWorkbook(x, { risks, kpis: 500 });
    const { model, line } = await read(x);
    const { plans } = buildReviewPlans(model);
    x.resetStats();
    const t0 = performance.now();
    await fakeHost(x).applyPlans(plans);
    const ms = performance.now() - t0;
    console.log(`${`${risks} risks, 500 KPIs`.padEnd(27)} ${line} | ${String(x.ledger.syncs).padEnd(12)} ${(mb(x.ledger.maxBytes) + flag(x.ledger.maxBytes)).padEnd(16)} ${(ms / 1000).toFixed(1)} s`);
  }
  const x = new FakeExcel();
  seedImmWorkbook(x, { risks: 10_000, kpis: 500 });
  addLedger(x, 50);
  const { model, line } = await read(x);
  console.log(`${"10000 risks + 50 MB sheet".padEnd(27)} ${line} | (read only; ${model.risks?.length ?? 0} risks read)`);
}

if (require.main === module) void run();
