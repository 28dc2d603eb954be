/**
 * The IMM Dashboard (issue 11 §3–4) on the hospital sample: header, money, alerts, actions due soon, the user's
 * commentary; no text runs over a neighbour; the first screen (1366×768) holds the tiles and the top risks.
 */
import { hospitalSample, sampleToSnapshot, HOSPITAL_REVIEW_DATE } from "../samples/index";
import { readModel } from "../tables/index";
import { buildReviewPlans } from "./index";
import { a1, type PlanValue, type SheetPlan } from "./kit/plan";

function dashboardOf(edit?: (m: ReturnType<typeof readModel>) => void): SheetPlan {
  const m = readModel(sampleToSnapshot(hospitalSample()));
  edit?.(m);
  return buildReviewPlans(m, { sheets: ["dashboard"] }).plans[0];
}

/** Cell values by "row,col", and which cells wrap (block style or a style run). */
function cells(p: SheetPlan): { value: Map<string, PlanValue>; wraps: (r: number, c: number) => boolean } {
  const value = new Map<string, PlanValue>();
  const wrapSet = new Set<string>();
  for (const b of p.blocks) b.values.forEach((row, i) => row.forEach((v, j) => {
    const k = `${b.row + i},${b.col + j}`;
    if (v !== null) value.set(k, v);
    if (b.style?.wrap) wrapSet.add(k);
  }));
  const inRun = (r: number, c: number) => p.styles.some((s) => s.style.wrap && r >= s.range.row && r < s.range.row + s.range.rows && c >= s.range.col && c < s.range.col + s.range.cols);
  return { value, wraps: (r, c) => wrapSet.has(`${r},${c}`) || inRun(r, c) };
}

describe("IMM Dashboard", () => {
  const d = dashboardOf();
  const { value } = cells(d);
  const texts = [...value.values()].filter((v): v is string => typeof v === "string");

  it("header: reporting period, latest data period, operator and review date", () => {
    expect(texts).toContain("Reporting period: FY2025/26 (latest data 2025-Q4)   ·   Operator: Northgate Health Partners Ltd (SPV)   ·   Review date: 15 Apr 2026");
  });

  it("money: deductions this period and year to date, each as % of the annual service payment", () => {
    const at = (label: string) => [...value.entries()].find(([, v]) => v === label)![0].split(",").map(Number);
    const [r1, c1] = at("Deductions this period (2025-Q4)");
    expect([value.get(`${r1},${c1 + 1}`), value.get(`${r1},${c1 + 2}`)]).toEqual([1500, 1500 / 18_400_000]);
    const [r2, c2] = at("Deductions year to date");
    expect([value.get(`${r2},${c2 + 1}`), value.get(`${r2},${c2 + 2}`)]).toEqual([13800, 13800 / 18_400_000]);
    expect(d.explanations.find((x) => x.address === a1(r2, c2 + 2))?.formula).toBe("13,800 ÷ 18,400,000 = 0.075%") // the in-memory sample carries no payment-cell format: no currency symbol (kit/locale.ts);
  });

  it("alerts: no KPI failure in 2025-Q4; the perception-gap alerts named", () => {
    expect(texts).toContain("KPI failures this period (2025-Q4): none");
    expect(texts.find((t) => t.startsWith("Perception-gap alerts: "))).toMatch(/^Perception-gap alerts: \d+ — .+\(gap \d/);
  });

  it("actions: overdue first, then those due in the next 30 days with the days left", () => {
    const withSoon = dashboardOf((m) => {
      m.actions!.push({ ...m.actions![0], action: "Agree the lift maintenance plan", status: "Open", due: HOSPITAL_REVIEW_DATE + 10 });
      m.actions!.push({ ...m.actions![0], action: "Too far ahead", status: "Open", due: HOSPITAL_REVIEW_DATE + 31 });
    });
    const rows = withSoon.blocks.find((b) => b.values[0]?.[5] === "Agree the lift maintenance plan" || b.values.some((r) => r[5] === "Agree the lift maintenance plan"))!;
    const soon = rows.values.find((r) => r[5] === "Agree the lift maintenance plan")!;
    expect(soon.slice(0, 3)).toEqual([HOSPITAL_REVIEW_DATE + 10, 10, "Due soon"]);
    expect(JSON.stringify(withSoon.blocks)).not.toContain("Too far ahead");
    const heading = (p: SheetPlan) => [...cells(p).value.values()].find((v) => typeof v === "string" && v.startsWith("Actions: "));
    const before = /^Actions: (\d+) overdue, (\d+) due in the next 30 days$/.exec(String(heading(d)))!;
    expect(heading(withSoon)).toBe(`Actions: ${before[1]} overdue, ${Number(before[2]) + 1} due in the next 30 days`);
  });

  it("commentary comes from IMM_Contract, so a regeneration keeps it", () => {
    const withText = dashboardOf((m) => { m.contract!.commentary = "Board to note the energy contract renewal."; });
    expect(JSON.stringify(withText.blocks)).toContain("Board to note the energy contract renewal.");
    expect(texts.find((t) => t.startsWith("No commentary yet"))).toBeDefined();
  });

  it("no text runs over a neighbour: a text wider than its column wraps, is merged wide enough, or has an empty cell to its right", () => {
    const { wraps } = cells(d);
    const width = (c: number) => d.columnWidths.find((w) => w.col === c)?.width ?? 8.43;
    const merged = (r: number, c: number) => d.merges.find((m) => r >= m.row && r < m.row + m.rows && c >= m.col && c < m.col + m.cols);
    const over: string[] = [];
    for (const [k, v] of value) {
      if (typeof v !== "string") continue;
      const [r, c] = k.split(",").map(Number);
      const m = merged(r, c);
      let w = 0;
      for (let j = m ? m.col : c; j < (m ? m.col + m.cols : c + 1); j++) w += width(j);
      if (v.length <= w || wraps(r, c)) continue;
      const next = (m ? m.col + m.cols : c + 1);
      if (value.has(`${r},${next}`)) over.push(`${a1(r, c)} "${v}" runs into ${a1(r, next)}`);
    }
    expect(over).toEqual([]);
  });

  it("first screen at 1366×768: tiles and the top five risks within the first 20 rows and ~1,300 px; charts below them", () => {
    const risks = d.tables.find((t) => t.name === "IMM_DashboardTopRisks")!;
    expect(risks.range.row + risks.range.rows).toBeLessThanOrEqual(20);
    const px = (cols: number) => d.columnWidths.filter((w) => w.col < cols).reduce((s, w) => s + w.width * 7 + 5, 0);
    expect(px(risks.range.col + risks.range.cols)).toBeLessThan(1000);
    expect(px(10)).toBeLessThan(1300); // tiles and side panels, A–J
    for (const c of d.charts) expect(c.anchor.row).toBeGreaterThan(risks.range.row + risks.range.rows);
  });
});
