/**
 * Packages of the plan writer are valid for Excel (each part against its ISO/IEC 29500 schema with xmllint, and
 * Excel's package rules, scripts/ooxml): on their own, and grafted into user workbooks (the sample, and the sample
 * with a user chart, a picture, VBA and custom XML as an .xlsm) by the lossless writer, which takes them unchanged.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validatePackages } from "../../../../scripts/ooxml/validate-package";
import { XMLLINT_HINT, xmllintAvailable } from "../../../../scripts/ooxml/xmllint";
import { defaultEngine } from "../../../cli/engine";
import { emptyPlan } from "../../../review/kit/plan";
import { buildTemplatePlans } from "../../../templates/templates";
import { graftPackage } from "../graft";
import { allTableNames } from "../tables";
import { XlsxHost } from "../host";
import { fullPlan } from "../testing/fixtures";
import { withUserContent } from "../testing/user-content";
import { renderPlans } from "./render-plans";

const SAMPLE = new Uint8Array(readFileSync(join(__dirname, "..", "..", "..", "..", "assets", "samples", "hospital-ppp.xlsx")));

describe("packages of the plan writer", () => {
  it("has xmllint to validate with", () => {
    if (!xmllintAvailable()) throw new Error(XMLLINT_HINT);
  });

  it("are valid alone and grafted into user workbooks", async () => {
    const host = await XlsxHost.fromBuffer(SAMPLE, "sample.xlsx");
    const review = (await defaultEngine.buildReviewPlans(defaultEngine.readModel(await host.readSnapshot()), {})).plans;
    const edge = emptyPlan("risk", "Edge O'Brien <&>");
    edge.blocks = [{ row: 0, col: 0, values: [["=1", "a\u0001b_x000D_\r\n", true, NaN, "x".repeat(40_000)]] }];
    const sets = {
      review: review.map((plan) => ({ plan, name: plan.name })),
      templates: buildTemplatePlans().map((plan) => ({ plan, name: plan.name })),
      features: [fullPlan(), fullPlan("dashboard", "IMM Dashboard"), edge].map((plan) => ({ plan, name: plan.name })),
    };
    const rich = await withUserContent(SAMPLE, { chart: true, image: true, vba: new Uint8Array([1, 2, 3]), customXml: "<d xmlns='urn:u'>x</d>" });
    const userBook = new ExcelJS.Workbook();
    await userBook.xlsx.load(SAMPLE as unknown as ArrayBuffer);
    const inputs = [];
    for (const [label, sheets] of Object.entries(sets)) {
      const rendered = (renderPlans(sheets, allTableNames(userBook))).bytes;
      inputs.push({ label: `${label}: rendered`, bytes: rendered });
      const generated = sheets.map((s) => ({ name: s.name }));
      for (const [user, original] of [["sample", SAMPLE], ["rich .xlsm", rich]] as const) {
        const grafted = await graftPackage({ original, rendered, generated, removed: [], owned: [] });
        inputs.push({ label: `${label}: grafted into ${user}`, bytes: grafted });
        if (label === "review") {
          // The grafted sheets read back: the review's first sheet is there with its values.
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(grafted as unknown as ArrayBuffer);
          expect(wb.getWorksheet(sheets[0].name)?.getCell("A1").value).toBe((sheets[0].plan.blocks[0].values[0][0]));
        }
      }
    }
    const reports = await validatePackages(inputs);
    expect(reports).toHaveLength(9);
    expect(reports.filter((r) => r.errors.length > 0)).toEqual([]);
  }, 120_000);
});
