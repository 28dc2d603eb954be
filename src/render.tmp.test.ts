import { writeFileSync } from "fs";
import { hospitalSample } from "./samples";
import { sampleToWorkbook } from "./samples/write-xlsx";
import { XlsxHost } from "./hosts/xlsx";
import { readModel } from "./tables";
import { buildReviewPlans } from "./review";

it("renders", async () => {
  const s = hospitalSample();
  const c = s.sheets.flatMap((x) => x.tables).find((t) => t.name === "IMM_Contract")!;
  c.rows.push(["Commentary", "Q4 recovered after the portering fixes; watch the air-handling lifecycle plan and the energy contract renewal before the next board."]);
  const host = XlsxHost.fromWorkbook(sampleToWorkbook(s), "hospital.xlsx");
  const m1 = readModel(await host.readSnapshot());
  await host.applyPlans(buildReviewPlans(m1).plans);
  const wb = (host as unknown as { workbook: import("exceljs").Workbook }).workbook;
  const ws = wb.getWorksheet("Contract")!;
  ws.eachRow((row) => row.eachCell((cell, col) => {
    if (cell.value === "Review date") row.getCell(col + 1).value = new Date(Date.UTC(2026, 6, 15));
  }));
  const r = s.sheets.flatMap((x) => x.tables).find((t) => t.name === "IMM_Risks")!;
  void r;
  const m2 = readModel(await host.readSnapshot());
  console.log(JSON.stringify(m2.problems.slice(0, 3)), m2.history!.items.length);
  await host.applyPlans(buildReviewPlans(m2).plans);
  writeFileSync("/tmp/x/out.xlsx", await host.toBuffer());
}, 60000);
