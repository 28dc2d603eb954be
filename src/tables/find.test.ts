import { findTables, tableForName } from "./find";
import { readModel } from "./index";
import { paint, table } from "./testing/messy-workbook";
import type { RawCell, SheetSnapshot, WorkbookSnapshot } from "./types";

const sheet = (name: string, values: RawCell[][] = []): SheetSnapshot => ({ name, values });

describe("finding tables", () => {
  it.each([
    ["IMM_Risks", "IMM_Risks"], ["IMM Risks", "IMM_Risks"], ["Risks", "IMM_Risks"], ["imm_kpis", "IMM_KPIs"],
    ["KPI", "IMM_KPIs"], ["IMM_Settings", "IMM_Settings"], ["IMM Actions", "IMM_Actions"], ["Table1", undefined],
    ["IMM_RiskRegister", undefined], ["IMM_KpiResults", undefined], ["IMM_ActionPlan", undefined],
  ])("table name %p stands for %p", (name, id) => {
    expect(tableForName(name)).toBe(id);
  });

  it("finds a table of 200,000 rows (more than a function call takes arguments)", () => {
    const rows: RawCell[][] = Array.from({ length: 200_000 }, (_, i) => [`R${i}`, "a", "Threat", 1, 1]);
    const t = { name: "IMM_Risks", sheet: "Register", row: 0, col: 0, headers: ["ID", "Risk", "Type", "L", "C"], rows };
    const found = findTables({ tables: [t], sheets: [] });
    expect(found.IMM_Risks?.range).toBe("A1:E200001");
  });

  it("prefers an IMM_ name over a bare alias", () => {
    const s = sheet("Register");
    const bare = table(s, "Risks", 0, 0, ["ID", "Risk", "Type", "L", "C"], [["A", "a", "Threat", 1, 1]]);
    const imm = table(s, "IMM_Risks", 0, 7, ["ID", "Risk", "Type", "L", "C"], [["B", "b", "Threat", 2, 2]]);
    const found = findTables({ tables: [bare, imm], sheets: [s] });
    expect(found.IMM_Risks?.name).toBe("IMM_Risks");
    expect(found.IMM_Risks?.range).toBe("H1:L2");
  });

  it("takes an Excel table with another name when its headers fit", () => {
    const s = sheet("Q1 results");
    const t = table(s, "Table3", 4, 1, ["Measure", "Standard", "Measured"], [["Uptime", 0.99, 0.995]]);
    const model = readModel({ tables: [t], sheets: [s] });
    expect(model.sources).toEqual([{ table: "IMM_KPIs", sheet: "Q1 results", name: "Table3", range: "B5:D6" }]);
    expect(model.kpis?.[0]).toMatchObject({ kpi: "Uptime", target: 0.99, actual: 0.995 });
    expect(model.kpis?.[0].source.cells).toEqual({ kpi: "B6", target: "C6", actual: "D6" });
  });

  it("finds key/value blocks by their headers, telling Settings from Contract", () => {
    const setup = sheet("Setup");
    paint(setup.values, 1, 1, [["Setting", "Value"], ["Gap alert", 1.5], ["Simulation seed", 42]]);
    const deal = sheet("Deal");
    paint(deal.values, 0, 0, [["Item", "Value"], ["Project", "Eastlink Road"], ["ASP", 12_500_000]]);
    const model = readModel({ tables: [], sheets: [setup, deal] });
    expect(model.settings.gapAlert).toBe(1.5);
    expect(model.settings.simulationSeed).toBe(42);
    expect(model.contract).toMatchObject({ project: "Eastlink Road", annualServicePayment: 12_500_000 });
    expect(model.sources).toEqual([
      { table: "IMM_Settings", sheet: "Setup", name: null, range: "B2:C4" },
      { table: "IMM_Contract", sheet: "Deal", name: null, range: "A1:B3" },
    ]);
    expect(model.problems).toEqual([]);
  });

  it("does not find a table inside another table's cells", () => {
    const s = sheet("Data");
    // A KPI table whose first data row happens to read like risk headers.
    const t = table(s, "IMM_KPIs", 0, 0, ["KPI", "Target", "Actual", "x", "y"], [
      ["ID", "Risk", "Type", "Likelihood", "Consequence"],
    ]);
    const found = findTables({ tables: [t], sheets: [s] });
    expect(found.IMM_Risks).toBeUndefined();
  });

  it("reports a named table's missing required column with the table range, and leaves it null", () => {
    const s = sheet("Risks", [["Register"], []]);
    const headers = ["ID", "Risk", "Type", "Likelihood", ...Array.from({ length: 12 }, (_, i) => `Note ${i + 1}`)];
    const rows = Array.from({ length: 40 }, (_, i) => [`R${i}`, "r", "Threat", 3, ...Array(12).fill(null)]);
    const model = readModel({ tables: [table(s, "IMM_Risks", 2, 0, headers, rows)], sheets: [s] });
    expect(model.risks).toBeNull();
    expect(model.sources).toEqual([]);
    expect(model.problems).toEqual([{
      severity: "error", table: "IMM_Risks", sheet: "Risks", address: "A3",
      message: 'IMM_Risks (Risks!A3:P43): required column "Consequence" not found',
    }]);
  });

  it("reports missing columns of a near-miss header row on a sheet named like the table", () => {
    const s = sheet("IMM KPIs", [["Indicator", "Goal", "Actul"], ["Uptime", 0.99, 0.98]]);
    const model = readModel({ tables: [], sheets: [s] });
    expect(model.kpis).toBeNull();
    expect(model.problems.map((p) => p.message)).toEqual([
      `IMM_KPIs ('IMM KPIs'!A1:C2): required column "Actual" not found`,
    ]);
  });

  it("finds nothing (and says nothing) in a workbook without IMM tables", () => {
    const wb: WorkbookSnapshot = { tables: [], sheets: [sheet("Sheet1", [["Budget"], [1, 2, 3]])] };
    const model = readModel(wb);
    expect([model.risks, model.partnership, model.kpis, model.contract, model.actions]).toEqual([null, null, null, null, null]);
    expect(model.problems).toEqual([]);
    expect(model.workbook).toBe("Excel workbook");
  });
});

describe("generated sheets", () => {
  it("never reads review output tables, even on a copied sheet the add-in does not own", () => {
    const review = sheet("IMM Performance Review (2)");
    const results = table(review, "IMM_KpiResults2", 3, 0, ["Period", "KPI", "Target", "Actual"], [["Q1", "Uptime", 1, 1]]);
    const user = sheet("My KPIs");
    paint(user.values, 0, 0, [["KPI", "Target", "Actual"], ["Uptime", 0.99, 0.98]]);
    const found = findTables({ tables: [results], sheets: [review, user] });
    expect(found.IMM_KPIs).toMatchObject({ sheet: "My KPIs", name: null, range: "A1:C2" });
  });

  it("reads a user's register on a sheet named like a generated one (only owned sheets are skipped, by the hosts)", () => {
    const register = sheet("IMM Risk Review");
    paint(register.values, 0, 0, [["ID", "Risk", "Type", "Likelihood", "Consequence"], ["R1", "Lift outage", "Threat", 2, 3]]);
    const kpis = sheet("IMM Dashboard");
    const t = table(kpis, "Table1", 0, 0, ["KPI", "Target", "Actual"], [["Uptime", 0.99, 0.98]]);
    const model = readModel({ tables: [t], sheets: [register, kpis] });
    expect(model.risks).toEqual([expect.objectContaining({ id: "R1", likelihood: 2, consequence: 3 })]);
    expect(model.kpis).toEqual([expect.objectContaining({ kpi: "Uptime", actual: 0.98 })]);
    expect(model.sources.map((x) => `${x.table} ${x.sheet}`)).toEqual(["IMM_Risks IMM Risk Review", "IMM_KPIs IMM Dashboard"]);
    expect(model.problems).toEqual([]);
  });

  it("header-matches a row that also holds a numeric extra header", () => {
    const s = sheet("Data", [["KPI", "Target", "Actual", 2025], ["Uptime", 0.99, 0.98, 1]]);
    expect(findTables({ tables: [], sheets: [s] }).IMM_KPIs?.range).toBe("A1:D2");
  });
});

describe("a header row is the table it names most of", () => {
  it("a register missing Likelihood is the register (with the error), not an action list, and the real action list is read", () => {
    const snapshot: WorkbookSnapshot = {
      tables: [],
      sheets: [
        { name: "Register", values: [["ID", "Description", "Type", "Consequence", "Category", "Owner", "Due", "Status"], ["R1", "Lift", "Threat", 3, "FM", "SPV", 46000, "Open"]] },
        { name: "Actions", values: [["Action", "Owner", "Due", "Priority"], ["Fix the lift", "FM", 46000, "High"]] },
      ],
    };
    const found = findTables(snapshot);
    expect(found.IMM_Risks?.sheet).toBe("Register");
    expect(found.IMM_Actions?.sheet).toBe("Actions");
  });
});

describe("the first data row of a register missing a column", () => {
  it("is never taken for another table's header row, even when its words are headers (Issue, Public)", () => {
    const snapshot: WorkbookSnapshot = {
      tables: [],
      sheets: [{ name: "Register", values: [
        ["ID", "Type", "Likelihood", "Consequence", "Allocation"],
        ["R-01", "Opportunity", 2, 3, "Private"],
        ["R-02", "Issue", 1, 1, "Public"],
      ] }],
    };
    const found = findTables(snapshot);
    expect(found.IMM_Risks?.range).toBe("A1:E3");
    expect(found.IMM_Partnership).toBeUndefined();
  });
});

describe("data left below a plain range's end", () => {
  it("is data of that range (warned about), never the header row of another table", () => {
    const snapshot: WorkbookSnapshot = {
      tables: [],
      sheets: [
        { name: "Register", values: [
          ["ID", "Risk", "Type", "Likelihood", "Consequence"],
          [null, null, null, null, null],
          [null, "Lift failure", "Threat", 4, 3],
          ["R-02", "Factor", "Public rating", "Private rating", 2],
        ] },
        { name: "Partnership", values: [["Factor", "Public rating", "Private rating"], ["Trust", 3, 4]] },
      ],
    };
    const found = findTables(snapshot);
    expect(found.IMM_Risks?.unread?.row).toBe(2);
    expect(found.IMM_Partnership?.sheet).toBe("Partnership");
    expect(readModel(snapshot).partnership).toHaveLength(1);
  });

  it("goes on past one blank row to a row whose words are column names but which holds figures", () => {
    const snapshot: WorkbookSnapshot = {
      tables: [],
      sheets: [{ name: "Register", values: [
        ["Ref", "Risk", "Type", "Likelihood", "Consequence", "Allocation", "Impact"],
        ["R-01", "Lift failure", "Threat", 4, 3, "Private", 25_000],
        [null, null, null, null, null, null, null],
        ["R-02", "Issue", "Threat", 2, 2, "Authority", 40_000],
      ] }],
    };
    const model = readModel(snapshot);
    expect(model.risks?.map((r) => r.id)).toEqual(["R-01", "R-02"]);
    expect(findTables(snapshot).IMM_Partnership).toBeUndefined();
  });
});
