import { trendWords } from "./trend";

describe("trendWords (issue 11 §6): latest change and long-run direction", () => {
  it("a last-period recovery under a falling trend says both: the sample's KPI index 2025-Q1…Q4", () => {
    // Slope of 97.2, 78.9, 71.4, 94.0 over x = 0..3 is −2.37 per period (beyond 1% of the mean 85.4): down.
    expect(trendWords([97.2, 78.9, 71.4, 94.0], ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"])).toBe("up 22.6 since 2025-Q3; down over four periods");
  });

  it("the change is between the values as shown (one decimal): 71.44 → 93.98 is up 22.6, not 22.5", () => {
    expect(trendWords([71.44, 93.98], ["Q3", "Q4"], "reviews")).toBe("up 22.6 since Q3; up over two reviews");
  });

  it("unchanged and flat; blanks skipped for the latest change; a count over ten in digits", () => {
    expect(trendWords([60, 60], ["A", "B"])).toBe("unchanged since A; flat over two periods");
    expect(trendWords([70, null, 64], ["A", "B", "C"])).toBe("down 6.0 since A; down over three periods");
    const twelve = Array.from({ length: 12 }, (_, i) => 50 + i);
    expect(trendWords(twelve, twelve.map((_, i) => `P${i + 1}`))).toBe("up 1.0 since P11; up over 12 periods");
  });

  it("needs two values", () => {
    expect(() => trendWords([5], ["A"])).toThrow(/at least 2 values/);
  });
});
