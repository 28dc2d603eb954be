/**
 * Benchmark: a full review of a generated 10,000-risk / 500-KPI workbook through the xlsx host
 * (read → readModel → buildReviewPlans → applyPlans → toBuffer) against a bare ExcelJS read + write of the
 * same bytes. Prints both times, the ratio (target ≤ 1.5×) and the peak RSS sampled during each run.
 */
import ExcelJS from "exceljs";
import { defaultEngine } from "../src/cli/engine";
import { XlsxHost } from "../src/hosts/xlsx";
import { bigWorkbook } from "./xlsx-workbook";

const MB = 1024 * 1024;

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; peakMb: number; value: T }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const t0 = performance.now();
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { ms: performance.now() - t0, peakMb: peak / MB, value };
  } finally {
    clearInterval(timer);
  }
}

/** Runs the xlsx benchmark once and prints the results. */
export async function run(): Promise<void> {
  const risks = Number(process.env.IMM_BENCH_RISKS ?? 10_000);
  const kpis = Number(process.env.IMM_BENCH_KPIS ?? 500);
  const bytes = await bigWorkbook(risks, kpis);
  console.log(`xlsx: workbook with ${risks} risks, ${kpis} KPIs: ${(bytes.length / MB).toFixed(1)} MB`);
  // Warm-up (JIT, lazy requires) on a small workbook, so neither timed run pays it.
  const small = await bigWorkbook(200, 20);
  await (await XlsxHost.fromBuffer(small)).toBuffer();
  await defaultEngine.buildReviewPlans(defaultEngine.readModel(await (await XlsxHost.fromBuffer(small)).readSnapshot()), {});

  const bare = await timed(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const out: unknown = await wb.xlsx.writeBuffer();
    return (out as Uint8Array).byteLength;
  });
  console.log(`xlsx: bare ExcelJS read + write   ${bare.ms.toFixed(0).padStart(6)} ms   peak RSS ${bare.peakMb.toFixed(0)} MB`);

  const stages: string[] = [];
  const laps: Record<string, number> = {};
  const review = await timed(async () => {
    let t = performance.now();
    const lap = (label: string) => {
      const now = performance.now();
      stages.push(`${label} ${(now - t).toFixed(0)}`);
      laps[label] = now - t;
      t = now;
    };
    const host = await XlsxHost.fromBuffer(bytes, "bench.xlsx");
    lap("open");
    const snapshot = await host.readSnapshot();
    lap("snapshot");
    const model = defaultEngine.readModel(snapshot);
    lap("readModel");
    const { plans } = await defaultEngine.buildReviewPlans(model, {});
    lap("plans");
    await host.applyPlans(plans);
    lap("apply");
    const out = await host.toBuffer();
    lap("write");
    return out.byteLength;
  });
  console.log(`xlsx: full review via xlsx host   ${review.ms.toFixed(0).padStart(6)} ms   peak RSS ${review.peakMb.toFixed(0)} MB   (${stages.join(", ")} ms)`);
  const ratio = review.ms / bare.ms;
  console.log(`xlsx: ratio review / bare = ${ratio.toFixed(2)}× (target ≤ 1.5×) ${ratio <= 1.5 ? "OK" : "OVER TARGET"}`);
  const hostMs = laps.open + laps.snapshot + laps.apply + laps.write;
  console.log(`xlsx: host share (open + snapshot + apply + write, without readModel/plans) ${hostMs.toFixed(0)} ms = ${(hostMs / bare.ms).toFixed(2)}× bare`);
}

if (require.main === module) void run();
