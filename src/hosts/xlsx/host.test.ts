import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxHost } from "./host";
import { fullPlan, INJECTIONS, reopen, userWorkbookBytes } from "./testing/fixtures";

async function cellsOf(wb: ExcelJS.Workbook, sheet: string): Promise<string> {
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const out: string[] = [];
  ws.eachRow((row, r) => row.eachCell((cell, c) => out.push(`${r},${c}=${JSON.stringify(cell.value)}`)));
  return out.join("\n");
}

describe("XlsxHost.readSnapshot", () => {
  it("reads tables and sheets with dates as serials, rich text and hyperlinks as text, formulas as results", async () => {
    const host = await XlsxHost.fromBuffer(await userWorkbookBytes(), "user.xlsx");
    const snap = await host.readSnapshot();
    expect(snap.source).toBe("user.xlsx");
    const t = snap.tables.find((x) => x.name === "IMM_Risks");
    expect(t).toMatchObject({ sheet: "Risks", row: 1, col: 1, headers: ["ID", "Risk", "Type", "Likelihood", "Consequence", "Due"] });
    expect(t?.rows).toHaveLength(3);
    expect(t?.rows[0]).toEqual(["R-01", "Lift failure", "Threat", 4, "Major", 45473]); // 30 Jun 2024
    expect(t?.rows[1][1]).toBe("Energy saving");
    expect(t?.rows[2][3]).toBe(2);
    expect(t?.rows[2][1]).toBe('=HYPERLINK("x")');
    const notes = snap.sheets.find((s) => s.name === "Notes");
    expect(notes?.values[0][0]).toBe("Free text");
    expect(notes?.values[2][2]).toBe("link");
    const risks = snap.sheets.find((s) => s.name === "Risks");
    expect(risks?.values[1][1]).toBe("ID");
    expect(risks?.values[0]).toEqual([null, null, null, null, null, null, null]);
  });

  it("repairs ExcelJS's header-row misread of tables saved by Excel (no headerRowCount attribute)", async () => {
    const zip = await JSZip.loadAsync(await userWorkbookBytes());
    const path = Object.keys(zip.files).find((f) => /xl\/tables\/table\d+\.xml/.test(f)) as string;
    const xml = (await zip.file(path)?.async("string")) ?? "";
    expect(xml).toContain('headerRowCount="1"');
    zip.file(path, xml.replace(' headerRowCount="1"', ""));
    const asExcel = await zip.generateAsync({ type: "uint8array" });
    const host = await XlsxHost.fromBuffer(asExcel, "excel.xlsx");
    const t = (await host.readSnapshot()).tables[0];
    expect(t.headers[0]).toBe("ID");
    expect(t.rows).toHaveLength(3);
    const out = await JSZip.loadAsync(await host.toBuffer());
    const written = (await out.file(path)?.async("string")) ?? "";
    expect(written).not.toContain('headerRowCount="0"');
  });
});

describe("XlsxHost.applyPlans", () => {
  it("writes every plan feature and records ownership as a defined name", async () => {
    const host = await XlsxHost.fromBuffer(await userWorkbookBytes(), "user.xlsx");
    const res = await host.applyPlans([fullPlan()]);
    expect(res.sheets).toEqual(["IMM Risk Review"]);
    const wb = await reopen(await host.toBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Risks", "Notes", "IMM Risk Review"]);
    const ws = wb.getWorksheet("IMM Risk Review") as ExcelJS.Worksheet;
    expect(ws.getCell("A1").value).toBe("Risk review");
    expect(ws.getCell("A1").font.bold).toBe(true);
    expect(ws.getCell("A1").font.size).toBe(16);
    expect(ws.getCell("A1").isMerged && ws.getCell("E1").isMerged).toBe(true);
    expect(ws.getCell("C4").value).toBe(16);
    expect(ws.getCell("C4").numFmt).toBe("0");
    expect(ws.getCell("D4").numFmt).toBe("0%");
    expect(ws.getCell("A4").numFmt).toBe("0.0");
    expect(ws.getCell("A3").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
    expect(ws.getCell("A3").font.bold).toBe(true);
    expect(ws.getCell("A3").border.bottom?.style).toBe("thin");
    expect(ws.getCell("B4").alignment).toMatchObject({ wrapText: true, vertical: "middle" });
    expect(ws.getCell("B11").fill).toMatchObject({ fgColor: { argb: "FFFFC000" } });
    expect(ws.getCell("B11").font.italic).toBe(true);
    expect(ws.getColumn(2).width).toBe(40);
    expect(ws.getRow(1).height).toBe(28);
    expect(ws.properties.tabColor).toMatchObject({ argb: "FFC00000" });
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3, showGridLines: false });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    const tables = (ws as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables;
    expect(tables.IMM_Review_Register.table.tableRef).toBe("A3:E7");
    const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; operator?: string; iconSet?: string }[] }[] }).conditionalFormattings;
    const types = cfs.flatMap((c) => c.rules.map((r) => r.type));
    expect(types).toEqual(expect.arrayContaining(["cellIs", "expression", "colorScale", "dataBar", "iconSet"]));
    expect(cfs.find((c) => c.rules[0].type === "iconSet")?.rules[0].iconSet).toBe("3TrafficLights1");
    const dv = (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: unknown[] }> } }).dataValidations.model;
    expect(dv.E4?.type ?? dv["E4:E7"]?.type).toBe("list");
    // chart fallback: title, header and one row per category with a data bar
    expect(ws.getCell("A13").value).toBe("Pillar indices");
    expect(ws.getCell("A14").value).toBe("Pillar");
    expect(ws.getCell("A15").value).toBe("Partnership");
    expect(ws.getCell("B17").value).toBe(90);
    expect(cfs.some((c) => c.ref === "B15:B17" && c.rules[0].type === "dataBar")).toBe(true);
    expect(wb.definedNames.model).toEqual(expect.arrayContaining([{ name: "IMM_Owned_risk", ranges: ["'IMM Risk Review'!$A$1"] }]));
  });

  it("writes formula-injection strings as literal text with quotePrefix", async () => {
    const host = XlsxHost.blank();
    await host.applyPlans([fullPlan()]);
    const bytes = await host.toBuffer();
    const wb = await reopen(bytes);
    const ws = wb.getWorksheet("IMM Risk Review") as ExcelJS.Worksheet;
    INJECTIONS.forEach((text, i) => {
      const cell = ws.getCell(4 + i, 2);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
    });
    const zip = await JSZip.loadAsync(bytes);
    const styles = (await zip.file("xl/styles.xml")?.async("string")) ?? "";
    expect(styles).toMatch(/<xf[^>]*quotePrefix="1"/);
    expect(styles).not.toMatch(/readingOrder="1"/);
    const sheetXml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    expect(sheetXml).not.toContain("<f>");
  });

  it("is idempotent: a second run replaces the owned sheets in place", async () => {
    const host = await XlsxHost.fromBuffer(await userWorkbookBytes(), "user.xlsx");
    await host.applyPlans([fullPlan("risk", "IMM Risk Review"), fullPlan("dashboard", "IMM Dashboard")]);
    const once = await host.toBuffer();
    const again = await XlsxHost.fromBuffer(once, "user.review.xlsx");
    const res = await again.applyPlans([fullPlan("risk", "IMM Risk Review"), fullPlan("dashboard", "IMM Dashboard")]);
    expect(res.sheets).toEqual(["IMM Risk Review", "IMM Dashboard"]);
    expect(res.notes.join(" ")).not.toContain("(2)");
    const wb = await reopen(await again.toBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Risks", "Notes", "IMM Risk Review", "IMM Dashboard"]);
    const ws = wb.getWorksheet("IMM Dashboard") as ExcelJS.Worksheet;
    const tables = Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables);
    expect(tables).toHaveLength(1);
    expect(await again.listOwnedSheets()).toEqual([{ key: "risk", name: "IMM Risk Review" }, { key: "dashboard", name: "IMM Dashboard" }]);
  });

  it("keeps the position of a replaced sheet the user moved", async () => {
    const host = XlsxHost.blank();
    host.workbook.addWorksheet("Inputs");
    await host.applyPlans([fullPlan()]);
    host.workbook.addWorksheet("Later");
    await host.applyPlans([fullPlan()]);
    expect(host.workbook.worksheets.map((w) => w.name)).toEqual(["Inputs", "IMM Risk Review", "Later"]);
  });

  it("never touches a user sheet with the generated name: writes 'IMM Risk Review (2)'", async () => {
    const input = await userWorkbookBytes("IMM Risk Review");
    const before = await reopen(input);
    const host = await XlsxHost.fromBuffer(input, "user.xlsx");
    const res = await host.applyPlans([fullPlan()]);
    expect(res.sheets).toEqual(["IMM Risk Review (2)"]);
    expect(res.notes[0]).toBe('"IMM Risk Review" is a sheet of yours: wrote "IMM Risk Review (2)" instead.');
    const second = await XlsxHost.fromBuffer(await host.toBuffer());
    expect((await second.applyPlans([fullPlan()])).sheets).toEqual(["IMM Risk Review (2)"]);
    const after = await reopen(await second.toBuffer());
    expect(after.worksheets.map((w) => w.name)).toEqual(["Risks", "Notes", "IMM Risk Review", "IMM Risk Review (2)"]);
    for (const name of ["Risks", "Notes", "IMM Risk Review"]) expect(await cellsOf(after, name)).toBe(await cellsOf(before, name));
    const t = (after.getWorksheet("Risks") as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables.IMM_Risks;
    expect(t.table.tableRef).toBe("B2:G5");
  });

  it("does not read its own output back as input", async () => {
    const host = XlsxHost.blank();
    await host.applyPlans([fullPlan()]);
    expect((await host.readSnapshot()).sheets).toHaveLength(0);
    expect((await host.readSnapshot({ includeOwned: true })).tables.map((t) => t.name)).toEqual(["IMM_Review_Register"]);
  });

  it("leaves the workbook unchanged when a plan fails", async () => {
    const host = await XlsxHost.fromBuffer(await userWorkbookBytes(), "user.xlsx");
    await host.applyPlans([fullPlan()]);
    const bad = fullPlan("dashboard", "IMM Dashboard");
    bad.merges = [{ row: -5, col: 0, rows: 1, cols: 1 }];
    bad.tables = [{ name: "X", range: { row: -1, col: 0, rows: 2, cols: 2 }, style: "TableStyleMedium2" }];
    await expect(host.applyPlans([fullPlan(), bad])).rejects.toThrow();
    expect(host.workbook.worksheets.map((w) => w.name)).toEqual(["Risks", "Notes", "IMM Risk Review"]);
    expect((await host.listOwnedSheets()).map((o) => o.name)).toEqual(["IMM Risk Review"]);
  });
});

describe("XlsxHost templates, settings, selection", () => {
  it("inserts templates as user sheets with '(2)' on clashes and unique table names", async () => {
    const host = await XlsxHost.fromBuffer(await userWorkbookBytes(), "user.xlsx");
    const tpl = fullPlan("IMM_Risks", "Risks");
    tpl.tables = [{ name: "IMM_Risks", range: { row: 2, col: 0, rows: 5, cols: 5 }, style: "TableStyleLight9" }];
    const res = await host.insertTemplates([tpl]);
    expect(res.sheets).toEqual(["Risks (2)"]);
    expect(res.notes.join(" ")).toContain("IMM_Risks2");
    expect(await host.listOwnedSheets()).toEqual([]);
  });

  it("writes settings: creates the table, then updates and appends", async () => {
    const host = XlsxHost.blank();
    await host.writeSettings([["Amber threshold", 60], ["Green threshold", 80]]);
    let snap = await host.readSnapshot();
    expect(snap.tables[0]).toMatchObject({ name: "IMM_Settings", sheet: "IMM Settings", headers: ["Key", "Value"], rows: [["Amber threshold", 60], ["Green threshold", 80]] });
    await host.writeSettings([["green threshold", 85], ["Rating bands", "4,9,16"], ["Note", "=1+1"]]);
    const reopened = await XlsxHost.fromBuffer(await host.toBuffer());
    snap = await reopened.readSnapshot();
    expect(snap.tables[0].rows).toEqual([["Amber threshold", 60], ["Green threshold", 85], ["Rating bands", "4,9,16"], ["Note", "=1+1"]]);
    expect(reopened.workbook.getWorksheet("IMM Settings")?.getCell("B5").type).toBe(ExcelJS.ValueType.String);
  });

  it("refuses to overwrite user data below the settings table", async () => {
    const host = XlsxHost.blank();
    await host.writeSettings([["Amber threshold", 60]]);
    (host.workbook.getWorksheet("IMM Settings") as ExcelJS.Worksheet).getCell("B3").value = "user note";
    await expect(host.writeSettings([["Green threshold", 80]])).rejects.toThrow("IMM Settings!B3: no room below the IMM_Settings table");
  });

  it("keeps an in-memory selection and notifies subscribers until unsubscribed", async () => {
    const host = XlsxHost.blank();
    const seen: string[] = [];
    const off = host.onSelectionChanged((r) => seen.push(`${r.sheet}!${r.address}`));
    expect(await host.getSelection()).toBeNull();
    await host.selectCell({ sheet: "Risks", address: "$e$7" });
    off();
    await host.selectCell({ sheet: "Risks", address: "A1" });
    expect(seen).toEqual(["Risks!E7"]);
    expect(await host.getSelection()).toEqual({ sheet: "Risks", address: "A1" });
  });
});

describe("XlsxHost.fromBuffer errors", () => {
  const cases: [string, Uint8Array, RegExp][] = [
    ["empty", new Uint8Array(0), /^x\.xlsx: the file is empty$/],
    ["text", new TextEncoder().encode("ID,Risk\n1,2"), /not an \.xlsx workbook/],
    ["corrupt zip", new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3, 4, 5]), /damaged or not an \.xlsx/],
  ];
  it.each(cases)("%s gives one clear line", async (_label, bytes, message) => {
    const err = await XlsxHost.fromBuffer(bytes, "x.xlsx").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toContain("\n");
  });
});

describe("XlsxHost.onWorkbookChanged", () => {
  it("announces each write (review sheets, templates, settings) until unsubscribed", async () => {
    const host = XlsxHost.blank("t.xlsx");
    let changes = 0;
    const off = host.onWorkbookChanged(() => changes++);
    await host.insertTemplates([fullPlan()]);
    expect(changes).toBe(1);
    await host.writeSettings([["Amber threshold", 65]]);
    expect(changes).toBe(2);
    await host.applyPlans([fullPlan()]);
    expect(changes).toBe(3);
    off();
    await host.writeSettings([["Amber threshold", 60]]);
    expect(changes).toBe(3);
  });
});
