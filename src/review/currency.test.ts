/**
 * Issue 11 §8: amounts in the user's currency — from the Annual service payment cell's number format, else the
 * Currency setting, else the Office locale, else none (the CLI) — and paper size by the same logic. No £ of ours.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { defaultEngine } from "../cli/engine";
import { nodeIo } from "../cli/node-io";
import { runCli } from "../cli/run";
import { XlsxHost } from "../hosts/xlsx/host";
import { parseSettingValue } from "../tables/settings-fields";
import { readModel } from "../tables/index";
import { hospitalSample, sampleToSnapshot } from "../samples/index";
import { buildReviewPlans, SHEET_REGISTRY } from "./index";
import { currencyOfFormat, moneyFor, NO_CURRENCY, paperSizeFor } from "./kit/locale";
import { fmtMoney } from "./kit/text";
import type { SheetPlan } from "./kit/plan";

const SAMPLE = join(__dirname, "../../assets/samples/hospital-ppp.xlsx");

describe("the currency of a number format", () => {
  it.each([
    ['"$"#,##0', "$", false], ["$#,##0.00", "$", false], ["£#,##0", "£", false], ['[$€-x-euro2] #,##0.00', "€", false],
    ["#,##0 [$€-407]", "€", true], ['#,##0" €"', "€", true], ['"A$"#,##0;[Red]-"A$"#,##0', "A$", false], ["[$R-en-ZA] #,##0", "R", false],
    ["₹ #,##0", "₹", false],
  ])("%s shows %s", (format, symbol, after) => {
    expect(currencyOfFormat(format)).toEqual({ symbol, after });
  });
  it.each(["General", "#,##0", "0.00", "0%", "dd mmm yyyy", '#,##0" units"', '#,##0.0,," m"'])("%s shows none", (format) => {
    expect(currencyOfFormat(format)).toBeNull();
  });
});

describe("the review's money and paper", () => {
  it("takes the payment cell's format first, then the setting, then the locale, else none", () => {
    expect(fmtMoney(-1234.4, moneyFor('"$"#,##0', "EUR", "en-GB"))).toBe("−$1,234");
    expect(fmtMoney(1234, moneyFor("#,##0", "€", "en-GB"))).toBe("€1,234");
    expect(fmtMoney(1234, moneyFor(undefined, "aud", undefined))).toBe("A$1,234");
    expect(fmtMoney(1234, moneyFor(undefined, "CHF", undefined))).toBe("CHF 1,234");
    expect(fmtMoney(1234, moneyFor(undefined, "", "en-AU"))).toBe("$1,234");
    expect(fmtMoney(1234, moneyFor(undefined, "", "de-DE"))).toBe("1,234 €");
    expect(moneyFor(undefined, "", undefined)).toEqual(NO_CURRENCY);
    expect(moneyFor(undefined, "", "en-AU").format).toBe('"$"#,##0');
  });

  it("prints on Letter in the US and Canada, A4 elsewhere, the setting winning", () => {
    expect(paperSizeFor("", "en-US")).toBe("Letter");
    expect(paperSizeFor("", "en-CA")).toBe("Letter");
    expect(paperSizeFor("", "en-GB")).toBe("A4");
    expect(paperSizeFor("", undefined)).toBe("A4");
    expect(paperSizeFor("A4", "en-US")).toBe("A4");
    expect(paperSizeFor("letter", "en-AU")).toBe("Letter");
  });

  it("sets every generated sheet's paper from the Paper size setting, else the locale", () => {
    const model = readModel(sampleToSnapshot(hospitalSample()));
    const paper = (m: typeof model): string[] => buildReviewPlans(m, { sheets: ["integrated", "dashboard"] }).plans.map((p) => p.page?.paperSize ?? "none");
    expect(paper(model)).toEqual(["A4", "A4"]);
    expect(paper({ ...model, locale: "en-US" })).toEqual(["Letter", "Letter"]);
    expect(paper({ ...model, locale: "en-US", settings: { ...model.settings, paperSize: "A4" } })).toEqual(["A4", "A4"]);
  });

  it("reads the Currency and Paper size settings, rejecting a bad value by name", () => {
    expect(parseSettingValue("currency", " € ")).toEqual({ ok: true, value: "€" });
    expect(parseSettingValue("currency", "EUR")).toEqual({ ok: true, value: "EUR" });
    expect(parseSettingValue("currency", "")).toEqual({ ok: true, value: "" });
    expect(parseSettingValue("currency", "12")).toMatchObject({ ok: false, message: expect.stringContaining("Currency") });
    expect(parseSettingValue("paperSize", "letter")).toEqual({ ok: true, value: "Letter" });
    expect(parseSettingValue("paperSize", "A3")).toMatchObject({ ok: false, message: 'Paper size "A3" is not A4 or Letter' });
  });
});

/** Every string and number format of the plans, and their explanations. */
function planTexts(plans: SheetPlan[]): string[] {
  return plans.flatMap((p) => [
    ...p.blocks.flatMap((b) => [...b.values.flat().filter((v): v is string => typeof v === "string"), b.numberFormat ?? "", ...(b.columnFormats ?? []).map((f) => f ?? "")]),
    ...p.explanations.flatMap((e) => [e.label, e.formula, ...e.inputs]),
  ]);
}

describe("the sample reviewed in another currency", () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), "imm-currency-")); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The sample with the Annual service payment cell's format replaced (and its own text's "£25k" made "25k", so any £ found is ours). */
  async function sampleWithPaymentFormat(format: string): Promise<string> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    let done = false;
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
      if (cell.value === "Annual service payment") { row.getCell(Number(cell.col) + 1).numFmt = format; done = true; }
      if (typeof cell.value === "string" && cell.value.includes("£")) cell.value = cell.value.replace(/£/g, "");
    })));
    expect(done).toBe(true);
    const file = join(dir, `sample-${format.length}.xlsx`);
    writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
    return file;
  }

  it("with a $ payment format: no £ in the generated cells, number formats, explanations or CLI text", async () => {
    const input = await sampleWithPaymentFormat('"$"#,##0');
    const output = join(dir, "out.xlsx");
    const lines: string[] = [];
    const code = await runCli(["review", input, "-o", output], { ...nodeIo(), out: (l) => lines.push(l), err: (l) => lines.push(l), progress: undefined }, defaultEngine);
    expect(code === 0 || code === 1).toBe(true);
    expect(lines.join("\n")).not.toContain("£");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const found: string[] = [];
    let dollars = 0;
    for (const e of SHEET_REGISTRY) {
      const ws = wb.getWorksheet(e.name);
      expect(ws).toBeDefined();
      ws?.eachRow((row) => row.eachCell((cell) => {
        const text = `${typeof cell.value === "string" ? cell.value : ""} ${cell.numFmt ?? ""} ${cell.note ? JSON.stringify(cell.note) : ""}`;
        if (text.includes("£")) found.push(`${e.name}!${cell.address}: ${text}`);
        if (text.includes("$")) dollars += 1;
      }));
    }
    expect(found).toEqual([]);
    expect(dollars).toBeGreaterThan(10);
    const host = await XlsxHost.fromBuffer(new Uint8Array(readFileSync(input)));
    const { plans } = buildReviewPlans(readModel(await host.readSnapshot()));
    expect(planTexts(plans).filter((t) => t.includes("£"))).toEqual([]);
    expect(planTexts(plans).some((t) => t.includes("$"))).toBe(true);
  }, 60_000);

  it("with a € setting and no currency on the payment cell: amounts in €, no £", async () => {
    const host = await XlsxHost.fromBuffer(new Uint8Array(readFileSync(await sampleWithPaymentFormat("#,##0"))));
    const model = readModel(await host.readSnapshot());
    model.settings = { ...model.settings, currency: "€" };
    const { plans, assessment } = buildReviewPlans(model);
    expect(assessment.money.format).toBe('"€"#,##0');
    const texts = planTexts(plans);
    expect(texts.filter((t) => t.includes("£"))).toEqual([]);
    expect(texts.filter((t) => t.includes("€")).length).toBeGreaterThan(10);
  }, 60_000);
});
