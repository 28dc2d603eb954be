/** The CLI keeps the review history (issue 11 §1): a review of a review's output adds its row to the input's history. */
import ExcelJS from "exceljs";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { XlsxHost } from "../hosts/xlsx/index";
import { readModel } from "../tables/index";
import { serialFromYmd } from "../tables/dates";
import { defaultEngine } from "./engine";
import { capturedIo } from "./testing/helpers";
import { runCli } from "./run";

const SAMPLE = join(__dirname, "../../assets/samples/hospital-ppp.xlsx");
let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), "imm-history-")); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function setReviewDate(path: string, serial: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  let done = false;
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell, col) => {
    if (!done && cell.value === "Review date") {
      row.getCell(col + 1).value = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
      done = true;
    }
  })));
  expect(done).toBe(true);
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
}

async function historyOf(path: string) {
  const host = await XlsxHost.fromBuffer(readFileSync(path), "x.xlsx");
  return readModel(await host.readSnapshot()).history!;
}

describe("imm review keeps the history", () => {
  it("review -o, then a review of the output at a later date: two rows, the output keeps the input's history", async () => {
    const { io } = capturedIo();
    const input = join(dir, "h.xlsx");
    copyFileSync(SAMPLE, input);
    const first = join(dir, "first.xlsx");
    expect(await runCli(["review", input, "-o", first], io, defaultEngine)).toBe(0);
    expect((await historyOf(first)).rows.map((r) => r.reviewDate)).toEqual([serialFromYmd(2026, 4, 15)]);

    await setReviewDate(first, serialFromYmd(2026, 7, 15));
    const second = join(dir, "second.xlsx");
    expect(await runCli(["review", first, "-o", second], io, defaultEngine)).toBe(0);
    const h = await historyOf(second);
    expect(h.rows.map((r) => r.reviewDate)).toEqual([serialFromYmd(2026, 4, 15), serialFromYmd(2026, 7, 15)]);
    expect(new Set(h.items.map((i) => i.reviewDate))).toEqual(new Set([serialFromYmd(2026, 4, 15), serialFromYmd(2026, 7, 15)]));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(second) as unknown as ArrayBuffer);
    expect(wb.worksheets.filter((w) => w.name.startsWith("IMM History")).map((w) => w.name)).toEqual(["IMM History"]);
  }, 90_000);
});
