/** Office host on the strict fake: sync() count and largest payload of a full review for 1k, 10k and 100k risks. */
import { excelRunner, FakeExcel, seedImmWorkbook } from "../test/fakes/office";
import { OfficeHost } from "../src/hosts/office";
import { buildReviewPlans } from "../src/review";
import { readModel } from "../src/tables";

const LIMIT = 5 * 1024 * 1024;

/** Runs the review for each size and prints syncs (read + write), largest payload and time. */
export async function run(): Promise<void> {
  console.log("Office host on the fake (full review: readSnapshot → readModel → buildReviewPlans → applyPlans)");
  console.log("risks    KPIs  read syncs  write syncs  largest payload  total payload  time");
  for (const risks of [1_000, 10_000, 100_000]) {
    const x = new FakeExcel();
    seedImmWorkbook(x, { risks, kpis: 500 });
    const host = new OfficeHost(excelRunner(x), { isSetSupported: (n, v) => x.isSetSupported(n, v) });
    const t0 = performance.now();
    x.resetStats();
    const snapshot = await host.readSnapshot();
    const readSyncs = x.ledger.syncs;
    const { plans } = buildReviewPlans(readModel(snapshot));
    x.resetStats();
    await host.applyPlans(plans);
    const ms = performance.now() - t0;
    const total = x.ledger.bytes.reduce((a, b) => a + b, 0);
    const mb = (b: number): string => `${(b / 1024 / 1024).toFixed(2)} MB`;
    console.log(
      `${String(risks).padEnd(8)} ${String(500).padEnd(5)} ${String(readSyncs).padEnd(11)} ${String(x.ledger.syncs).padEnd(12)} ` +
      `${mb(x.ledger.maxBytes).padEnd(16)} ${mb(total).padEnd(14)} ${(ms / 1000).toFixed(1)} s${x.ledger.maxBytes >= LIMIT ? "  OVER 5 MB!" : ""}`,
    );
  }
}

if (require.main === module) void run();
