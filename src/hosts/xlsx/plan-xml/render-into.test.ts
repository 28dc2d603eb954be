/**
 * Rendering into the user's package (RenderTarget: styles merged while rendering, sheets packed as they are written)
 * against rendering alone and letting the lossless writer merge the styles and rewrite the sheets afterwards: the
 * output packages are the same bytes, for the sample's review, a plan using every feature, generated workbooks' reviews,
 * and a rerun (the user's styles already hold what a first run appended).
 */
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultEngine } from "../../../cli/engine";
import type { SheetPlan } from "../../../review/kit/plan";
import { ISSUE7_WORKBOOKS } from "../../../../test/generators/workbook-examples";
import { workbookBytes } from "../../../../test/generators/workbook-xlsx";
import { graftPackage } from "../graft";
import { XlsxHost } from "../host";
import { fullPlan, userWorkbookBytes } from "../testing/fixtures";
import { packPart, pakoDeflate } from "../zip-write";
import { renderPlans } from "./render-plans";

const SAMPLE = join(__dirname, "..", "..", "..", "..", "assets", "samples", "hospital-ppp.xlsx");

async function reviewPlans(bytes: Uint8Array): Promise<SheetPlan[]> {
  const host = await XlsxHost.fromBuffer(bytes, "in.xlsx");
  return (await defaultEngine.buildReviewPlans(defaultEngine.readModel(await host.readSnapshot()), {})).plans;
}

async function stylesOf(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file("xl/styles.xml")?.async("string") ?? "";
}

/** Both ways of grafting the plans into `user`; the second renders into it, with or without packing. */
async function both(plans: SheetPlan[], user: Uint8Array, packing: boolean): Promise<[Uint8Array, Uint8Array]> {
  const sheets = plans.map((plan) => ({ plan, name: plan.name }));
  const generated = sheets.map((s) => ({ name: s.name }));
  const alone = renderPlans(sheets, new Set());
  const pack = packing ? (b: Uint8Array) => packPart(b, pakoDeflate) : undefined;
  const into = renderPlans(sheets, new Set(), { styles: await stylesOf(user), pack });
  expect(into.merged).toBeDefined();
  expect(into.packed.size).toBe(packing ? sheets.length : 0);
  const base = { original: user, generated, removed: [], owned: [] };
  return [
    await graftPackage({ ...base, rendered: alone.parts }),
    await graftPackage({ ...base, rendered: into.parts, merged: into.merged, packed: into.packed }),
  ];
}

describe("rendering into the user's package", () => {
  it("gives the bytes of rendering alone and rewriting in the lossless writer", async () => {
    const user = await userWorkbookBytes();
    const sample = await reviewPlans(new Uint8Array(readFileSync(SAMPLE)));
    for (const plans of [sample, [fullPlan()], ...(await Promise.all(Object.values(ISSUE7_WORKBOOKS).slice(0, 3).map(async (w) => reviewPlans(await workbookBytes(w)))))]) {
      for (const packing of [false, true]) {
        const [a, b] = await both(plans, user, packing);
        expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
      }
    }
  }, 60_000);

  it("on a rerun reuses the formats the first run appended, and leaves the styles part as it is", async () => {
    const user = await userWorkbookBytes();
    const plans = [fullPlan()];
    const [first] = await both(plans, user, true);
    const into = renderPlans(plans.map((plan) => ({ plan, name: "Second" })), new Set(), { styles: await stylesOf(first) });
    expect(into.merged).toEqual({ changed: false });
    expect(into.parts.find(([p]) => p === "xl/styles.xml")?.[1]).toBe(await stylesOf(first));
    const [a, b] = await both(plans.map((p) => ({ ...p, name: "Second" })), first, true);
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  }, 60_000);

  it("remaps conditional-format styles (dxf) into the user's list", async () => {
    const user = await userWorkbookBytes();
    const styles = await stylesOf(user);
    const dxfsBefore = /<dxfs count="(\d+)"/.exec(styles)?.[1] ?? "0";
    const into = renderPlans([{ plan: fullPlan(), name: "Full" }], new Set(), { styles });
    const sheet = into.parts.find(([p]) => p === "xl/worksheets/sheet1.xml")?.[1];
    const text = typeof sheet === "string" ? sheet : new TextDecoder().decode(sheet);
    const ids = [...text.matchAll(/ dxfId="(\d+)"/g)].map((m) => Number(m[1]));
    expect(ids.length).toBeGreaterThan(0);
    expect(Math.min(...ids)).toBeGreaterThanOrEqual(Number(dxfsBefore));
  });
});
