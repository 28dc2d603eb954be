/**
 * The committed sample portfolio (assets/samples/portfolio, written by `npm run sample`): each contract holds its
 * current inputs and two earlier reviews in its IMM History, so the portfolio shows real change since the previous review.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxHost } from "../hosts/xlsx";
import { buildReviewPlans } from "../review";
import type { PlanValue } from "../review/kit/plan";
import { roundIndex } from "../review/kit/rag";
import { buildPortfolio, buildPortfolioPlans } from "../review/portfolio/plans";
import { INDEX_KEYS, summarizeContract } from "../review/portfolio/summary";
import { readModel } from "../tables";
import type { ModelInputs } from "../tables/types";
import { EARLIER_REVIEWS, PORTFOLIO_VARIANTS, portfolioContract } from "./portfolio";
import { sampleToSnapshot } from "./to-snapshot";

const DIR = join(__dirname, "..", "..", "assets", "samples", "portfolio");

interface Read { file: string; host: XlsxHost; model: ModelInputs }

let read: Read[];
beforeAll(async () => {
  read = [];
  for (const v of PORTFOLIO_VARIANTS) {
    const file = `${v.file}.xlsx`;
    const host = await XlsxHost.fromBuffer(readFileSync(join(DIR, file)), file);
    read.push({ file, host, model: readModel(await host.readSnapshot()) });
  }
}, 60_000);

describe("sample portfolio history", () => {
  it("each sample holds two earlier reviews in its own IMM History sheet (owned, as a review writes it), and the current inputs", async () => {
    for (const [i, r] of read.entries()) {
      expect(await r.host.listOwnedSheets()).toEqual([{ key: "history", name: "IMM History" }]);
      expect(r.model.history?.rows.map((x) => x.reviewDate)).toEqual(EARLIER_REVIEWS.map((e) => e.reviewDate));
      expect(new Set(r.model.history?.items.map((x) => x.reviewDate))).toEqual(new Set(EARLIER_REVIEWS.map((e) => e.reviewDate)));
      // The current inputs are those of the sample data (npm run sample is up to date).
      const data = readModel(sampleToSnapshot(portfolioContract(PORTFOLIO_VARIANTS[i])));
      expect({ ...r.model, history: undefined, sources: undefined, workbook: undefined, paymentFormat: undefined })
        .toEqual({ ...data, history: undefined, sources: undefined, workbook: undefined, paymentFormat: undefined });
    }
  });

  it("the earlier reviews are the real review of the inputs as they stood then", () => {
    for (const [i, r] of read.entries()) {
      const then = readModel(sampleToSnapshot(portfolioContract(PORTFOLIO_VARIANTS[i], 1)));
      const a = buildReviewPlans(then).assessment;
      expect(r.model.history?.rows[1].integrated).toBeCloseTo(a.integrated.index as number, 9);
      expect(r.model.history?.rows[1].reviewDate).toBe(a.reviewDate);
    }
  });

  it("the portfolio of the samples shows, for every contract, change since previous review = current index − its history's previous index", () => {
    const summaries = read.map((r) => summarizeContract(r.file, r.model, buildReviewPlans(r.model).assessment));
    const p = buildPortfolio(summaries);
    const [sheet] = buildPortfolioPlans(p);
    const table = sheet.tables.find((t) => t.name === "IMM_Portfolio")!;
    const cells = new Map<string, PlanValue>();
    for (const b of sheet.blocks) b.values.forEach((row, i) => row.forEach((v, j) => cells.set(`${b.row + i},${b.col + j}`, v)));
    const header = (name: string) => {
      for (let j = 0; j < table.range.cols; j++) if (cells.get(`${table.range.row},${table.range.col + j}`) === name) return table.range.col + j;
      throw new Error(`no column ${name}`);
    };
    const integratedChanges = new Set<number>();
    p.contracts.forEach((c, i) => {
      const model = read.find((r) => r.file === c.file)!.model;
      const previous = model.history!.rows[model.history!.rows.length - 1];
      const row = table.range.row + 1 + i;
      for (const k of INDEX_KEYS) {
        const label = { partnership: "Δ Partnership", risk: "Δ Risk", performance: "Δ Performance", integrated: "Δ Integrated" }[k];
        const shown = cells.get(`${row},${header(label)}`);
        expect(typeof shown).toBe("number");
        expect(c.change[k]).toBeCloseTo((c.indices[k] as number) - (previous[k] as number), 9);
        expect(shown).toBe(roundIndex(c.change[k] as number));
      }
      expect(c.change.integrated).not.toBe(0);
      integratedChanges.add(roundIndex(c.change.integrated as number));
    });
    expect(integratedChanges.size).toBe(p.contracts.length);
  });

  it("the samples' amounts are in £, each row's and the portfolio's (their Annual service payment cells show £)", () => {
    const p = buildPortfolio(read.map((r) => summarizeContract(r.file, r.model, buildReviewPlans(r.model).assessment)));
    expect(p.currency?.format).toBe('"£"#,##0');
    const [sheet, dash] = buildPortfolioPlans(p);
    const formatOf = (plan: typeof sheet, value: number) => plan.blocks.flatMap((b) => b.values.flatMap((row) => row.flatMap((v, j) => (v === value ? [b.columnFormats?.[j] ?? b.numberFormat] : []))));
    for (const c of p.contracts) expect(formatOf(sheet, c.p90 as number)).toEqual(['"£"#,##0']);
    expect(formatOf(dash, p.simulation.p90 as number)).toEqual(['"£"#,##0']);
  });
});
