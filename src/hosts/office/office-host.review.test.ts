/**
 * Full review through the Office host on the strict fake: readSnapshot → readModel → buildReviewPlans → applyPlans.
 * Running it at all proves no property is read before load + sync (the fake throws). Bounded syncs independent of
 * row count; a fault at every sync leaves user data identical and the generated sheets old or new, never a mix.
 */
import { dumpSheet, dumpUserData, FakeExcel, seedImmWorkbook } from "../../../test/fakes/office";
import { fakeHost, reviewOnFake } from "../../../test/fixtures/office-review";
import { buildReviewPlans } from "../../review";
import { readModel } from "../../tables";

const USER_SHEETS = ["Contract", "Settings", "Risks", "KPIs", "Partnership", "Actions"];


describe("Office host: full review on the fake", () => {
  it("reads a small workbook in four syncs (list, sizes, values, the payment cell's number format), leaving generated sheets out (the history is read back)", async () => {
    const x = new FakeExcel();
    seedImmWorkbook(x, { risks: 30, kpis: 8 });
    const h = fakeHost(x);
    const snap = await h.readSnapshot();
    expect(x.ledger.syncs).toBe(4);
    const risks = snap.tables.find((t) => t.name === "IMM_Risks");
    expect(risks?.rows).toHaveLength(30);
    expect(risks?.headers.slice(0, 3)).toEqual(["ID", "Risk", "Type"]);
    expect(snap.sheets.map((s) => s.name)).toEqual(USER_SHEETS);
    await h.applyPlans(buildReviewPlans(readModel(snap)).plans);
    const again = await h.readSnapshot();
    // Issue 11 §1: the IMM History sheet is generated but read as input (its tables are the previous reviews).
    expect(again.sheets.map((s) => s.name)).toEqual([...USER_SHEETS, "IMM History"]);
    expect(again.tables.map((t) => t.name).sort()).toEqual([...snap.tables.map((t) => t.name), "IMM_History", "IMM_HistoryItems"].sort());
    expect(readModel(again).history?.rows).toHaveLength(1);
  });

  it("takes the currency from the payment cell's format and sets every sheet's print layout (issue 11 §7, §8)", async () => {
    const x = new FakeExcel();
    seedImmWorkbook(x, { risks: 20, kpis: 8 });
    x.sheet("Contract").grid.setNumberFormats({ row: 2, col: 1, rows: 1, cols: 1 }, [['"A$"#,##0']]);
    const snap = await fakeHost(x).readSnapshot();
    expect(snap.paymentFormat).toBe('"A$"#,##0');
    const { plans, assessment } = buildReviewPlans(readModel(snap));
    expect(assessment.money.prefix).toBe("A$");
    await fakeHost(x).applyPlans(plans);
    for (const p of plans) {
      const page = x.sheet(p.name).page;
      expect(page).toMatchObject({ paperSize: "A4", printTitleRows: "$1:$2", "headersFooters.defaultForAllPages.centerFooter": "Page &P of &N",
        "headersFooters.defaultForAllPages.centerHeader": "&A", "zoom": { horizontalFitToPages: 1 } });
      expect(page.orientation).toMatch(/^(Landscape|Portrait)$/);
      expect(JSON.stringify(p)).not.toContain("£");
    }
    expect(x.sheet("IMM Dashboard").page.orientation).toBe("Landscape");
    expect([...x.sheet("IMM Integrated Assessment").hiddenColumns]).toEqual(plans.find((p) => p.key === "integrated")?.hiddenColumns);
  });

  it("writes the five review sheets with ownership, and user text arrives literally", async () => {
    const x = new FakeExcel();
    const injections = ["=HYPERLINK(\"http://x\",\"y\")", "+cmd", "-1+1", "@SUM(A1)"];
    seedImmWorkbook(x, { risks: 40, kpis: 12, injections });
    const before = dumpUserData(x.model, USER_SHEETS);
    const { plans } = await reviewOnFake(x);
    expect(plans).toHaveLength(6);
    const owned = await fakeHost(x).listOwnedSheets();
    expect(owned.map((o) => o.key)).toEqual(["risk", "partnership", "performance", "integrated", "dashboard", "history"]);
    expect(x.sheetNames()).toEqual([...USER_SHEETS, ...owned.map((o) => o.name)]);
    const riskSheet = x.sheet(owned[0].name);
    const used = riskSheet.grid.usedRect(true);
    const all = used ? riskSheet.grid.formulas(used).flat() : [];
    for (const s of injections) expect(all).toContain(s);
    expect(all.some((v) => typeof v === "string" && v === "#FORMULA!")).toBe(false);
    expect(dumpUserData(x.model, USER_SHEETS)).toEqual(before);
  });

  it("needs a bounded number of syncs for 1,000 and 10,000 risks (500 KPIs): one per ~4 MB of payload, not per row", async () => {
    const counts: number[] = [];
    for (const risks of [1000, 10_000]) {
      const x = new FakeExcel();
      seedImmWorkbook(x, { risks, kpis: 500 });
      const r = await reviewOnFake(x);
      expect(r.readSyncs).toBeLessThanOrEqual(5); // incl. one small read of the payment cell's number format (issue 11 §8)
      expect(x.ledger.maxBytes).toBeLessThan(5 * 1024 * 1024);
      counts.push(r.writeSyncs);
    }
    // 10× the rows adds at most one sync (the register's ~6 MB no longer fits one 4 MB request)
    expect(counts[1] - counts[0]).toBeLessThanOrEqual(1);
    expect(counts[1]).toBeLessThanOrEqual(4);
  }, 150_000);

  it("regenerating in place costs at most one more sync than the first write (the owned sheets' tables and charts)", async () => {
    const x = new FakeExcel();
    seedImmWorkbook(x, { risks: 1000, kpis: 100 });
    const first = await reviewOnFake(x);
    const again = await reviewOnFake(x);
    expect(again.writeSyncs).toBeLessThanOrEqual(first.writeSyncs + 1);
    expect(x.ledger.maxBytes).toBeLessThan(5 * 1024 * 1024);
  }, 60_000);

  it("a fault injected at every sync k leaves user data identical, and the generated sheets old (rejected) or new (resumed)", async () => {
    const template = new FakeExcel();
    seedImmWorkbook(template, { risks: 120, kpis: 24 });
    const h0 = fakeHost(template);
    const { plans } = buildReviewPlans(readModel(await h0.readSnapshot()));
    const fresh = async (): Promise<FakeExcel> => {
      const x = new FakeExcel();
      seedImmWorkbook(x, { risks: 120, kpis: 24 });
      x.addSheet("IMM Dashboard", [["a user sheet with the generated name"]]);
      await fakeHost(x, 50_000).applyPlans(plans); // an earlier review: owned sheets to be replaced
      x.resetStats();
      return x;
    };
    const probe = await fresh();
    await fakeHost(probe, 50_000).applyPlans(plans);
    const n = probe.ledger.syncs;
    const after = await fakeHost(probe).listOwnedSheets();
    const ownedAfter = after.map((o) => dumpSheet(probe.model, probe.sheet(o.name)));
    expect(n).toBeGreaterThan(5); // small budget: many syncs, so faults land mid-write

    for (let k = 1; k <= n; k++) {
      const x = await fresh();
      const owned = await fakeHost(x).listOwnedSheets();
      const visible = (): string[] => x.model.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name);
      const names = visible();
      const before = dumpUserData(x.model, [...USER_SHEETS, "IMM Dashboard"]);
      const ownedBefore = owned.map((o) => dumpSheet(x.model, x.sheet(o.name)));
      x.resetStats();
      x.failSyncAt(k);
      const done = await fakeHost(x, 50_000).applyPlans(plans).then(() => true, (e: Error) => {
        expect(e.message).toContain(`injected fault at sync ${k}`);
        return false;
      });
      expect(dumpUserData(x.model, [...USER_SHEETS, "IMM Dashboard"])).toEqual(before);
      expect(visible()).toEqual(names);
      expect(owned.map((o) => dumpSheet(x.model, x.sheet(o.name)))).toEqual(done ? ownedAfter : ownedBefore);
      expect(x.sheetNames()).toEqual(names); // no hidden work sheet left
    }
  }, 150_000);
});
