/** Currency on portfolio amounts (currency.ts): each row in its contract's currency; portfolio amounts only within one currency. */
import { exposureSim, mulberry32 } from "../../imm/index";
import type { PlanValue, SheetPlan } from "../kit/plan";
import { moneyWith, NO_CURRENCY } from "../kit/locale";
import { MIXED_CURRENCY_NOTE } from "./currency";
import { buildPortfolio, buildPortfolioPlans } from "./plans";
import { summary } from "./testing/fixture";

const GBP = moneyWith("£");
const EUR = moneyWith("€", true);
const sims = (k: number) => [{ p: 0.5, min: 1000 * k, mostLikely: 2000 * k, max: 4000 * k }, { p: 0.2, min: 5000 * k, mostLikely: 8000 * k, max: 20000 * k }];
const contract = (name: string, money: typeof GBP, k: number) => summary({
  contract: name, money, sims: sims(k), p90: 10_000 * k, deductions: 500 * k, expectedThreatCost: 3000 * k, simulationIterations: 2000,
});

/** Each cell's value and number format, by "row,col". */
function cells(plan: SheetPlan): Map<string, { v: PlanValue; fmt?: string }> {
  const m = new Map<string, { v: PlanValue; fmt?: string }>();
  for (const b of plan.blocks) b.values.forEach((r, i) => r.forEach((v, j) => m.set(`${b.row + i},${b.col + j}`, { v, fmt: b.columnFormats?.[j] ?? b.numberFormat })));
  return m;
}
/** The number format of the cells holding `value`. */
const formatsOf = (plan: SheetPlan, value: number) => [...cells(plan).values()].filter((c) => c.v === value).map((c) => c.fmt);
const texts = (plan: SheetPlan) => [...cells(plan).values()].map((c) => c.v).filter((v): v is string => typeof v === "string");

describe("portfolio amounts and currency", () => {
  it("same currency: rows, P50/P90 and the expected cost sum all in that currency; one joint run over all contracts", () => {
    const list = [contract("A", EUR, 1), contract("B", EUR, 3)];
    const p = buildPortfolio(list);
    expect(p.currency).toEqual(EUR);
    expect(p.byCurrency).toHaveLength(1);
    const all = list.flatMap((c) => c.sims);
    expect(p.simulation.p90).toBe(exposureSim(all, 0.9, 2000, mulberry32(1)));
    const [sheet, dash] = buildPortfolioPlans(p);
    expect(formatsOf(sheet, 10_000)).toEqual([EUR.format]); // A's P90
    expect(formatsOf(sheet, 1500)).toEqual([EUR.format]); // B's deductions
    expect(formatsOf(dash, p.simulation.p90 as number)).toEqual([EUR.format]);
    expect(formatsOf(dash, p.expectedThreatCost as number)).toEqual([EUR.format]);
    expect(texts(dash).join(" ")).not.toContain(MIXED_CURRENCY_NOTE);
  });

  it("mixed currencies: each row in its own currency; no all-contract P50/P90 or total; one joint run per currency, plain #,##0, with the note", () => {
    const list = [contract("A", GBP, 1), contract("B", EUR, 2), contract("C", GBP, 4), contract("D", NO_CURRENCY, 8)];
    const p = buildPortfolio(list);
    expect(p.currency).toBeNull();
    expect(p.simulation.p50).toBeNull();
    expect(p.simulation.p90).toBeNull();
    expect(p.simulation.threats).toBe(8);
    expect(p.expectedThreatCost).toBeNull();
    const groups = Object.fromEntries(p.byCurrency.map((g) => [g.money.format, g]));
    expect(Object.keys(groups).sort()).toEqual([GBP.format, EUR.format, NO_CURRENCY.format].sort());
    const gbp = groups[GBP.format];
    expect(gbp.contracts.sort()).toEqual(["A", "C"]);
    expect(gbp.simulation.p90).toBe(exposureSim([...sims(1), ...sims(4)], 0.9, 2000, mulberry32(1)));
    expect(gbp.expectedThreatCost).toBe(15_000);

    const [sheet, dash] = buildPortfolioPlans(p);
    expect(formatsOf(sheet, 10_000)).toEqual([GBP.format]);
    expect(formatsOf(sheet, 20_000)).toEqual([EUR.format]);
    expect(formatsOf(sheet, 80_000)).toEqual([NO_CURRENCY.format]);
    expect(texts(sheet).some((t) => t.includes(MIXED_CURRENCY_NOTE))).toBe(true);
    expect(texts(dash)).toContain(MIXED_CURRENCY_NOTE);
    expect(texts(dash).filter((t) => t.startsWith("Not computed: contracts use different currencies"))).toHaveLength(3);
    const table = dash.tables.find((t) => t.name === "IMM_PortfolioByCurrency")!;
    expect(table.range.rows).toBe(4);
    expect(formatsOf(dash, gbp.simulation.p90 as number)).toEqual(["#,##0"]);
    // Nothing adds £ to €: neither the expected cost sum nor a joint run over all contracts appears.
    const allValues = [...cells(dash).values()].map((c) => c.v);
    expect(allValues).not.toContain(3000 + 6000 + 12_000 + 24_000);
    expect(allValues).not.toContain(exposureSim(list.flatMap((c) => c.sims), 0.9, 2000, mulberry32(1)));
  });
});
