/**
 * The workbook-level part of the package read: sheets in order with state and kind, defined names, all table
 * names, generated sheets skipped as XlsxHost.readSnapshot skips them, tables' header and totals rows, and the
 * payment cell's number format — equal to the ExcelJS snapshot where it has one.
 */
import { readPackage } from "./read-package";
import { skipOwned } from "./skip-owned";
import { bothReads, differences } from "./testing/compare";
import { handPackage, row, type HandBook } from "./testing/package";

const data = (...rows: string[]) => `<sheetData>${rows.join("")}</sheetData>`;
const s = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const n = (ref: string, v: number, style = 0) => `<c r="${ref}"${style ? ` s="${style}"` : ""}><v>${v}</v></c>`;

const REGISTER = data(
  row(1, s("A1", "ID"), s("B1", "Risk"), s("C1", "Type"), s("D1", "Likelihood"), s("E1", "Consequence")),
  row(2, s("A2", "R-1"), s("B2", "Boiler"), s("C2", "Threat"), n("D2", 3), n("E2", 4)),
);

describe("readPackage: the workbook", () => {
  it("lists sheets in order with state and kind, defined names, and every table name", async () => {
    const read = await readPackage(await handPackage({
      sheets: [
        { name: "Risks", body: REGISTER, tables: [{ name: "IMM_Risks", ref: "A1:E2", columns: ["ID", "Risk", "Type", "Likelihood", "Consequence"] }] },
        { name: "Chart", body: "", chartsheet: true },
        { name: "Old", body: data(row(1, s("A1", "x"))), state: "hidden" },
        { name: "Secret", body: data(), state: "veryHidden" },
      ],
      definedNames: `<definedName name="IMM_Owned_risk">'IMM Risk Review'!$A$1</definedName><definedName name="Rate" localSheetId="2" comment="a &amp; b">Old!$A$1</definedName>`,
    }));
    expect(read.sheets).toEqual([
      { name: "Risks", state: "visible", kind: "worksheet" },
      { name: "Chart", state: "visible", kind: "chartsheet" },
      { name: "Old", state: "hidden", kind: "worksheet" },
      { name: "Secret", state: "veryHidden", kind: "worksheet" },
    ]);
    expect(read.definedNames).toEqual([
      { name: "IMM_Owned_risk", value: "'IMM Risk Review'!$A$1" },
      { name: "Rate", localSheetId: 2, value: "Old!$A$1", comment: "a & b" },
    ]);
    expect(read.tableNames).toEqual(["IMM_Risks"]);
    expect(read.snapshot.sheets.map((x) => x.name)).toEqual(["Risks", "Old", "Secret"]);
  });

  it("skips the generated sheets exactly as XlsxHost.readSnapshot does (IMM History is read back)", async () => {
    const book: HandBook = {
      sheets: [
        { name: "Risks", body: REGISTER },
        { name: "IMM Risk Review", body: REGISTER, tables: [{ name: "IMM_RiskResults", ref: "A1:E2", columns: ["ID", "Risk", "Type", "Likelihood", "Consequence"] }] },
        { name: "IMM History", body: data(row(1, s("A1", "Review"))) },
      ],
      definedNames: `<definedName name="IMM_Owned_risk">'IMM Risk Review'!$A$1</definedName><definedName name="IMM_Owned_history">'IMM History'!$A$1</definedName>`,
    };
    const { expected, read } = await bothReads(await handPackage(book));
    expect(differences(expected, read)).toEqual([]);
    expect(read.snapshot.sheets.map((x) => x.name)).toEqual(["Risks", "IMM History"]);
    expect(read.tableNames).toEqual(["IMM_RiskResults"]);
    const all = await readPackage(await handPackage(book));
    expect(all.snapshot.sheets.map((x) => x.name)).toEqual(["Risks", "IMM Risk Review", "IMM History"]);
    expect(skipOwned()({ sheets: read.sheets, definedNames: read.definedNames })).toEqual(["IMM Risk Review"]);
  });

  it("reads tables' header rows (repairing a missing headerRowCount as the host does) and totals rows", async () => {
    const cols = ["ID", "Risk", "Type", "Likelihood", "Consequence"];
    const withTotals = data(
      row(1, s("A1", "ID"), s("B1", "Risk"), s("C1", "Type"), s("D1", "Likelihood"), s("E1", "Consequence")),
      row(2, s("A2", "R-1"), s("B2", "Boiler"), s("C2", "Threat"), n("D2", 3), n("E2", 4)),
      row(3, s("A3", "Total"), n("D3", 3)),
    );
    const book: HandBook = {
      sheets: [
        { name: "Risks", body: withTotals, tables: [{ name: "IMM_Risks", ref: "A1:E3", columns: cols, attrs: 'totalsRowCount="1"' }] },
        { name: "Headless", body: data(row(1, s("A1", "a"), n("B1", 1))), tables: [{ name: "Loose", ref: "A1:B1", columns: ["Key", "Value"], attrs: 'headerRowCount="0"' }] },
      ],
    };
    const { expected, read } = await bothReads(await handPackage(book));
    expect(differences(expected, read)).toEqual([]);
    const risks = read.snapshot.tables.find((t) => t.name === "IMM_Risks");
    expect(risks?.headers).toEqual(cols);
    expect(risks?.rows).toEqual([["R-1", "Boiler", "Threat", 3, 4]]);
    expect(read.snapshot.tables.find((t) => t.name === "Loose")).toMatchObject({ headers: ["Key", "Value"], rows: [["a", 1]] });
  });

  it.each([
    ["a built-in format", "", '<xf numFmtId="3" applyNumberFormat="1"/>', "#,##0"],
    ["a custom currency format", '<numFmt numFmtId="170" formatCode="&quot;$&quot;#,##0\\ ;(&quot;$&quot;#,##0)"/>', '<xf numFmtId="170" applyNumberFormat="1"/>', '"$"#,##0 ;("$"#,##0)'],
    ["General", "", '<xf numFmtId="0"/>', undefined],
  ])("gives the payment cell's number format: %s", async (_what, numFmts, xf, want) => {
    const book: HandBook = {
      numFmts: numFmts || undefined,
      cellXfs: `<xf numFmtId="0"/>${xf}`,
      sheets: [{ name: "Contract", body: data(row(1, s("A1", "Item"), s("B1", "Value")), row(2, s("A2", "Annual service payment"), n("B2", 12_000_000, 1))) }],
    };
    const { expected, read } = await bothReads(await handPackage(book));
    expect(differences(expected, read)).toEqual([]);
    expect(read.snapshot.paymentFormat).toBe(want);
  });
});
