/**
 * Issue 9 §3 and §6 on the fake: all or nothing, and co-authoring. Excel keeps the operations of a batch that ran
 * before a failing one; the fake can fail any single operation (failOpAt). Whatever operation fails, the workbook
 * ends in the old state (the write rejects) or the new one (the write resumed and finished) — never a mix.
 */
import { dumpSheet, FakeExcel, seedImmWorkbook, UserLinks } from "../../../test/fakes/office";
import { FakeTableRows } from "../../../test/fakes/office/tables";
import { fakeHost } from "../../../test/fixtures/office-review";
import { buildReviewPlans } from "../../review";
import { emptyPlan, type SheetPlan } from "../../review/kit/plan";
import { readModel } from "../../tables";
import { LOCK_NAME, newRunId, workSheetName } from "./write-lock";

/** Every sheet (hidden ones too), name and table of the workbook, comparable with toEqual. */
function state(x: FakeExcel): unknown {
  return {
    sheets: x.model.sheets.map((s) => dumpSheet(x.model, s)),
    names: x.model.names.map((n) => `${n.name}=${n.sheet ? n.sheet.name : n.constant ?? "#REF!"} ${n.comment}`),
    tables: x.model.tables.map((t) => `${t.name}@${t.sheet.name}`),
  };
}

function plan(key: "risk" | "dashboard", name: string, rows: number, label: string): SheetPlan {
  const p = emptyPlan(key, name);
  p.tabColor = "#C00000";
  p.blocks.push({ row: 0, col: 0, values: [[`${label} (${rows})`]], style: { bold: true } });
  p.blocks.push({ row: 2, col: 0, values: [["ID", "Score", "Note"], ...Array.from({ length: rows }, (_, i) => [`R-${i + 1}`, i + 1, i % 2 ? "Jan 2025" : "=1"])] });
  p.styles.push({ range: { row: 2, col: 0, rows: 1, cols: 3 }, style: { fill: "#1F4E78" } });
  p.tables.push({ name: key === "risk" ? "IMM_RiskRegister" : "IMM_DashboardTop", range: { row: 2, col: 0, rows: rows + 1, cols: 3 }, style: "TableStyleMedium2" });
  p.merges.push({ row: 0, col: 0, rows: 1, cols: 3 });
  p.freeze = { rows: 3, cols: 0 };
  p.columnWidths.push({ col: 0, width: 12 });
  p.conditionalFormats.push({ kind: "cellValue", range: { row: 3, col: 1, rows, cols: 1 }, operator: "greaterThan", value1: 3, style: { fill: "#FF0000" } });
  p.validations.push({ range: { row: 3, col: 2, rows, cols: 1 }, rule: { kind: "list", values: ["a", "b"] }, error: "a or b" });
  p.charts.push({ title: "Scores", kind: "column", data: { row: 2, col: 0, rows: rows + 1, cols: 2 }, anchor: { row: 0, col: 5, rows: 8, cols: 5 } });
  return p;
}

/** A workbook with user data and links, generated once (risk sheet owned); the next write regenerates it in place and adds a dashboard. */
async function earlier(): Promise<FakeExcel> {
  const x = new FakeExcel();
  x.addSheet("Risks", [["ID", "Score"], ["R-1", 4]]);
  x.addTable("Risks", "A1:B2", "IMM_Risks");
  x.addSheet("IMM Dashboard", [["a user sheet with the generated name"]]);
  await fakeHost(x).applyPlans([plan("risk", "IMM Risk Review", 4, "first")]);
  x.addName("MyRiskTitle", "'IMM Risk Review'!$A$1");
  x.resetStats();
  return x;
}
const NEXT = [plan("risk", "IMM Risk Review", 6, "second"), plan("dashboard", "IMM Dashboard", 3, "dash")];

describe("Office host: all or nothing (issue 9 §3)", () => {
  it("a failure injected at every single operation leaves the old state (rejected) or the new one (finished)", async () => {
    const probe = await earlier();
    await fakeHost(probe).applyPlans(NEXT);
    const after = state(probe);
    const n = probe.ledger.ops;
    expect(n).toBeGreaterThan(60);
    const outcomes = { old: 0, new: 0 };
    for (let k = 1; k <= n; k++) {
      const x = await earlier();
      const before = state(x);
      const links = new UserLinks(x);
      links.addCellLink("title", "IMM Risk Review", "A1");
      links.addTableLink("scores", "IMM_RiskRegister", "Score");
      x.failOpAt(k);
      const done = await fakeHost(x).applyPlans(NEXT).then(() => true, (e: Error) => {
        expect(e.message).toMatch(/injected fault at operation/);
        return false;
      });
      outcomes[done ? "new" : "old"] += 1;
      expect([k, state(x)]).toEqual([k, done ? after : before]);
      expect([k, links.broken("title"), links.broken("scores")]).toEqual([k, false, false]);
    }
    expect(outcomes.old).toBeGreaterThan(5); // failures while reading or preparing: nothing changed
    expect(outcomes.new).toBeGreaterThan(5); // failures in the commit: resumed and finished
  });

  it("validates names before the first write: a user table holding a name IMM needs stops the write with nothing changed", async () => {
    const x = await earlier();
    x.addSheet("Mine", [["a"], ["b"]]);
    x.addTable("Mine", "A1:A2", "IMM_Owned_dashboard");
    const before = state(x);
    await expect(fakeHost(x).applyPlans(NEXT)).rejects.toThrow(/The table IMM_Owned_dashboard on sheet "Mine" uses a name IMM needs/);
    expect(state(x)).toEqual(before);
    expect(x.ledger.syncs).toBe(1); // the read only
    const y = await earlier();
    y.addName("IMM_Writing", "=42");
    const mine = state(y);
    await expect(fakeHost(y).applyPlans(NEXT)).rejects.toThrow(/The workbook has a name IMM_Writing \(=?42\) that IMM needs/);
    expect(state(y)).toEqual(mine);
  });

  it("a full review regenerated with a failure at every 25th operation ends old or new", async () => {
    const seeded = (): FakeExcel => { const x = new FakeExcel(); seedImmWorkbook(x, { risks: 12, kpis: 4 }); return x; };
    const t = seeded();
    const plans = buildReviewPlans(readModel(await fakeHost(t).readSnapshot())).plans;
    const fresh = async (): Promise<FakeExcel> => { const x = seeded(); await fakeHost(x).applyPlans(plans); x.resetStats(); return x; };
    const probe = await fresh();
    await fakeHost(probe).applyPlans(plans);
    const after = state(probe);
    for (let k = 1; k <= probe.ledger.ops; k += 25) {
      const x = await fresh();
      const before = state(x);
      x.failOpAt(k);
      const done = await fakeHost(x).applyPlans(plans).then(() => true, () => false);
      expect([k, state(x)]).toEqual([k, done ? after : before]);
    }
  }, 120_000);
});

describe("Office host: co-authoring (issue 9 §6)", () => {
  it("two overlapping runs: both succeed or one fails cleanly before writing; no damage, nothing left behind", async () => {
    const single = await earlier();
    await fakeHost(single).applyPlans(NEXT);
    const seen = new Set<string>();
    // Start the second run at every point of the first (after d microtasks): every interleaving of their syncs.
    // A small payload budget spreads each run over many syncs, so one run often reads while the other writes.
    for (let d = 0; d < 60; d++) {
      const x = await earlier();
      const first = fakeHost(x, 2_000).applyPlans(NEXT);
      for (let i = 0; i < d; i++) await Promise.resolve();
      const [a, b] = await Promise.allSettled([first, fakeHost(x, 2_000).applyPlans(NEXT)]);
      for (const r of [a, b]) if (r.status === "rejected") expect(String(r.reason.message)).toMatch(/Another Generate is writing to this workbook/);
      seen.add([a.status, b.status].join(" "));
      expect([d, state(x)]).toEqual([d, state(single)]);
      expect(x.model.names.some((n) => n.name === LOCK_NAME)).toBe(false);
    }
    expect([...seen].filter((o) => o !== "fulfilled fulfilled" && o !== "fulfilled rejected")).toEqual([]);
    expect(seen.has("fulfilled rejected")).toBe(true); // the runs really overlapped: the later one was refused
  });

  it("never removes a co-author's hidden work sheet in progress; removes stale ones of crashed runs", async () => {
    const x = await earlier();
    const running = workSheetName(newRunId(), 0);
    const crashed = workSheetName(newRunId(Date.now() - 2 * 60 * 60 * 1000), 0);
    for (const n of [running, crashed, "~IMM writing 1"]) x.addSheet(n).visibility = "Hidden";
    await fakeHost(x).applyPlans(NEXT);
    expect(x.sheetNames().filter((s) => s.startsWith("~IMM"))).toEqual([running]);
  });

  it("whatever operation fails, a run removes only what it made, never another run's work sheet", async () => {
    const probe = await earlier();
    await fakeHost(probe).applyPlans(NEXT);
    let rejected = 0;
    for (let k = 1; k <= probe.ledger.ops; k++) {
      const x = await earlier();
      const other = workSheetName(newRunId(), 0);
      x.addSheet(other).visibility = "Hidden";
      x.failOpAt(k);
      const ok = await fakeHost(x).applyPlans(NEXT).then(() => true, () => false);
      if (!ok) rejected += 1;
      expect([k, x.sheetNames()]).toEqual([k, ok ? ["Risks", "IMM Dashboard", "IMM Risk Review", other, "IMM Dashboard (2)"] : ["Risks", "IMM Dashboard", "IMM Risk Review", other]]);
    }
    expect(rejected).toBeGreaterThan(5);
  });

  it("inserting templates: whatever operation fails, the new sheet is there complete or not at all", async () => {
    const template = (): SheetPlan => {
      const p = emptyPlan("IMM_Actions", "Actions");
      p.blocks.push({ row: 0, col: 0, values: [["ID", "Action", "Due"], ["", "", ""]] });
      p.tables.push({ name: "IMM_Actions", range: { row: 0, col: 0, rows: 2, cols: 3 }, style: "TableStyleLight9" });
      return p;
    };
    const fresh = (): FakeExcel => { const x = new FakeExcel(); x.addSheet("Risks", [["ID"], ["R-1"]]); x.resetStats(); return x; };
    const probe = fresh();
    await fakeHost(probe).insertTemplates([template()]);
    const after = state(probe);
    for (let k = 1; k <= probe.ledger.ops; k++) {
      const x = fresh();
      const before = state(x);
      x.failOpAt(k);
      const done = await fakeHost(x).insertTemplates([template()]).then(() => true, () => false);
      expect([k, state(x)]).toEqual([k, done ? after : before]);
    }
  });

  it("writeSettings adds missing keys with range values (no table.rows.add) and grows the table over them", async () => {
    const x = new FakeExcel();
    x.addSheet("Settings", [["Key", "Value"], ["Amber threshold", 60]]);
    x.addTable("Settings", "A1:B2", "IMM_Settings");
    const add = jest.spyOn(FakeTableRows.prototype, "add");
    await fakeHost(x).writeSettings([["Gap alert", 2], ["Label", "Mar-25"]]);
    expect(add).not.toHaveBeenCalled();
    add.mockRestore();
    expect(x.values("Settings")).toEqual([["Key", "Value"], ["Amber threshold", 60], ["Gap alert", 2], ["Label", "Mar-25"]]);
    expect(x.model.tables[0].rect).toEqual({ row: 0, col: 0, rows: 4, cols: 2 });
  });

  it("writeSettings refuses to overwrite the user's cells below the table, changing nothing", async () => {
    const x = new FakeExcel();
    x.addSheet("Settings", [["Key", "Value"], ["Amber threshold", 60], [], ["my note", "keep"]]);
    x.addTable("Settings", "A1:B2", "IMM_Settings");
    const before = x.values("Settings");
    await expect(fakeHost(x).writeSettings([["Gap alert", 2], ["Label", "x"]])).rejects.toThrow(/IMM_Settings: Settings!A3:B4 below the table must be empty/);
    expect(x.values("Settings")).toEqual(before);
  });
});
