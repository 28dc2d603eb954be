/**
 * Bounded reading (tables/read-bounds.ts): a large unrelated sheet costs only its first rows, a plain register is
 * read to its end wherever its header lies in the window, and a range further down than the window below other
 * content is not read — the same rule as the Office host.
 */
import { readModel } from "../../../tables/index";
import { readPackage } from "./read-package";
import { handPackage, numberRows, registerRows, row } from "./testing/package";

const data = (...rows: string[]) => `<sheetData>${rows.join("")}</sheetData>`;
const title = row(1, '<c r="A1" t="inlineStr"><is><t>Northside Hospital PPP</t></is></c>');

describe("readPackage reads bounded", () => {
  it("inflates only a small prefix of a 50 MB unrelated data sheet, and still reads the register on another sheet", async () => {
    const big = numberRows(1, 200_000, 10);
    expect(big.length).toBeGreaterThan(50 * 1024 * 1024);
    const bytes = await handPackage({ sheets: [{ name: "Risks", body: data(registerRows(1, 300)) }, { name: "Data", body: data(big) }] });
    const read = await readPackage(bytes);
    const stats = read.stats.find((s) => s.name === "Data");
    expect(stats?.size).toBeGreaterThan(50 * 1024 * 1024);
    expect(stats?.complete).toBe(false);
    expect(stats?.inflated).toBeLessThan(1024 * 1024);
    expect(stats?.rowsScanned).toBeLessThan(5_000);
    expect(read.snapshot.sheets.find((s) => s.name === "Data")?.values.length).toBe(100);
    expect(readModel(read.snapshot).risks).toHaveLength(300);
  });

  it("reads a plain register whose header is at row 30 of a big sheet to its end, and stops soon after it", async () => {
    const body = data(title, registerRows(30, 5_000), numberRows(5_040, 50_000, 8));
    const read = await readPackage(await handPackage({ sheets: [{ name: "Risks", body }] }));
    const model = readModel(read.snapshot);
    expect(model.risks).toHaveLength(5_000);
    expect(model.risks?.[4_999]?.id).toBe("R-5000");
    const stats = read.stats[0];
    expect(stats.complete).toBe(false);
    expect(stats.rowsScanned).toBeLessThan(20_000);
  });

  it("does not read a plain range whose header is more than 100 rows below other content (the Office host's rule)", async () => {
    const body = data(title, registerRows(201, 20));
    const read = await readPackage(await handPackage({ sheets: [{ name: "Risks", body }] }));
    expect(read.snapshot.sheets[0].values.length).toBeLessThanOrEqual(100);
    expect(readModel(read.snapshot).risks ?? null).toBeNull();
  });

  it("reads a range at row 201 when nothing is above it (the window starts at the sheet's first value)", async () => {
    const read = await readPackage(await handPackage({ sheets: [{ name: "Risks", body: data(registerRows(201, 20)) }] }));
    expect(readModel(read.snapshot).risks).toHaveLength(20);
  });

  it("reads an IMM table's body to its end, and a non-IMM table only within the window", async () => {
    const other = numberRows(2, 3_000, 3).replace(/<row r="2">/, '<row r="2">');
    const head = row(1, '<c r="A1" t="inlineStr"><is><t>A</t></is></c><c r="B1" t="inlineStr"><is><t>B</t></is></c><c r="C1" t="inlineStr"><is><t>C</t></is></c>');
    const bytes = await handPackage({
      sheets: [
        { name: "Risks", body: data(registerRows(1, 2_000)), tables: [{ name: "IMM_Risks", ref: "A1:E2001", columns: ["ID", "Risk", "Type", "Likelihood", "Consequence"] }] },
        { name: "Other", body: data(head, other), tables: [{ name: "Sales", ref: "A1:C3001", columns: ["A", "B", "C"] }] },
      ],
    });
    const read = await readPackage(bytes);
    expect(read.snapshot.tables.find((t) => t.name === "IMM_Risks")?.rows).toHaveLength(2_000);
    expect(read.snapshot.tables.find((t) => t.name === "Sales")?.rows).toHaveLength(99);
    expect(read.stats.find((s) => s.name === "Other")?.rowsScanned).toBeLessThan(1_500);
    expect(read.tableNames).toEqual(["IMM_Risks", "Sales"]);
  });
});
