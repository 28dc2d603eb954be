/**
 * Benchmark: writing the generated sheets of a 10,000-risk / 500-KPI review (register without money columns, so no
 * simulation) into a package, through ExcelJS (writeSheet + renderSheets, what the xlsx host does today) against
 * the direct plan writer (renderPlans). Prints both times, their ratio and the package sizes.
 */
import ExcelJS from "exceljs";
import type { Worksheet } from "exceljs";
import { defaultEngine } from "../src/cli/engine";
import { XlsxHost } from "../src/hosts/xlsx";
import type { NativeChart } from "../src/hosts/xlsx/chart-xml";
import { renderPlans } from "../src/hosts/xlsx/plan-xml";
import { renderSheets } from "../src/hosts/xlsx/render-sheets";
import { StyleCache, writeSheet } from "../src/hosts/xlsx/write-sheet";
import type { SheetPlan } from "../src/review/kit/plan";
import { bigWorkbook } from "./xlsx-workbook";

const MB = 1024 * 1024;

async function plansOf(bytes: Uint8Array): Promise<SheetPlan[]> {
  const host = await XlsxHost.fromBuffer(bytes, "bench.xlsx");
  return (await defaultEngine.buildReviewPlans(defaultEngine.readModel(await host.readSnapshot()), {})).plans;
}

async function viaExcelJs(plans: SheetPlan[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const cache = new StyleCache();
  const names = new Set<string>();
  const charts = new Map<Worksheet, Omit<NativeChart, "sheet">[]>();
  const sheets: Worksheet[] = [];
  let quoted = false;
  for (const plan of plans) {
    const ws = wb.addWorksheet(plan.name);
    const info = writeSheet(ws, plan, names, cache);
    quoted ||= info.quoted;
    if (info.charts.length) charts.set(ws, info.charts);
    sheets.push(ws);
  }
  return renderSheets(sheets, charts, quoted);
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

/** Runs the plan-writer benchmark once and prints the results. */
export async function run(): Promise<void> {
  const risks = Number(process.env.IMM_BENCH_RISKS ?? 10_000);
  const kpis = Number(process.env.IMM_BENCH_KPIS ?? 500);
  const plans = await plansOf(await bigWorkbook(risks, kpis, false));
  // Warm-up (JIT, lazy requires) on a small review, so neither timed run pays it.
  const small = await plansOf(await bigWorkbook(200, 20, false));
  await viaExcelJs(small);
  renderPlans(small.map((plan) => ({ plan, name: plan.name })), new Set());

  // Three rounds, alternating, so neither writer always runs on the other's garbage; the median of each is printed.
  const oldMs: number[] = [];
  const directMs: number[] = [];
  let oldBytes = 0;
  let directBytes = 0;
  for (let round = 0; round < 3; round++) {
    const old = await timed(() => viaExcelJs(plans));
    const direct = await timed(async () => renderPlans(plans.map((plan) => ({ plan, name: plan.name })), new Set()));
    oldMs.push(old.ms);
    directMs.push(direct.ms);
    oldBytes = old.value.length;
    directBytes = direct.value.bytes.length;
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`plan-xml: ${risks} risks, ${kpis} KPIs, ${plans.length} generated sheets (median of 3 alternating runs)`);
  console.log(`plan-xml: renderSheets(writeSheet)  ${median(oldMs).toFixed(0).padStart(6)} ms   ${(oldBytes / MB).toFixed(1)} MB (STORE)`);
  console.log(`plan-xml: renderPlans               ${median(directMs).toFixed(0).padStart(6)} ms   ${(directBytes / MB).toFixed(1)} MB (STORE)`);
  console.log(`plan-xml: ratio renderPlans / renderSheets = ${(median(directMs) / median(oldMs)).toFixed(2)}×`);
}

if (require.main === module) void run();
