/**
 * Done-when of issue 8 §1: a sheet registered through the registry alone is picked up by the CLI (--sheets word,
 * help), the xlsx host and the Office.js host (a rerun replaces it; no "Name (2)").
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { excelRunner, FakeExcel } from "../../test/fakes/office/index";
import { OfficeHost } from "../hosts/office/index";
import { buildReviewPlans } from "../review/index";
import { EXTENDED_REGISTRY, EXTRA_NAME } from "../review/testing/extra-sheet";
import { fixtureModel } from "../review/testing/fixture";
import { SHEET_REGISTRY, type SheetRegistry } from "../review/sheets/registry";
import { defaultEngine, engineFor } from "./engine";
import { parseArgs } from "./args";
import { runCli } from "./run";
import { capturedIo, writeRegister } from "./testing/helpers";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "imm-extra-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function workbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb;
}

describe("an extra sheet registered through the registry alone", () => {
  it("CLI: --sheets accepts its word and the help lists it; the built-in registry does not know it", () => {
    expect(parseArgs(["review", "a.xlsx", "--sheets", "notes,risk"], EXTENDED_REGISTRY)).toMatchObject({ sheets: ["notes", "risk"] });
    expect(() => parseArgs(["review", "a.xlsx", "--sheets", "notes"])).toThrow('--sheets: unknown sheet "notes"');
    const { io, out } = capturedIo();
    return runCli(["--help"], io, engineFor(EXTENDED_REGISTRY)).then((code) => {
      expect(code).toBe(0);
      expect(out.join("\n")).toContain("risk, partnership, performance, integrated, dashboard, history, notes");
    });
  });

  it("CLI + xlsx host: `imm review --sheets notes` writes it as an owned sheet; a rerun replaces it", async () => {
    const input = join(dir, "model.xlsx");
    const output = join(dir, "model.review.xlsx");
    await writeRegister(input);
    const engine = engineFor(EXTENDED_REGISTRY);
    expect(await runCli(["review", input, "-o", output, "--sheets", "notes,risk"], capturedIo().io, engine)).toBe(0);
    let wb = await workbook(output);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Risks", "IMM Risk Review", EXTRA_NAME]);
    expect(wb.definedNames.model.find((n) => n.name === "IMM_Owned_notes")?.ranges).toEqual([`'${EXTRA_NAME}'!$A$1`]);

    expect(await runCli(["review", output, "--in-place", "--sheets", "notes"], capturedIo().io, engine)).toBe(0);
    wb = await workbook(output);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Risks", "IMM Risk Review", EXTRA_NAME]);
    expect(wb.getWorksheet(EXTRA_NAME)?.getCell("A1").value).toBe("Review notes");
  });

  it("without the registry entry the same rerun keeps the old sheet and writes \"Name (2)\" (what the registry prevents)", async () => {
    const input = join(dir, "model.xlsx");
    const output = join(dir, "model.review.xlsx");
    await writeRegister(input);
    expect(await runCli(["review", input, "-o", output, "--sheets", "notes"], capturedIo().io, engineFor(EXTENDED_REGISTRY))).toBe(0);
    const halfKnown = { ...defaultEngine, buildReviewPlans: engineFor(EXTENDED_REGISTRY).buildReviewPlans };
    expect(await runCli(["review", output, "--in-place"], capturedIo().io, halfKnown)).toBe(0);
    const names = (await workbook(output)).worksheets.map((w) => w.name);
    expect(names).toContain(EXTRA_NAME);
    expect(names).toContain(`${EXTRA_NAME} (2)`);
  });

  it("Office.js host (strict fake): writes it as an owned sheet; a rerun replaces it in place, no \"(2)\"", async () => {
    const x = new FakeExcel();
    x.addSheet("Risks", [["ID"], ["R-1"]]);
    const host = (sheets: SheetRegistry) => new OfficeHost(excelRunner(x), { isSetSupported: (n, v) => x.isSetSupported(n, v), sheets });
    const plans = () => buildReviewPlans(fixtureModel(), { registry: EXTENDED_REGISTRY, sheets: ["notes"] }).plans;
    expect((await host(EXTENDED_REGISTRY).applyPlans(plans())).sheets).toEqual([EXTRA_NAME]);
    expect(await host(EXTENDED_REGISTRY).listOwnedSheets()).toEqual([{ key: "notes", name: EXTRA_NAME, edited: false }]);
    expect(await host(SHEET_REGISTRY).listOwnedSheets()).toEqual([]);

    expect((await host(EXTENDED_REGISTRY).applyPlans(plans())).sheets).toEqual([EXTRA_NAME]);
    expect(x.sheetNames()).toEqual(["Risks", EXTRA_NAME]);
  });
});
