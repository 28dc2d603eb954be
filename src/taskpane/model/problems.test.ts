import { countBySeverity, groupProblems, messageBody } from "./problems";
import type { Problem } from "../../tables/types";

const p = (severity: Problem["severity"], table: string, address: string, message: string): Problem =>
  ({ severity, table, sheet: address ? "Risks" : "", address, message });

describe("groupProblems", () => {
  it("groups by table in first-seen order, errors first, with counts", () => {
    const list = [
      p("warning", "IMM_Risks", "B4", "Risks!B4: duplicate id"),
      p("error", "IMM_KPIs", "", "IMM_KPIs: table not found"),
      p("error", "IMM_Risks", "E7", 'Risks!E7: likelihood "abc" is not 1–5'),
    ];
    const groups = groupProblems(list);
    expect(groups.map((g) => g.table)).toEqual(["IMM_Risks", "IMM_KPIs"]);
    expect(groups[0].problems.map((x) => x.address)).toEqual(["E7", "B4"]);
    expect(groups[0].counts).toEqual({ error: 1, warning: 1, info: 0 });
    expect(countBySeverity(list)).toEqual({ error: 2, warning: 1, info: 0 });
  });
  it("strips the location prefix only when it names the cell", () => {
    expect(messageBody(p("error", "IMM_Risks", "E7", 'Risks!E7: likelihood "abc"'))).toBe('likelihood "abc"');
    expect(messageBody(p("error", "IMM_KPIs", "", "IMM_KPIs: table not found"))).toBe("IMM_KPIs: table not found");
  });
});
