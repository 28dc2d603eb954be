/**
 * The plan writer on hand-made edge cases: where the ExcelJS path is right, both read back the same; where it
 * loses text (control characters dropped, a literal "_x000D_" decoded to a carriage return, a carriage return
 * turned into a line feed), the plan writer keeps it exactly.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { emptyPlan, type SheetPlan } from "../../../review/kit/plan";
import { chartParts, packageFacts, renderBoth } from "./testing/compare";
import { planArb } from "./testing/plan-arbitrary";
import { renderPlans } from "./render-plans";
import { escapeCellText, MAX_TEXT } from "./xml-text";
import { xmlUnescape } from "../package-xml";

async function expectSame(plans: SheetPlan[], taken: string[] = []): Promise<{ notes: string[] }> {
  const { old, direct, grafted } = await renderBoth(plans, taken);
  expect(direct.notes).toEqual(old.notes);
  expect(direct.tables).toEqual(old.tables);
  // What the user gets: both packages grafted into the same user workbook, read back.
  const [a, b] = await Promise.all([packageFacts(grafted.old), packageFacts(grafted.direct)]);
  expect(b).toEqual(a);
  expect(await chartParts(direct.bytes)).toEqual(await chartParts(old.bytes));
  return direct;
}

async function readBack(plan: SheetPlan): Promise<ExcelJS.Worksheet> {
  const { bytes } = renderPlans([{ plan, name: plan.name }], new Set());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets[0];
}

describe("renderPlans on edge cases", () => {
  it("writes an empty plan as an empty sheet with its print set-up", async () => {
    await expectSame([emptyPlan("risk", "Empty")]);
  });

  it("keeps formula-like text as quote-prefixed text, XML specials, long text capped, booleans, non-finite numbers blank", async () => {
    const p = emptyPlan("risk", "Edge <&> O'x");
    const long = "y".repeat(MAX_TEXT + 10);
    p.blocks = [
      { row: 0, col: 0, values: [["=1+1", "+A1", "-2", "@SUM(A1)", "=HYPERLINK(\"x\")", "1+1"]], style: { bold: true } },
      { row: 1, col: 0, values: [["<b>&amp;</b>", "\"quoted\" 'single'", " edge spaces ", "line\nbreak", "tab\there", ""]] },
      { row: 2, col: 0, values: [[true, false, NaN, Infinity, -Infinity, 1e21, -0, 0.1 + 0.2, 5e-324]] },
      { row: 3, col: 0, values: [[long], ["short"], [null, "ragged"]], numberFormat: "@" },
    ];
    p.styles = [{ range: { row: 0, col: 0, rows: 2, cols: 3 }, style: { fill: "#FFC000", italic: true } }];
    await expectSame([p]);
    const ws = await readBack(p);
    expect(ws.getCell("A1").value).toBe("=1+1");
    expect(ws.getCell("A1").type).toBe(ExcelJS.ValueType.String);
    expect((ws.getCell("A4").value as string).length).toBe(MAX_TEXT);
    expect(ws.getCell("A3").value).toBe(true);
    expect(ws.getCell("C3").value).toBeNull();
  });

  it("skips overlapping merges with a note, merges over values, styles covered cells like the top-left one", async () => {
    const p = emptyPlan("risk", "Merges");
    p.blocks = [{ row: 0, col: 0, values: [["a", "b", "c"], ["d", "e", "f"], [1, 2, 3]], style: { border: "thin" } }];
    p.styles = [{ range: { row: 0, col: 0, rows: 1, cols: 1 }, style: { fill: "#D9E1F2" } }];
    p.merges = [
      { row: 0, col: 0, rows: 2, cols: 2 },
      { row: 1, col: 1, rows: 2, cols: 2 },
      { row: 2, col: 0, rows: 1, cols: 1 },
      { row: 2, col: 1, rows: 1, cols: 2 },
    ];
    const { notes } = await expectSame([p]);
    expect(notes).toEqual(["Merges!B2:C3: overlapping merge skipped."]);
  });

  it("names tables uniquely, makes header names, gives a header-only table a data row, and tables over merged headers", async () => {
    const p = emptyPlan("risk", "Tables");
    p.blocks = [
      { row: 0, col: 0, values: [["ID", "id", null, 2024, "a\nb"], ["x", 1, 2, 3, 4]] },
      { row: 5, col: 0, values: [["Only", "Header"]] },
    ];
    p.merges = [{ row: 5, col: 0, rows: 1, cols: 2 }];
    p.tables = [
      { name: "IMM_T", range: { row: 0, col: 0, rows: 2, cols: 5 }, style: "TableStyleLight9" },
      { name: "IMM_T", range: { row: 5, col: 0, rows: 1, cols: 2 }, style: "" },
      { name: "Empty", range: { row: 9, col: 0, rows: 0, cols: 2 }, style: "TableStyleMedium2" },
    ];
    const { notes } = await expectSame([p], ["imm_t"]);
    expect(notes.length).toBe(2);
  });

  it("writes widths, hidden columns, heights, freeze panes of rows or columns only, overlapping validations, and pages without a print plan", async () => {
    const a = emptyPlan("risk", "Cols");
    a.columnWidths = [{ col: 0, width: 9 }, { col: 1, width: 12 }, { col: 2, width: 12 }, { col: 4, width: 20 }, { col: 4, width: 21 }];
    a.hiddenColumns = [2, 6, 7];
    a.rowHeights = [{ row: 0, height: 30 }, { row: 40, height: 12.5 }];
    a.freeze = { rows: 2, cols: 0 };
    a.showGridlines = false;
    a.blocks = [{ row: 0, col: 0, values: [["a", 1, 2, 3]] }];
    a.validations = [
      { range: { row: 1, col: 0, rows: 5, cols: 2 }, rule: { kind: "list", values: ["A, B", "C\"D"] }, error: "pick <one>" },
      { range: { row: 3, col: 1, rows: 5, cols: 1 }, rule: { kind: "decimal", min: -1.5, max: 2.25 }, error: "x" },
      { range: { row: 1, col: 0, rows: 5, cols: 2 }, rule: { kind: "whole", min: 1, max: 5 }, error: "again" },
    ];
    const b = emptyPlan("kpi", "Cols2");
    b.freeze = { rows: 0, cols: 3 };
    b.tabColor = "not a colour";
    await expectSame([a, b]);
  });

  it("reads chart data before any fallback draws, also where an anchor overlaps data, and draws charts it cannot plot as fallbacks only", async () => {
    const p = emptyPlan("dashboard", "Charts");
    p.blocks = [{ row: 0, col: 0, values: [["Pillar", "Index", "Target"], ["Risk", 55, 60], ["Partnership", true, 70], ["Performance", "n/a", Infinity]] }];
    p.charts = [
      { title: "=Overlapping <chart>", kind: "column", data: { row: 0, col: 0, rows: 4, cols: 3 }, anchor: { row: 2, col: 1, rows: 6, cols: 3 } },
      { title: "Line", kind: "line", data: { row: 0, col: 0, rows: 4, cols: 2 }, anchor: { row: 10, col: 0, rows: 3, cols: 1 }, yMin: 0, yMax: 100 },
      { title: "Too small", kind: "bar", data: { row: 0, col: 0, rows: 1, cols: 2 }, anchor: { row: 20, col: 0, rows: 4, cols: 3 } },
    ];
    p.conditionalFormats = [{ kind: "textEquals", range: { row: 1, col: 0, rows: 3, cols: 1 }, text: " Risk \"x\" ", style: { bold: true } }];
    await expectSame([p]);
  });

  it("writes random plans (every feature, overlapping on purpose) as the ExcelJS path does (fixed seed)", async () => {
    await fc.assert(
      fc.asyncProperty(planArb("Random A"), planArb("Random B"), async (a, b) => {
        await expectSame([a, b], ["imm_u"]);
      }),
      { numRuns: 60, seed: 4242 },
    );
  }, 120_000);

  it("keeps text the ExcelJS path loses: control characters, carriage returns and literal _xHHHH_ sequences", async () => {
    const texts = ["a\u0001b\u001Fc", "cr\r\nlf", "_x000D_ literal", "_x0041_x_X005F_", "lone \uD800 surrogate", "emoji 😀"];
    const p = emptyPlan("risk", "Text");
    p.blocks = [{ row: 0, col: 0, values: texts.map((t) => [t]) }];
    const zip = await JSZip.loadAsync((renderPlans([{ plan: p, name: "Text" }], new Set())).bytes);
    const sheet = await (zip.file("xl/worksheets/sheet1.xml") as JSZip.JSZipObject).async("string");
    // As Excel reads an ST_Xstring: XML entities, then _xHHHH_ escapes.
    const read = [...sheet.matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g)].map((m) => xmlUnescape(m[1]).replace(/_x([0-9A-Fa-f]{4})_/g, (_m: string, h: string) => String.fromCharCode(parseInt(h, 16))));
    expect(read).toEqual(texts);
  });

  it("writes print names absolute, with apostrophes in the sheet name doubled, also for a one-cell print area", async () => {
    const p = emptyPlan("risk", "O'Brien");
    p.page = { paperSize: "A4", orientation: "portrait", fitToHeight: 0, titleRows: { first: 0, last: 1 }, printArea: { row: 2, col: 1, rows: 1, cols: 1 }, header: {}, footer: {} };
    const zip = await JSZip.loadAsync(renderPlans([{ plan: p, name: p.name }], new Set()).bytes);
    const wb = await (zip.file("xl/workbook.xml") as JSZip.JSZipObject).async("string");
    expect(wb).toContain('<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;O&apos;&apos;Brien&apos;!$B$3:$B$3</definedName>');
    expect(wb).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;O&apos;&apos;Brien&apos;!$1:$2</definedName>');
  });

  it("escapes only what cell text needs", () => {
    expect(escapeCellText("plain text")).toBe("plain text");
    expect(escapeCellText("<a & 'b'>")).toBe("&lt;a &amp; &apos;b&apos;&gt;");
    expect(escapeCellText("_x000D_ and _xZZZZ_")).toBe("_x005F_x000D_ and _xZZZZ_");
    expect(escapeCellText("\u0000\r\t\n")).toBe("_x0000__x000D_\t\n");
  });

  it("writes inline strings and no shared-strings part, so no string can turn into a formula", async () => {
    const p = emptyPlan("risk", "S");
    p.blocks = [{ row: 0, col: 0, values: [["=SUM(1,2)", ""]] }];
    const zip = await JSZip.loadAsync((renderPlans([{ plan: p, name: "S" }], new Set())).bytes);
    const sheet = await (zip.file("xl/worksheets/sheet1.xml") as JSZip.JSZipObject).async("string");
    expect(sheet).toContain('t="inlineStr"><is><t>=SUM(1,2)</t></is>');
    expect(sheet).not.toContain("<f>");
    expect(sheet).toContain('<c r="B1" t="inlineStr"><is><t></t></is></c>');
    expect(zip.file("xl/sharedStrings.xml")).toBeNull();
  });
});
