import { assess } from "./assess/assess";
import { orderPeriods, periodKey } from "./assess/periods";
import { fixtureModel } from "./testing/fixture";

describe("period order", () => {
  it("parses ISO dates, quarters, halves, months, financial years and years", () => {
    const asc = (labels: string[]) => expect(orderPeriods([...labels].reverse())).toEqual(labels);
    asc(["2024-12-31", "2025-03-31", "2025-06-30"]);
    asc(["2024-Q4", "2025-Q1", "2025 Q2", "2025Q3"]);
    asc(["Q4 2024", "Q1 2025", "Q2-2025", "q3 25"]);
    asc(["H2 2024", "2025-H1", "H2 2025"]);
    asc(["Dec 2024", "January 2025", "Feb-2025", "2025 Mar", "Sept 2025"]);
    asc(["FY2023", "FY 2023/24", "FY25", "FY2025/26"]);
    asc(["2023", "2024", "2025"]);
    asc(["2025-01", "2025-02", "2025-11"]);
    for (const bad of ["Current", "Year 1", "Q1", "2025-13", "Smarch 2025", "FYI"]) expect([bad, periodKey(bad)]).toEqual([bad, null]);
  });

  it("sorts numerically, not as text (Q10-style pitfalls: 2025-2 before 2025-10)", () => {
    expect(orderPeriods(["2025-10", "2025-2", "2024-12"])).toEqual(["2024-12", "2025-2", "2025-10"]);
  });

  it("keeps first-appearance order when any label cannot be parsed", () => {
    expect(orderPeriods(["2025-Q2", "Current", "2025-Q1"])).toEqual(["2025-Q2", "Current", "2025-Q1"]);
    expect(orderPeriods(["Year 2", "Year 1"])).toEqual(["Year 2", "Year 1"]);
  });

  it("ties keep their first-appearance order and the input is not changed", () => {
    const input = ["Q1 2025", "2025-Q1", "2024"];
    expect(orderPeriods(input)).toEqual(["2024", "Q1 2025", "2025-Q1"]);
    expect(input).toEqual(["Q1 2025", "2025-Q1", "2024"]);
  });
});

describe("latest period is the newest, whatever the row order", () => {
  /** The fixture with dated period labels, rows optionally newest first. */
  function model(reversed: boolean) {
    const m = fixtureModel();
    const label = (p: string | undefined) => (p === "Q1" ? "2026-Q1" : "2026-Q2");
    m.partnership = m.partnership!.map((r) => ({ ...r, period: label(r.period) }));
    m.kpis = m.kpis!.map((r) => ({ ...r, period: label(r.period) }));
    if (reversed) {
      m.partnership.reverse();
      m.kpis.reverse();
    }
    return m;
  }
  const fwd = assess(model(false));
  const rev = assess(model(true));

  it("partnership: same periods, latest and previous index, change", () => {
    expect(rev.partnership!.periods).toEqual(["2026-Q1", "2026-Q2"]);
    expect(rev.partnership!.index).toBeCloseTo(62.5, 10);
    expect(rev.partnership!.previousIndex).toBeCloseTo(56.25, 10);
    expect(rev.partnership!.change).toBeCloseTo(6.25, 10);
    expect(rev.partnership!.factors.find((f) => f.factor === "Culture")!.change).toBeCloseTo(0.5, 10);
    expect(rev.partnership!.index).toBe(fwd.partnership!.index);
  });

  it("performance: same latest period, index and trends", () => {
    const k = rev.performance!;
    expect(k.periods).toEqual(["2026-Q1", "2026-Q2"]);
    expect(k.latest!.period).toBe("2026-Q2");
    expect(k.index).toBeCloseTo((0 + 100 * 0.97 / 0.98) / 2, 8);
    expect([k.indexTrend, k.failureRateTrend]).toEqual(["Declining", "Declining"]);
    expect(k.failing.map((x) => x.row.kpi).sort()).toEqual(["Cleaning audits", "Helpdesk calls answered"]);
    expect(k.index).toBe(fwd.performance!.index);
  });

  it("the action plan and dashboard trend follow the newest period", () => {
    expect(rev.integrated.actions.map((x) => [x.linkedItem, Math.round(x.priorityScore)]))
      .toEqual(fwd.integrated.actions.map((x) => [x.linkedItem, Math.round(x.priorityScore)]));
  });
});
