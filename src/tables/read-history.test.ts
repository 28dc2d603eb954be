/** Reading the review history (issue 11 §1): IMM_History and IMM_HistoryItems are input, bad rows warned about with their cell. */
import { readModel } from "./index";
import { isHistoryTableName, isOutputTableName, mayBeInputTable } from "./find";
import { HISTORY_COLUMNS, HISTORY_ITEM_COLUMNS } from "./history-columns";
import type { RawCell, TableSnapshot } from "./types";

function historyTable(rows: RawCell[][]): TableSnapshot {
  return { name: "IMM_History", sheet: "IMM History", row: 4, col: 0, headers: HISTORY_COLUMNS.map((c) => c.header), rows };
}
const row = (date: RawCell, integrated: RawCell, status: RawCell = "Amber"): RawCell[] =>
  HISTORY_COLUMNS.map((c) => (c.field === "reviewDate" ? date : c.field === "integrated" ? integrated : c.field === "integratedStatus" ? status : null));

describe("review history tables", () => {
  it("are input tables (not skipped as review output) and never taken for a register", () => {
    expect(isHistoryTableName("IMM_History")).toBe(true);
    expect(isHistoryTableName("IMM_HistoryItems")).toBe(true);
    expect(isOutputTableName("IMM_History")).toBe(false);
    expect(isOutputTableName("IMM_RiskRegister")).toBe(true);
    expect(mayBeInputTable("IMM_HistoryItems", HISTORY_ITEM_COLUMNS.map((c) => c.header))).toBe(true);
  });

  it("reads rows in date order; a bad review date leaves its row out with a located warning; a bad figure reads as blank", () => {
    const items: TableSnapshot = {
      name: "IMM_HistoryItems", sheet: "IMM History", row: 10, col: 0, headers: HISTORY_ITEM_COLUMNS.map((c) => c.header),
      rows: [[46127, "Risk", "R-01", 9, "Medium", "Open", null, null, null], [46127, "KPI", "Helpdesk", 80, null, null, "No", null, null]],
    };
    const m = readModel({ tables: [historyTable([row(46218, 70.5), row("soon", 60), row(46127, "n/a", "Purple")]), items], sheets: [] });
    expect(m.history!.rows.map((r) => [r.reviewDate, r.integrated, r.integratedStatus])).toEqual([[46127, null, null], [46218, 70.5, "Amber"]]);
    expect(m.history!.items).toMatchObject([{ kind: "risk", item: "R-01", score: 9, rating: "Medium", status: "Open" }, { kind: "kpi", item: "Helpdesk", met: false }]);
    const messages = m.problems.map((p) => p.message);
    expect(messages).toContainEqual(expect.stringMatching(/^'IMM History'!A7: review date "soon" is not a date .*; this history row is left out$/));
    expect(messages).toContainEqual(expect.stringMatching(/^'IMM History'!I8: .*integrated index.*; read as blank$/));
    expect(messages).toContainEqual("'IMM History'!J8: integrated status \"Purple\" is not Green, Amber or Red; read as blank");
    expect(m.risks).toBeNull(); // the items table is not taken for a risk register
  });

  it("no history tables: an empty history, no problem", () => {
    const m = readModel({ tables: [], sheets: [] });
    expect(m.history).toEqual({ rows: [], items: [] });
    expect(m.problems.filter((p) => p.table.startsWith("IMM_History"))).toEqual([]);
  });
});
