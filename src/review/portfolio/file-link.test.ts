import { buildPortfolio, buildPortfolioPlans } from "./plans";
import { linkTarget } from "./file-link";
import { summary } from "./testing/fixture";

describe("the portfolio's link to each contract file", () => {
  it("is the relative path, forward slashes, each segment percent-encoded; absolute paths become file: URLs", () => {
    expect(linkTarget("a14-road.xlsx")).toBe("a14-road.xlsx");
    expect(linkTarget("../contracts/A14 road #2.xlsx")).toBe("../contracts/A14%20road%20%232.xlsx");
    expect(linkTarget("..\\Contracts\\50% done?.xlsx")).toBe("../Contracts/50%25%20done%3F.xlsx");
    expect(linkTarget("D:\\PPP\\Straße.xlsx")).toBe("file:///D:/PPP/Stra%C3%9Fe.xlsx");
    expect(linkTarget("/srv/ppp/a b.xlsx")).toBe("file:///srv/ppp/a%20b.xlsx");
    expect(linkTarget("\\\\server\\share\\a.xlsx")).toBe("file://server/share/a.xlsx");
  });

  it("is a hyperlink cell on each contract row's File cell (the text the file as given), never a formula", () => {
    const p = buildPortfolio([summary({ contract: "A", file: "/data/ppp/=a.xlsx" }), summary({ contract: "B", file: "/data/ppp/b c.xlsx" })]);
    const [sheet] = buildPortfolioPlans(p, { linkPath: (f) => f.replace("/data/ppp/", "") });
    const table = sheet.tables.find((t) => t.name === "IMM_Portfolio")!;
    const fileCol = table.range.col + table.range.cols - 1;
    expect(sheet.links).toEqual([
      { row: table.range.row + 1, col: fileCol, text: "/data/ppp/=a.xlsx", target: "%3Da.xlsx", tooltip: "Open A" },
      { row: table.range.row + 2, col: fileCol, text: "/data/ppp/b c.xlsx", target: "b%20c.xlsx", tooltip: "Open B" },
    ]);
    const cell = (r: number, c: number) => sheet.blocks.flatMap((b) => (r >= b.row && r < b.row + b.values.length ? [b.values[r - b.row][c - b.col]] : [])).find((v) => v !== undefined);
    expect(sheet.links!.map((l) => cell(l.row, l.col))).toEqual(["/data/ppp/=a.xlsx", "/data/ppp/b c.xlsx"]);
    expect(buildPortfolioPlans(buildPortfolio([]))[0].links).toEqual([]);
  });
});
