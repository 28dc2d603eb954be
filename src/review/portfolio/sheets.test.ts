import type { PlanValue, SheetPlan } from "../kit/plan";
import { buildPortfolio } from "./portfolio";
import { buildPortfolioPlans } from "./plans";
import { sampleSummaries } from "./testing/fixture";

/** Every cell value of a plan, by "row,col". */
function cells(plan: SheetPlan): Map<string, PlanValue> {
  const m = new Map<string, PlanValue>();
  for (const b of plan.blocks) b.values.forEach((r, i) => r.forEach((v, j) => m.set(`${b.row + i},${b.col + j}`, v)));
  return m;
}
const values = (plan: SheetPlan): PlanValue[] => [...cells(plan).values()];

describe("portfolio sheets", () => {
  const rows = sampleSummaries();
  const failures = [{ file: "broken.xlsx", reason: "broken.xlsx: not an .xlsx workbook (the file is not a zip package)" }];
  const p = buildPortfolio(rows, failures);
  const [sheet, dash] = buildPortfolioPlans(p);

  it("IMM Portfolio: one table row per contract worst first, and the workbooks not included with their reasons", () => {
    expect(sheet.name).toBe("IMM Portfolio");
    const table = sheet.tables.find((t) => t.name === "IMM_Portfolio")!;
    expect(table.range.rows).toBe(rows.length + 1);
    const c = cells(sheet);
    const contractCol = table.range.col + 1;
    const names = rows.map((_, i) => c.get(`${table.range.row + 1 + i},${contractCol}`));
    expect(names).toEqual(p.contracts.map((x) => x.contract));
    expect(names[0]).toBe("Eastfield General Hospital PFI");
    const integrated = p.contracts.map((_, i) => c.get(`${table.range.row + 1 + i},${table.range.col + 13}`));
    expect(integrated).toEqual(p.contracts.map((x) => Math.round((x.indices.integrated as number) * 10) / 10));
    const missing = sheet.tables.find((t) => t.name === "IMM_PortfolioNotIncluded")!;
    expect(c.get(`${missing.range.row + 1},${missing.range.col}`)).toBe("broken.xlsx");
    expect(c.get(`${missing.range.row + 1},${missing.range.col + 1}`)).toBe(failures[0].reason);
  });

  it("IMM Portfolio Dashboard: the joint P50/P90 with the independence assumption, never a sum of P90s", () => {
    const v = values(dash);
    expect(v).toContain(p.simulation.p90);
    expect(v).toContain(p.simulation.p50);
    expect(v.some((x) => typeof x === "string" && /independently/.test(x))).toBe(true);
    const sumOfP90s = rows.reduce((s, r) => s + (r.p90 as number), 0);
    expect(v.some((x) => typeof x === "number" && Math.abs(x - sumOfP90s) < 1)).toBe(false);
    for (const plan of [sheet, dash]) expect(values(plan).some((x) => typeof x === "number" && Math.abs(x - sumOfP90s) < 1)).toBe(false);
  });

  it("IMM Portfolio Dashboard: RAG counts per index, the integrated index vs years to expiry chart, the themes", () => {
    const c = cells(dash);
    const rag = dash.tables.find((t) => t.name === "IMM_PortfolioRag")!;
    const integratedRow = [1, 2, 3, 4].map((j) => c.get(`${rag.range.row + 4},${rag.range.col + j}`));
    expect(integratedRow).toEqual([p.ragCounts.integrated.Red, p.ragCounts.integrated.Amber, p.ragCounts.integrated.Green, p.ragCounts.integrated.none]);
    expect(dash.charts).toHaveLength(1);
    const chart = dash.charts[0];
    expect(chart.data.rows).toBe(rows.length + 1);
    const first = c.get(`${chart.data.row + 1},${chart.data.col}`);
    expect(first).toBe("Eastfield General Hospital PFI (1.1 y)");
    const themes = dash.tables.find((t) => t.name === "IMM_PortfolioThemes")!;
    expect(themes.range.rows).toBe(p.themes.length + 1);
  });

  it("builds for an empty portfolio (every workbook failed) with no number to invent", () => {
    const empty = buildPortfolio([], failures);
    const [s, d] = buildPortfolioPlans(empty);
    expect(values(s)).toContain("No contract could be assessed");
    expect(values(d)).toContain("Not quantified");
    expect(d.charts).toEqual([]);
  });
});
