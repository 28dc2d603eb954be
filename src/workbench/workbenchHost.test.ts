import { XlsxHost } from "../hosts/xlsx";
import { WorkbenchHost } from "./workbenchHost";

describe("WorkbenchHost", () => {
  it("holds the selection, fires listeners, rejects unknown sheets and reports writes", async () => {
    const inner = XlsxHost.blank("t.xlsx");
    inner.workbook.addWorksheet("Risks");
    const host = new WorkbenchHost(inner, (s) => !!inner.workbook.getWorksheet(s));
    const seen: string[] = [];
    const off = host.onSelectionChanged((r) => seen.push(`${r.sheet}!${r.address}`));
    await host.selectCell({ sheet: "Risks", address: "$e$7" });
    expect(await host.getSelection()).toEqual({ sheet: "Risks", address: "E7" });
    await expect(host.selectCell({ sheet: "Nope", address: "A1" })).rejects.toThrow('There is no sheet named "Nope".');
    off();
    await host.selectCell({ sheet: "Risks", address: "A2" });
    expect(seen).toEqual(["Risks!E7"]);

    let changes = 0;
    host.onWorkbookChanged(() => changes++);
    await host.writeSettings([["Amber threshold", 65]]);
    expect(changes).toBe(1);
    const snap = await host.readSnapshot();
    expect(snap.tables.some((t) => t.name === "IMM_Settings")).toBe(true);
  });
});
