/**
 * The Portfolio flow run twice on the same workbook replaces its own sheets in place (they are owned, declared in the
 * sheet registry), in both hosts; a user's sheet of the same name is never touched.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { excelRunner, FakeExcel } from "../../../test/fakes/office";
import { OfficeHost } from "../../hosts/office/office-host";
import type { WorkbookHost } from "../../hosts/port";
import { XlsxHost } from "../../hosts/xlsx";
import { runPortfolio, type PortfolioFile } from "./portfolio";

const SAMPLES = join(__dirname, "../../../assets/samples/portfolio");
const files = (): PortfolioFile[] => ["a14-road.xlsx", "riverside-schools.xlsx"]
  .map((name) => ({ name, bytes: async () => new Uint8Array(readFileSync(join(SAMPLES, name))) }));
const officeHost = (x: FakeExcel): OfficeHost => new OfficeHost(excelRunner(x), { isSetSupported: (n, v) => x.isSetSupported(n, v) });

async function twice(host: WorkbookHost): Promise<string[][]> {
  const first = await runPortfolio(files(), host);
  const second = await runPortfolio(files(), host);
  return [first.result.sheets, second.result.sheets];
}

describe("Portfolio flow rerun", () => {
  it("xlsx host: a second run replaces the portfolio sheets in place (same names, no \"(2)\"), also after save and reopen", async () => {
    const host = XlsxHost.blank("current.xlsx");
    host.workbook.addWorksheet("My sheet").getCell("A1").value = "mine";
    expect(await twice(host)).toEqual([["IMM Portfolio", "IMM Portfolio Dashboard"], ["IMM Portfolio", "IMM Portfolio Dashboard"]]);
    expect(host.workbook.worksheets.map((w) => w.name)).toEqual(["My sheet", "IMM Portfolio", "IMM Portfolio Dashboard"]);
    expect((await host.listOwnedSheets()).map((o) => o.key)).toEqual(["portfolio", "portfolioDashboard"]);
    const reopened = await XlsxHost.fromBuffer(await host.toBuffer(), "current.xlsx");
    await runPortfolio(files(), reopened);
    expect(reopened.workbook.worksheets.map((w) => w.name)).toEqual(["My sheet", "IMM Portfolio", "IMM Portfolio Dashboard"]);
    // Owned portfolio sheets are generated output: never read as input by a review of this workbook.
    expect((await reopened.readSnapshot()).sheets.map((s) => s.name)).toEqual(["My sheet"]);
  }, 60_000);

  it("xlsx host: a user's sheet named \"IMM Portfolio\" is never overwritten, on the first run or the next", async () => {
    const host = XlsxHost.blank("current.xlsx");
    host.workbook.addWorksheet("IMM Portfolio").getCell("A1").value = "my own portfolio notes";
    const [first, second] = await twice(host);
    expect(first).toEqual(["IMM Portfolio (2)", "IMM Portfolio Dashboard"]);
    expect(second).toEqual(first);
    expect(host.workbook.getWorksheet("IMM Portfolio")?.getCell("A1").value).toBe("my own portfolio notes");
    expect(host.workbook.worksheets.map((w) => w.name)).toEqual(["IMM Portfolio", "IMM Portfolio (2)", "IMM Portfolio Dashboard"]);
  }, 60_000);

  it("Office host (strict fake): a second run replaces the portfolio sheets in place; a user's \"IMM Portfolio\" stays", async () => {
    const x = new FakeExcel();
    x.addSheet("Contracts", [["mine"]]);
    expect(await twice(officeHost(x))).toEqual([["IMM Portfolio", "IMM Portfolio Dashboard"], ["IMM Portfolio", "IMM Portfolio Dashboard"]]);
    expect(x.sheetNames()).toEqual(["Contracts", "IMM Portfolio", "IMM Portfolio Dashboard"]);
    expect(x.model.names.map((n) => [n.name, n.sheet?.name])).toEqual([
      ["IMM_Owned_portfolio", "IMM Portfolio"], ["IMM_Owned_portfolioDashboard", "IMM Portfolio Dashboard"],
    ]);

    // Each contract row's File cell is a hyperlink (range.hyperlink, no formula) to the file beside the workbook.
    const links = [...x.sheet("IMM Portfolio").hyperlinks.values()];
    expect(links.map((l) => l.address).sort()).toEqual(["a14-road.xlsx", "riverside-schools.xlsx"]);
    expect(links.map((l) => l.textToDisplay).sort()).toEqual(["a14-road.xlsx", "riverside-schools.xlsx"]);
    // A rerun with one contract leaves no stale link behind.
    await runPortfolio(files().slice(0, 1), officeHost(x));
    expect([...x.sheet("IMM Portfolio").hyperlinks.values()].map((l) => l.address)).toEqual(["a14-road.xlsx"]);

    const y = new FakeExcel();
    y.addSheet("IMM Portfolio", [["my own portfolio notes"]]);
    const [first, second] = await twice(officeHost(y));
    expect(first).toEqual(["IMM Portfolio (2)", "IMM Portfolio Dashboard"]);
    expect(second).toEqual(first);
    expect(y.sheet("IMM Portfolio").grid.values({ row: 0, col: 0, rows: 1, cols: 1 })).toEqual([["my own portfolio notes"]]);
    expect(y.sheetNames()).toEqual(["IMM Portfolio", "IMM Portfolio (2)", "IMM Portfolio Dashboard"]);
  }, 60_000);
});
