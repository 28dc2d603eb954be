/**
 * Bounded reads on the strict fake, which fails a sync whose response is over 5 MB as Excel on the web does: only
 * what the review needs, each range once, every response under 4 MB.
 */
import { colLetters } from "../../../test/fakes/office/address";
import { FakeExcel, fakeRun, seedImmWorkbook, type FakeCell } from "../../../test/fakes/office";
import { jsonBytes } from "../../../test/fakes/office/response";
import { largeModel } from "../../../test/fixtures/large-model";
import { fakeHost } from "../../../test/fixtures/office-review";
import { readModel } from "../../tables";
import { splitRect, subtractRects } from "./read-plan";

const UNDER = 4_000_000;

/** An unrelated data sheet of about `mb` megabytes of values (a general ledger). */
function ledgerSheet(x: FakeExcel, mb: number): void {
  const rows: FakeCell[][] = [["Date", "Account", "Description", "Debit", "Credit"]];
  const n = Math.ceil((mb * 1_000_000) / 70);
  for (let i = 0; i < n; i++) rows.push([45_000 + (i % 365), `GL-${4000 + (i % 97)}`, `Invoice ${i} facilities management services`, i * 1.25, 0]);
  x.addSheet("Ledger", rows);
  expect(jsonBytes(rows)).toBeGreaterThan(mb * 1_000_000);
}

/** JSON bytes of every IMM table's cells (header and body), as the fake would send them back. */
function tableBytes(x: FakeExcel): number {
  return x.model.tables.reduce((sum, t) => sum + jsonBytes(t.sheet.grid.values(t.rect)), 0);
}

describe("Office fake: response size", () => {
  it("fails a sync whose loaded values are over 5 MB, as Excel on the web does, and delivers none of them", async () => {
    const x = new FakeExcel();
    ledgerSheet(x, 6);
    await expect(fakeRun(x, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Ledger").getUsedRange(true).load("values");
      await ctx.sync();
      return r.values.length;
    })).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(x.ledger.responses[0]).toBeGreaterThan(5_000_000);
  });
});

describe("Office host readSnapshot: bounded", () => {
  it("reads the IMM tables beside a 6 MB unrelated data sheet, reading only the top of that sheet", async () => {
    const x = new FakeExcel();
    seedImmWorkbook(x, { risks: 200, kpis: 40 });
    ledgerSheet(x, 6);
    const snap = await fakeHost(x).readSnapshot();
    expect(readModel(snap).risks).toHaveLength(200);
    expect(x.ledger.maxResponse).toBeLessThan(UNDER);
    expect(snap.sheets.find((s) => s.name === "Ledger")?.values.length).toBeLessThanOrEqual(100);
    expect(x.ledger.responses.reduce((a, b) => a + b, 0)).toBeLessThan(tableBytes(x) + 100_000);
  });

  it("reads each table's cells once (not again as part of its sheet's used range)", async () => {
    const x = new FakeExcel();
    seedImmWorkbook(x, { risks: 2000, kpis: 200 });
    const snap = await fakeHost(x).readSnapshot();
    expect(snap.tables.find((t) => t.name === "IMM_Risks")?.rows).toHaveLength(2000);
    const total = x.ledger.responses.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(tableBytes(x) * 1.1);
  });

  it("splits a table too big for one response into row chunks, each under 4 MB", async () => {
    const x = new FakeExcel();
    seedImmWorkbook(x, { risks: 6000, kpis: 20 });
    const long = "Hospital lift and escalator availability falls below the contracted standard during peak visiting hours. ".repeat(8);
    const risks = x.sheet("Risks");
    risks.grid.setValues({ row: 1, col: 1, rows: 6000, cols: 1 }, Array.from({ length: 6000 }, (_, i) => [`${i} ${long}`]));
    const snap = await fakeHost(x).readSnapshot();
    const model = readModel(snap);
    expect(model.risks).toHaveLength(6000);
    expect(model.risks?.[5999].statement.startsWith("5999 Hospital lift")).toBe(true);
    expect(tableBytes(x)).toBeGreaterThan(5_000_000);
    expect(x.ledger.maxResponse).toBeLessThan(UNDER);
  });

  it("reads a plain register (no Excel table) past the first 100 rows, and a range stacked below it", async () => {
    const [risks, kpis] = ["IMM_Risks", "IMM_KPIs"].map((n) => largeModel({ risks: 250, kpis: 30 }).find((t) => t.name === n));
    if (!risks || !kpis) throw new Error("fixture tables missing");
    const x = new FakeExcel();
    const stackAt = risks.rows.length + 4;
    x.addSheet("Register", [risks.headers, ...risks.rows, [], [], [], kpis.headers, ...kpis.rows]);
    const model = readModel(await fakeHost(x).readSnapshot());
    expect(model.risks).toHaveLength(250);
    expect(model.kpis).toHaveLength(30);
    expect(model.sources.find((s) => s.table === "IMM_KPIs")?.range).toBe(`A${stackAt + 1}:${colLetters(kpis.headers.length - 1)}${stackAt + 31}`);
  });
});

describe("read planning", () => {
  it("cuts an area around the tables on it, covering every other cell once", () => {
    const area = { row: 0, col: 0, rows: 10, cols: 8 };
    const holes = [{ row: 2, col: 1, rows: 3, cols: 2 }, { row: 4, col: 5, rows: 20, cols: 2 }];
    const parts = subtractRects(area, holes);
    const seen = new Map<string, number>();
    for (const p of parts) for (let r = p.row; r < p.row + p.rows; r++) for (let c = p.col; c < p.col + p.cols; c++) seen.set(`${r},${c}`, (seen.get(`${r},${c}`) ?? 0) + 1);
    const inHole = (r: number, c: number): boolean => holes.some((h) => r >= h.row && r < h.row + h.rows && c >= h.col && c < h.col + h.cols);
    for (let r = 0; r < 10; r++) for (let c = 0; c < 8; c++) expect(seen.get(`${r},${c}`) ?? 0).toBe(inHole(r, c) ? 0 : 1);
    expect(subtractRects(area, [area])).toEqual([]);
  });

  it("splits into row chunks, and a row too wide for the budget into column chunks", () => {
    expect(splitRect({ row: 0, col: 0, rows: 10, cols: 4 }, 12)).toEqual([
      { row: 0, col: 0, rows: 3, cols: 4 }, { row: 3, col: 0, rows: 3, cols: 4 }, { row: 6, col: 0, rows: 3, cols: 4 }, { row: 9, col: 0, rows: 1, cols: 4 },
    ]);
    expect(splitRect({ row: 5, col: 2, rows: 1, cols: 5 }, 2)).toEqual([
      { row: 5, col: 2, rows: 1, cols: 2 }, { row: 5, col: 4, rows: 1, cols: 2 }, { row: 5, col: 6, rows: 1, cols: 1 },
    ]);
  });
});
