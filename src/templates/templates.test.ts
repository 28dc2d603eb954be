import { DEFAULT_SETTINGS, SETTINGS_KEYS } from "../imm/defaults";
import { readModel } from "../tables";
import type { TableSnapshot, WorkbookSnapshot } from "../tables/types";
import { ACTION_COLUMNS, KPI_COLUMNS, PARTNERSHIP_COLUMNS, RISK_COLUMNS } from "../tables/synonyms";
import { ALL_TEMPLATES, buildTemplatePlans, DEFAULT_FACTORS } from "./templates";
import type { PlanValue, SheetPlan } from "../review/kit/plan";
import { cellMap, planProblems } from "../review/testing/invariants";

/** The table of a template plan as a TableSnapshot (what a host would read back). */
function snapshotOf(p: SheetPlan): TableSnapshot {
  const t = p.tables[0];
  const cells = cellMap(p);
  const row = (r: number): PlanValue[] => Array.from({ length: t.range.cols }, (_, j) => cells.get(`${r},${t.range.col + j}`) ?? null);
  return {
    name: t.name, sheet: p.name, row: t.range.row, col: t.range.col, headers: row(t.range.row).map(String),
    rows: Array.from({ length: t.range.rows - 1 }, (_, i) => row(t.range.row + 1 + i)),
  };
}

describe("buildTemplatePlans", () => {
  const plans = buildTemplatePlans(ALL_TEMPLATES, true);

  it("one sheet per table, table named exactly after it", () => {
    expect(plans.map((p) => [p.name, p.tables.map((t) => t.name)])).toEqual([
      ["IMM Risks", ["IMM_Risks"]], ["IMM Partnership", ["IMM_Partnership"]], ["IMM KPIs", ["IMM_KPIs"]],
      ["IMM Contract", ["IMM_Contract"]], ["IMM Actions", ["IMM_Actions"]], ["IMM Settings", ["IMM_Settings"]],
    ]);
    for (const p of plans) expect(planProblems(p)).toEqual([]);
  });

  it("has every required and optional column", () => {
    const headers = (i: number) => snapshotOf(plans[i]).headers;
    expect(headers(0)).toEqual(RISK_COLUMNS.map((c) => c.label));
    expect(headers(1)).toEqual(PARTNERSHIP_COLUMNS.map((c) => c.label));
    expect(headers(2)).toEqual(KPI_COLUMNS.map((c) => c.label));
    expect(headers(4)).toEqual(ACTION_COLUMNS.map((c) => c.label));
  });

  it("validation lists for type, allocation, discipline, direction, waived, status and ratings", () => {
    const lists = plans.flatMap((p) => p.validations.map((v) => (v.rule.kind === "list" ? v.rule.values.join("|") : v.rule.kind)));
    expect(lists).toEqual(expect.arrayContaining(["Threat|Opportunity", "Public|Private|Shared", "Partnership|Risk|Performance",
      "Higher|Lower", "Y|N", "Open|Closed|Realised", "1|2|3|4|5|Rare|Unlikely|Possible|Likely|Almost certain"]));
    const pub = plans[1].validations.find((v) => v.range.col === 1)!;
    expect(pub.rule).toEqual({ kind: "whole", min: 1, max: 5 });
  });

  it("examples: the six default factors and ten risk categories", () => {
    expect(snapshotOf(plans[1]).rows.map((r) => r[0])).toEqual(DEFAULT_FACTORS);
    expect(snapshotOf(plans[0]).rows).toHaveLength(10);
  });

  it("settings table holds every §5 key with its default", () => {
    const rows = snapshotOf(plans[5]).rows;
    expect(rows.map((r) => r[0])).toEqual(Object.values(SETTINGS_KEYS));
    expect(rows.find((r) => r[0] === "Rating bands")![1]).toBe("4,9,16");
  });

  it("blank templates have one empty data row and no example data", () => {
    const blank = buildTemplatePlans(["IMM_Risks", "IMM_Contract"], false);
    expect(snapshotOf(blank[0]).rows).toEqual([new Array(RISK_COLUMNS.length).fill(null)]);
    expect(snapshotOf(blank[1]).rows.every((r) => r[1] === null)).toBe(true);
  });

  it("example templates read back cleanly through the table reader", () => {
    const snapshot: WorkbookSnapshot = { tables: plans.map(snapshotOf), sheets: [], source: "template.xlsx" };
    const model = readModel(snapshot);
    expect(model.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(model.risks).toHaveLength(10);
    expect(model.partnership).toHaveLength(6);
    expect(model.kpis).toHaveLength(3);
    expect(model.contract?.annualServicePayment).toBe(12_000_000);
    expect(model.settings).toEqual(DEFAULT_SETTINGS);
  });
});
