/**
 * A workbook opened for one review (XlsxHost.forReview, what the CLI and the portfolio use): the same review as a whole
 * ExcelJS model gives — the same sheet names, notes and cells — and the limits of such a host.
 */
import ExcelJS from "exceljs";
import { XlsxHost } from "./host";
import { fullPlan, userWorkbookBytes } from "./testing/fixtures";

/** The user's workbook with a table already named as the plan's table, and a sheet named as the generated sheet. */
async function clashing(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await userWorkbookBytes()) as unknown as ArrayBuffer);
  const ws = wb.addWorksheet("Register copy");
  ws.addTable({ name: "IMM_Review_Register", ref: "A1", headerRow: true, columns: [{ name: "A" }], rows: [[1]] });
  wb.addWorksheet("IMM Risk Review").getCell("A1").value = "my own notes";
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Every sheet's cell values of a package, by sheet. */
async function cells(bytes: Uint8Array): Promise<Record<string, unknown[]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: Record<string, unknown[]> = {};
  for (const ws of wb.worksheets) {
    const values: unknown[] = [];
    ws.eachRow((row, r) => row.eachCell((cell, c) => values.push([r, c, cell.value])));
    out[ws.name] = values;
  }
  return out;
}

describe("XlsxHost.forReview", () => {
  it("writes the review as a whole model does: names, notes, cells and tables", async () => {
    const input = await clashing();
    const whole = await XlsxHost.fromBuffer(input, "in.xlsx");
    const review = await XlsxHost.forReview(input, "in.xlsx");
    expect(await review.readSnapshot()).toEqual(await whole.readSnapshot());
    const plans = () => [fullPlan(), fullPlan("dashboard", "IMM Dashboard")];
    const a = await whole.applyPlans(plans());
    const b = await review.applyPlans(plans());
    expect(b.sheets).toEqual(a.sheets);
    expect(b.sheets[0]).toBe("IMM Risk Review (2)");
    expect([...b.notes].sort()).toEqual([...a.notes].sort());
    expect(b.notes.some((n) => n.includes('Table "IMM_Review_Register" exists already'))).toBe(true);
    const [x, y] = [await cells(await whole.toBuffer()), await cells(await review.toBuffer())];
    expect(Object.keys(y)).toEqual(Object.keys(x));
    for (const name of Object.keys(x)) expect(y[name]).toEqual(x[name]);
    expect(y["IMM Risk Review"]).toEqual([[1, 1, "my own notes"]]);
  });

  it("reruns on its own output replace the generated sheets, as a whole model does", async () => {
    const first = await XlsxHost.forReview(await userWorkbookBytes(), "in.xlsx");
    await first.applyPlans([fullPlan()]);
    const again = await XlsxHost.forReview(await first.toBuffer(), "in.xlsx");
    expect((await again.applyPlans([fullPlan()])).sheets).toEqual(["IMM Risk Review"]);
    expect(Object.keys(await cells(await again.toBuffer())).filter((n) => n.startsWith("IMM Risk Review"))).toEqual(["IMM Risk Review"]);
  });

  it("reads once, writes once, and leaves cells, settings and templates to a whole model", async () => {
    const host = await XlsxHost.forReview(await userWorkbookBytes(), "in.xlsx");
    await expect(host.readSnapshot({ includeOwned: true })).rejects.toThrow(/reads its input once/);
    await expect(host.readCells({ sheet: "Risks", address: "B2" })).rejects.toThrow(/fromBuffer/);
    await expect(host.writeSettings([["Amber threshold", 55]])).rejects.toThrow(/fromBuffer/);
    await expect(host.insertTemplates([fullPlan()])).rejects.toThrow(/fromBuffer/);
    await host.applyPlans([fullPlan()]);
    await expect(host.readSnapshot()).rejects.toThrow(/reads its input once/);
    await expect(host.applyPlans([fullPlan()])).rejects.toThrow(/writes its review once/);
  });
});
