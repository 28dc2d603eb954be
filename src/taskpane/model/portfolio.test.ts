import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { XlsxHost } from "../../hosts/xlsx";
import { runPortfolio, type PortfolioFile } from "./portfolio";

const SAMPLES = join(__dirname, "../../../assets/samples/portfolio");
const file = (name: string, bytes: Uint8Array): PortfolioFile => ({ name, bytes: async () => bytes });

describe("Portfolio flow pipeline (browser)", () => {
  it("assesses the chosen files, lists a bad one with its reason, and writes the portfolio sheets into the current workbook with progress", async () => {
    const files = readdirSync(SAMPLES).filter((f) => f.endsWith(".xlsx")).sort()
      .map((f) => file(f, new Uint8Array(readFileSync(join(SAMPLES, f)))));
    files.push(file("notes.xlsx", new TextEncoder().encode("not a workbook")));
    const host = XlsxHost.blank("current.xlsx");
    host.workbook.addWorksheet("My sheet").getCell("A1").value = "mine";
    const steps: string[] = [];
    const { portfolio, result } = await runPortfolio(files, host, (s) => steps.push(`${s.phase} ${s.done}/${s.total}`));
    expect(portfolio.contracts).toHaveLength(5);
    expect(portfolio.contracts[0].contract).toBe("Eastfield General Hospital PFI");
    expect(portfolio.failures).toEqual([{ file: "notes.xlsx", reason: "notes.xlsx: not an .xlsx workbook (the file is not a zip package)" }]);
    expect(result.sheets).toEqual(["IMM Portfolio", "IMM Portfolio Dashboard"]);
    expect(host.workbook.worksheets.map((w) => w.name)).toEqual(["My sheet", "IMM Portfolio", "IMM Portfolio Dashboard"]);
    expect(host.workbook.getWorksheet("My sheet")?.getCell("A1").value).toBe("mine");
    expect(steps.slice(0, 6)).toEqual(["assess 0/6", "assess 1/6", "assess 2/6", "assess 3/6", "assess 4/6", "assess 5/6"]);
    expect(steps.slice(6)).toEqual(["write 0/2", "write 1/2", "write 2/2"]);
  }, 60_000);
});
