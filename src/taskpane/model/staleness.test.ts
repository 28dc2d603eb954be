import { readModel } from "../../tables";
import { sampleHost } from "../testing/sampleHost";
import { currentFingerprint, modelFingerprint } from "./staleness";

describe("review staleness fingerprint", () => {
  it("is the same for the same inputs and changes with a setting or an input cell", async () => {
    const host = await sampleHost();
    const model = readModel(await host.readSnapshot());
    const before = modelFingerprint(model);
    expect(await currentFingerprint(host)).toBe(before);
    expect(modelFingerprint({ ...model, workbook: "renamed.xlsx" })).toBe(before);

    await host.writeSettings([["Amber threshold", 65]]);
    const afterSetting = await currentFingerprint(host);
    expect(afterSetting).not.toBe(before);

    const risks = (await host.readSnapshot()).tables.find((t) => t.name === "IMM_Risks");
    if (!risks) throw new Error("sample has no IMM_Risks");
    const cell = host.workbook.getWorksheet(risks.sheet)?.getCell(risks.row + 2, risks.col + 2);
    if (!cell) throw new Error("no risk cell");
    cell.value = `${String(cell.value)} (edited)`;
    expect(await currentFingerprint(host)).not.toBe(afterSetting);
  });
});
