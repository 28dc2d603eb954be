import { commonThemes } from "./themes";
import { sampleSummaries, summary } from "./testing/fixture";

describe("common themes", () => {
  it("lists risk categories rated High/Extreme in two or more contracts (case and spaces ignored), not in one", () => {
    const themes = commonThemes([
      summary({ contract: "A", highCategories: ["Asset condition", "Financial"] }),
      summary({ contract: "B", highCategories: ["asset  condition "] }),
      summary({ contract: "C", highCategories: ["Skills transfer"] }),
    ]);
    expect(themes).toEqual([{ kind: "risk category", item: "Asset condition", sector: null, contracts: ["A", "B"] }]);
  });

  it("lists partnership factors rated weak in two or more contracts, most contracts first", () => {
    const themes = commonThemes([
      summary({ contract: "A", weakFactors: ["Trust", "Communication"] }),
      summary({ contract: "B", weakFactors: ["Communication", "Trust"] }),
      summary({ contract: "C", weakFactors: ["Communication"] }),
    ]);
    expect(themes.map((t) => [t.item, t.contracts.length])).toEqual([["Communication", 3], ["Trust", 2]]);
  });

  it("lists KPIs failing in two or more contracts of one sector only", () => {
    const themes = commonThemes([
      summary({ contract: "H1", sector: "Health", failingKpis: ["Cleaning"] }),
      summary({ contract: "H2", sector: "health", failingKpis: ["Cleaning"] }),
      summary({ contract: "R1", sector: "Roads", failingKpis: ["Cleaning", "Lane availability"] }),
      summary({ contract: "X", failingKpis: ["Lane availability"] }),
    ]);
    expect(themes).toEqual([{ kind: "KPI", item: "Cleaning", sector: "Health", contracts: ["H1", "H2"] }]);
  });

  it("finds the sample portfolio's themes, the two hospitals' failing car-park KPI among them", () => {
    const themes = commonThemes(sampleSummaries());
    expect(themes.filter((t) => t.kind === "KPI")).toEqual([{
      kind: "KPI", item: "Car park barrier and pay station availability", sector: "Health",
      contracts: ["Northgate Community Hospital PPP", "Eastfield General Hospital PFI"],
    }]);
    expect(themes.some((t) => t.kind === "risk category" && t.item === "Asset condition")).toBe(true);
    expect(themes.some((t) => t.kind === "partnership factor" && t.item === "Clear and open communication")).toBe(true);
  });
});
