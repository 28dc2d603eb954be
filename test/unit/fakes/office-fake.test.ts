/** The strict Office.js fake itself: load discipline, queued writes, null objects, fault injection, Excel coercion. */
import { FakeExcel, FakeOfficeError } from "../../fakes/office";

function seeded(): FakeExcel {
  const x = new FakeExcel();
  x.addSheet("Data", [["ID", "Name"], ["R1", "Pump"], ["R2", "Roof"]]);
  x.addTable("Data", "A1:B3", "IMM_Risks");
  return x;
}

describe("strict Office.js fake", () => {
  it("throws PropertyNotLoaded when a property is read before load() + sync()", async () => {
    const x = seeded();
    await x.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Data").getRange("A1:B2");
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      r.load("values");
      expect(() => r.values).toThrow(FakeOfficeError); // loaded but not yet synced
      await ctx.sync();
      expect(r.values).toEqual([["ID", "Name"], ["R1", "Pump"]]);
      expect(() => r.address).toThrow(/PropertyNotLoaded/); // only what was loaded
    });
  });

  it("applies writes only at sync(), in order", async () => {
    const x = seeded();
    await x.run(async (ctx) => {
      const s = ctx.workbook.worksheets.add("Out");
      s.getRange("A1:B1").values = [["a", 1]];
      expect(x.sheetNames()).toEqual(["Data"]);
      await ctx.sync();
      expect(x.values("Out", "A1:B1")).toEqual([["a", 1]]);
    });
    expect(x.ledger.syncs).toBe(1);
    expect(x.ledger.bytes[0]).toBeGreaterThan(10);
  });

  it("injected fault: the k-th sync throws and applies nothing of its batch", async () => {
    const x = seeded();
    x.failSyncAt(2);
    await expect(x.run(async (ctx) => {
      ctx.workbook.worksheets.add("One");
      await ctx.sync();
      ctx.workbook.worksheets.add("Two");
      ctx.workbook.worksheets.getItem("Data").getRange("A2").values = [["changed"]];
      await ctx.sync();
    })).rejects.toThrow(/injected fault at sync 2/);
    expect(x.sheetNames()).toEqual(["Data", "One"]);
    expect(x.values("Data", "A2")).toEqual([["R1"]]);
  });

  it("collections: items only after load; null objects; names follow renames and break on delete", async () => {
    const x = seeded();
    x.addSheet("Other");
    await x.run(async (ctx) => {
      const wb = ctx.workbook;
      expect(() => wb.worksheets.items).toThrow(/PropertyNotLoaded/);
      const missing = wb.worksheets.getItemOrNullObject("Nope");
      const t = wb.tables.getItem("IMM_Risks");
      wb.worksheets.load("items/name");
      t.load("name, worksheet/name");
      wb.names.add("IMM_Owned_x", "='Other'!$A$1");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(wb.worksheets.items.map((s) => s.name)).toEqual(["Data", "Other"]);
      expect(t.worksheet.name).toBe("Data");
      wb.worksheets.getItem("Other").name = "Renamed";
      const n = wb.names.getItem("IMM_Owned_x").load("value");
      await ctx.sync();
      expect(n.value).toBe("Renamed!$A$1");
      wb.worksheets.getItem("Renamed").delete();
      n.load("value, type");
      await ctx.sync();
      expect(n.value).toBe("#REF!");
    });
  });

  it("parses typed-looking strings like Excel unless the cell is text-formatted", async () => {
    const x = seeded();
    await x.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Data");
      s.getRange("D1:D4").values = [["=HYPERLINK(\"x\")"], ["-1+1"], ["007"], ["50%"]];
      s.getRange("E1").numberFormat = [["@"]];
      s.getRange("E1").values = [["=HYPERLINK(\"x\")"]];
      const f = s.getRange("D1:E4").load("formulas, values");
      await ctx.sync();
      expect(f.formulas.map((r) => r[0])).toEqual(["=HYPERLINK(\"x\")", "=-1+1", 7, 0.5]);
      expect(f.values[0][1]).toBe("=HYPERLINK(\"x\")");
    });
  });

  it("rejects bad shapes and duplicate names at sync, keeping earlier operations of the batch", async () => {
    const x = seeded();
    await expect(x.run(async (ctx) => {
      ctx.workbook.worksheets.add("Fine");
      ctx.workbook.worksheets.getItem("Data").getRange("A1:B2").values = [["only one"]];
      await ctx.sync();
    })).rejects.toThrow(/InvalidArgument/);
    expect(x.sheetNames()).toContain("Fine");
    await expect(x.run(async (ctx) => { ctx.workbook.worksheets.add("data"); await ctx.sync(); })).rejects.toThrow(/ItemAlreadyExists/);
  });

  it("proxies die with their run", async () => {
    const x = seeded();
    let leaked: { values: unknown[][] } | null = null;
    await x.run(async (ctx) => { leaked = ctx.workbook.worksheets.getItem("Data").getRange("A1"); });
    expect(() => { (leaked as unknown as { values: unknown[][] }).values = [["x"]]; }).toThrow(/after its Excel.run/);
  });
});
