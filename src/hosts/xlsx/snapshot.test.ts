/** The .xlsx snapshot: a formula saved without its calculated value is its own cell kind, not a blank. */
import ExcelJS from "exceljs";
import { readModel } from "../../tables/index";
import { XlsxHost } from "./host";

/** A register as a script (not Excel) writes it: formulas stored without cached results, plus one with a result. */
async function scriptWrittenRegister(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Risks");
  ws.getCell("A1").value = "Westgate Schools PPP — risk register";
  ws.getRow(6).values = ["ID", "Risk", "Type", "Likelihood", "Consequence", "Impact"];
  ws.getRow(7).values = ["R-01", "Boiler failure", "Threat", 3, 4];
  ws.getCell("F7").value = { formula: "D7*25000" } as ExcelJS.CellFormulaValue;
  ws.getRow(8).values = ["R-02", "Late survey", "Threat", 2, 3];
  ws.getCell("F8").value = { formula: "D8*25000", result: 50000 } as ExcelJS.CellFormulaValue;
  const out: unknown = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}

describe("formulas with no calculated value in a .xlsx", () => {
  it("reach the reader as uncalculated cells and become a located warning", async () => {
    const host = await XlsxHost.fromBuffer(await scriptWrittenRegister(), "westgate.xlsx");
    const snap = await host.readSnapshot();
    const values = snap.sheets.find((s) => s.name === "Risks")?.values ?? [];
    expect(values[6][5]).toEqual({ kind: "uncalculated", formula: "D7*25000" });
    expect(values[7][5]).toBe(50000);
    const model = readModel(snap);
    expect(model.problems.map((p) => p.message)).toEqual([
      "Risks!F7: formula with no calculated value: open and save the workbook in Excel first",
    ]);
    expect(model.risks?.map((r) => [r.id, r.impact])).toEqual([["R-01", undefined], ["R-02", 50000]]);
  });
});
