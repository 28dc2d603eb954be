/**
 * Review history (issue 11 §1–2): two reviews of the hospital sample at different dates with changed inputs record
 * two rows and the dashboard shows the changes; a rerun on the same date replaces its row; an earlier date inserts in
 * date order. The history goes through the .xlsx host between reviews (written, then read back as input).
 */
import { hospitalSample, sampleToSnapshot } from "../samples/index";
import type { SampleWorkbook } from "../samples/index";
import { XlsxHost } from "../hosts/xlsx/index";
import { readModel } from "../tables/index";
import { serialFromYmd } from "../tables/dates";
import type { HistoryItem, HistoryRow, RawCell, WorkbookSnapshot } from "../tables/types";
import { mergeHistory, reviewHistory } from "./assess/history";
import { buildReviewPlans, summarize } from "./index";
import type { PlanValue, SheetPlan } from "./kit/plan";

const APR = serialFromYmd(2026, 4, 15);
const JUL = serialFromYmd(2026, 7, 15);
const JAN = serialFromYmd(2026, 1, 15);

function table(s: SampleWorkbook, name: string) {
  return s.sheets.flatMap((x) => x.tables).find((t) => t.name === name)!;
}
const col = (s: SampleWorkbook, name: string, header: string) => table(s, name).headers.indexOf(header);

/** The sample with its review date set. */
function sampleAt(date: number): SampleWorkbook {
  const s = hospitalSample();
  const c = table(s, "IMM_Contract");
  c.rows.find((r) => r[0] === "Review date")![1] = date;
  return s;
}

/**
 * The changed inputs of the second review: R-01 closed; R-02 likelihood 2 → 5 (residual 2×3×0.5 = 3 Low → 5×3×0.5 =
 * 7.5 Medium, bands 4/9/16); a new open threat R-99 at 5 × 5 = 25 (Extreme); the first 2025-Q4 KPI that met its
 * target now at its threshold (failing); the first factor's 2025-Q4 public rating down to 1 (mean falls, gap opens).
 */
function changed(s: SampleWorkbook): { kpi: string; factor: string } {
  const risks = table(s, "IMM_Risks");
  const id = col(s, "IMM_Risks", "ID");
  const status = risks.headers.findIndex((h) => /^status$/i.test(h));
  const like = risks.headers.findIndex((h) => /^likelihood$/i.test(h));
  risks.rows.find((r) => r[id] === "R-01")![status] = "Closed";
  risks.rows.find((r) => r[id] === "R-02")![like] = 5;
  const fresh: RawCell[] = risks.headers.map(() => null);
  const set = (h: RegExp, v: RawCell) => { fresh[risks.headers.findIndex((x) => h.test(x))] = v; };
  set(/^id$/i, "R-99"); set(/^risk$/i, "Loss of the energy supply contract"); set(/^type$/i, "Threat");
  set(/^likelihood$/i, 5); set(/^consequence$/i, 5); set(/^status$/i, "Open"); set(/^owner$/i, "Trust estates");
  risks.rows.push(fresh);

  const k = table(s, "IMM_KPIs");
  const [dir, target, actual, threshold, period] = ["Direction", "Target", "Actual", "Threshold", "Period"].map((h) => k.headers.indexOf(h));
  const row = k.rows.find((r) => r[period] === "2025-Q4" && r[threshold] !== null
    && (String(r[dir]).startsWith("Higher") ? (r[actual] as number) >= (r[target] as number) : (r[actual] as number) <= (r[target] as number)))!;
  row[actual] = row[threshold];

  const p = table(s, "IMM_Partnership");
  // A factor whose 2025-Q4 gap is under 1 and whose private rating is at least 2: public 1 opens the gap to ≥ 1.
  const prow = p.rows.find((r) => r[5] === "2025-Q4" && Math.abs((r[3] as number) - (r[4] as number)) < 1 && (r[4] as number) >= 2)!;
  prow[3] = 1;
  return { kpi: String(row[0]), factor: String(prow[0]) };
}

/** Writes a review's plans with the .xlsx host and reads the workbook back: the history as the next review finds it. */
async function historyTablesOf(plans: SheetPlan[]): Promise<Pick<WorkbookSnapshot, "tables" | "sheets">> {
  const host = XlsxHost.blank("review.xlsx");
  await host.applyPlans(plans);
  const snap = await host.readSnapshot();
  const sheets = snap.sheets.filter((x) => x.name === "IMM History");
  return { tables: snap.tables.filter((t) => t.sheet === "IMM History"), sheets };
}

/** Reviews `sample` with the history of `previous` (the plans of an earlier review) in its workbook. */
async function review(sample: SampleWorkbook, previous?: SheetPlan[]) {
  const snapshot = sampleToSnapshot(sample);
  if (previous) {
    const h = await historyTablesOf(previous);
    snapshot.tables.push(...h.tables);
    snapshot.sheets.push(...h.sheets);
  }
  const model = readModel(snapshot);
  return { model, ...buildReviewPlans(model) };
}

function cellText(p: SheetPlan, pred: (v: PlanValue) => boolean): string[] {
  return p.blocks.flatMap((b) => b.values.flat()).filter(pred).map(String);
}
const plan = (plans: SheetPlan[], key: string) => plans.find((p) => p.key === key)!;

describe("mergeHistory", () => {
  const row = (reviewDate: number) => ({ reviewDate }) as HistoryRow;
  const item = (reviewDate: number, id: string) => ({ reviewDate, kind: "risk", item: id }) as HistoryItem;
  it("replaces the same date, inserts an earlier one in order, and drops items of a deleted row", () => {
    const h = { rows: [row(APR), row(JUL)], items: [item(APR, "a"), item(JUL, "b"), item(JAN - 90, "orphan")] };
    expect(mergeHistory(h, row(JUL), [item(JUL, "c")]).items.map((i) => i.item)).toEqual(["a", "c"]);
    const m = mergeHistory(h, row(JAN), [item(JAN, "d")]);
    expect(m.rows.map((r) => r.reviewDate)).toEqual([JAN, APR, JUL]);
    expect(m.items.map((i) => i.item)).toEqual(["d", "a", "b"]);
    expect(mergeHistory(h, null, []).items.map((i) => i.item)).toEqual(["a", "b"]);
  });
});

describe("review history", () => {
  it("two reviews with changed inputs: two rows, and the dashboard shows the right changes", async () => {
    const first = await review(sampleAt(APR));
    expect(first.model.history).toEqual({ rows: [], items: [] });
    const s2 = sampleAt(JUL);
    const { kpi, factor } = changed(s2);
    const second = await review(s2, first.plans);
    expect(second.model.problems).toEqual([]);
    const h = second.model.history!;
    expect(h.rows.map((r) => r.reviewDate)).toEqual([APR]);

    // Re-read the second review's output: two rows, the first one exactly as the first review recorded it.
    const after = readModel({ ...(await historyTablesOf(second.plans)), source: "x" }).history!;
    expect(after.rows.map((r) => r.reviewDate)).toEqual([APR, JUL]);
    const s1 = summarize(first.assessment);
    const sum2 = summarize(second.assessment);
    expect(after.rows[0]).toMatchObject({ period: "FY2025/26", partnershipStatus: "Amber", riskStatus: "Amber", performanceStatus: "Green", integratedStatus: "Amber" });
    expect(after.rows[0].partnership).toBeCloseTo(61.6071, 3);
    expect(after.rows[0].risk).toBeCloseTo(70.1935, 3);
    expect(after.rows[0].performance).toBeCloseTo(93.9808, 3);
    expect(after.rows[0]).toMatchObject({ deductionsPeriod: 1500, deductionsYtd: 13800, openThreats: first.assessment.risk!.openThreatCount });
    expect(after.rows[1].openThreats).toBe(after.rows[0].openThreats! - 1 + 1); // R-01 closed, R-99 opened

    // Changes, by hand: R-99 new, R-01 closed, R-02 Low → Medium, the KPI newly failing, the factor's mean fell and gap opened.
    expect(reviewHistory(first.model.history, first.assessment).changes).toBeNull();
    const ch = reviewHistory(second.model.history, second.assessment).changes!;
    expect(ch.newRisks).toEqual(["R-99"]);
    expect(ch.closedRisks).toEqual(["R-01"]);
    expect(ch.ratingUp).toEqual([{ id: "R-02", from: "Low", to: "Medium" }]);
    expect(ch.kpisFailing).toEqual([kpi]);
    expect(ch.factorsFell.map((f) => f.factor)).toEqual([factor]);
    expect(ch.gapsOpened.map((f) => f.factor)).toEqual([factor]);
    for (const k of ["partnership", "risk", "performance"] as const) {
      // Between the indices as shown (one decimal).
      const shown = (x: number | null) => Math.round((x as number) * 10) / 10;
      expect(ch.deltas[k]).toBeCloseTo(shown(sum2.indices[k]) - shown(s1.indices[k]), 9);
    }
    expect(ch.deltas.risk!).toBeLessThan(0); // a new Extreme threat lowers the risk index

    // The dashboard: tiles with arrows and signed deltas since 15 Apr 2026, R-99 "New" in the top risks, the changes listed.
    const d = plan(second.plans, "dashboard");
    const texts = cellText(d, (v) => typeof v === "string");
    const arrow = (x: number) => (Math.abs(x) < 0.05 ? "► no change" : x > 0 ? `▲ +${x.toFixed(1)}` : `▼ −${(-x).toFixed(1)}`);
    expect(texts).toContain(`${arrow(ch.deltas.risk!)} since 15 Apr 2026`);
    expect(texts).toContain(`${arrow(ch.deltas.partnership!)} since 15 Apr 2026`);
    expect(texts).toContain("New risks: R-99");
    expect(texts).toContain("Closed risks: R-01");
    expect(texts).toContain("Rating up: R-02 Low→Medium");
    expect(texts).toContain(`KPIs newly failing: ${kpi}`);
    const top = d.blocks.find((b) => b.values[0]?.[0] === "ID" && b.values[0]?.[3] === "Movement")!;
    const body = d.blocks[d.blocks.indexOf(top) + 1].values;
    expect(body[0].slice(0, 4)).toEqual(["R-99", 25, "Extreme", "New"]);
    // The integrated index line across the two reviews.
    expect(d.charts.map((x) => x.title)).toContainEqual(expect.stringMatching(/^Integrated index by review: (up|down) \d+\.\d since 15 Apr 2026; (up|down|flat) over two reviews$/));
    // Each review sheet has its "Since the previous review" block.
    for (const key of ["risk", "partnership", "performance", "integrated"]) {
      expect(cellText(plan(second.plans, key), (v) => typeof v === "string" && v.startsWith("Since the previous review (15 Apr 2026)"))).toHaveLength(1);
    }
  }, 60_000);

  it("a rerun on the same date replaces that date's row; an earlier date inserts in date order", async () => {
    const first = await review(sampleAt(APR));
    const s2 = sampleAt(JUL);
    changed(s2);
    const second = await review(s2, first.plans);
    const rerun = await review(sampleAt(JUL), second.plans); // same date, inputs back as in April
    const h = readModel({ ...(await historyTablesOf(rerun.plans)), source: "x" }).history!;
    expect(h.rows.map((r) => r.reviewDate)).toEqual([APR, JUL]);
    expect(h.rows[1].integrated).toBeCloseTo(summarize(rerun.assessment).integrated as number, 9);
    expect(h.rows[1].integrated).toBeCloseTo(h.rows[0].integrated as number, 9);
    expect(h.items.filter((i) => i.reviewDate === JUL && i.item === "R-99")).toEqual([]);

    const earlier = await review(sampleAt(JAN), rerun.plans);
    const h3 = readModel({ ...(await historyTablesOf(earlier.plans)), source: "x" }).history!;
    expect(h3.rows.map((r) => r.reviewDate)).toEqual([JAN, APR, JUL]);
    const d = plan(earlier.plans, "dashboard");
    expect(cellText(d, (v) => v === "First recorded review")).toHaveLength(4); // nothing before January
  }, 60_000);
});
