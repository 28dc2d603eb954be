/** Office host on the strict fake: sync() count and largest payload of a full review for 1k, 10k and 100k risks. */
import { FakeExcel, seedImmWorkbook } from "../test/fakes/office";
import { reviewOnFake } from "../test/fixtures/office-review";

const LIMIT = 5 * 1024 * 1024;

/** Runs the review for each size and prints syncs (read + write), largest payload and time. */
export async function run(): Promise<void> {
  console.log("Office host on the fake (full review: readSnapshot → readModel → buildReviewPlans → applyPlans)");
  console.log("risks    KPIs  read syncs  write syncs  largest payload  total payload  time");
  for (const risks of [1_000, 10_000, 100_000]) {
    const x = new FakeExcel();
    seedImmWorkbook(x, { risks, kpis: 500 });
    const t0 = performance.now();
    const { readSyncs } = await reviewOnFake(x);
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
