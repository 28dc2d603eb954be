/**
 * Issue 11 §5: one colour language. Index cells are coloured by the workbook's RAG thresholds (as displayed, see
 * kit/rag), never by a min/max colour scale; risk scores by the rating bands; a fill never contradicts the status.
 */
import { hospitalSample, sampleToSnapshot } from "../samples/index";
import { readModel } from "../tables/index";
import { buildReviewPlans } from "./index";
import { indexStatus } from "./kit/rag";
import { indexRagFills, RAG_STYLE, RATING_STYLE, scoreRatingFills } from "./kit/styles";
import type { ConditionalFormatPlan, RangeRef, SheetPlan } from "./kit/plan";
import { riskRating } from "../imm/index";
import type { Rag, Rating } from "./assess/assessment";
import { cellMap } from "./testing/invariants";

const inRange = (r: RangeRef, row: number, col: number): boolean =>
  row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;

/** The fill of the first cellValue rule matching a number, as Excel shows it (first rule by priority wins). */
function fillOf(cfs: readonly ConditionalFormatPlan[], v: number): string | undefined {
  for (const cf of cfs) {
    if (cf.kind !== "cellValue" || !cf.style.fill) continue;
    const { value1: a, value2: b = a } = cf;
    const hit = { between: v >= a && v <= b, greaterThan: v > a, lessThan: v < a, equal: v === a,
      greaterThanOrEqual: v >= a, lessThanOrEqual: v <= a }[cf.operator];
    if (hit) return cf.style.fill;
  }
  return undefined;
}

const fillRag = (fill: string | undefined): Rag | undefined =>
  (Object.keys(RAG_STYLE) as Rag[]).find((k) => RAG_STYLE[k].fill === fill);

describe("index fills follow the RAG thresholds", () => {
  const s = { amberThreshold: 60, greenThreshold: 80 };
  const range = { row: 0, col: 0, rows: 1, cols: 1 };
  it.each([[61.6, "Amber"], [59.96, "Amber"], [59.94, "Red"], [79.95, "Green"], [79.94, "Amber"], [0, "Red"], [100, "Green"]])(
    "%p is filled %s", (v, rag) => {
      expect(fillOf(indexRagFills(range, s), v)).toBe(RAG_STYLE[rag as Rag].fill);
      expect(indexStatus(v, s)).toBe(rag);
    });

  it("risk scores are filled by the rating bands, as RISKRATING rates them", () => {
    const bands = [4, 9, 16];
    for (const v of [0, 1, 4, 4.5, 9, 9.01, 12, 16, 16.5, 25]) {
      expect(fillOf(scoreRatingFills(range, bands), v)).toBe(RATING_STYLE[riskRating(v, bands) as Rating].fill);
    }
  });
});

describe("the sample's sheets", () => {
  // Thresholds moved so the sample's indices fall on both sides of them.
  const model = readModel(sampleToSnapshot(hospitalSample()));
  model.settings = { ...model.settings, amberThreshold: 65, greenThreshold: 85 };
  const { plans, assessment } = buildReviewPlans(model);

  it("use no min/max colour scale anywhere", () => {
    const scales = plans.flatMap((p) => p.conditionalFormats.filter((c) => c.kind === "colorScale").map((c) => `${p.name} ${JSON.stringify(c.range)}`));
    expect(scales).toEqual([]);
  });

  it("fill every index cell with traffic lights in the colour of its icon and status", () => {
    let checked = 0;
    const bad: string[] = [];
    for (const p of plans as SheetPlan[]) {
      const cells = cellMap(p);
      for (const icons of p.conditionalFormats.filter((c) => c.kind === "iconSet")) {
        if (icons.kind !== "iconSet") continue;
        const [amber, green] = icons.thresholds;
        for (let r = icons.range.row; r < icons.range.row + icons.range.rows; r++) {
          const v = cells.get(`${r},${icons.range.col}`);
          if (typeof v !== "number") continue;
          const icon: Rag = v >= green ? "Green" : v >= amber ? "Amber" : "Red";
          const status = indexStatus(v, assessment.settings);
          const covering = p.conditionalFormats.filter((c) => inRange(c.range, r, icons.range.col));
          const fill = fillRag(fillOf(covering, v));
          checked += 1;
          if (icon !== status || (fill !== undefined && fill !== status)) bad.push(`${p.name} row ${r + 1}: ${v} icon ${icon} fill ${fill} status ${status}`);
        }
      }
    }
    expect(bad).toEqual([]);
    expect(checked).toBeGreaterThan(5);
  });

  it("name the heat-map colours' ratings in words from the rating bands (never colour alone)", () => {
    const texts = [...cellMap(plans.find((x) => x.key === "risk")!).values()].filter((v): v is string => typeof v === "string");
    expect(texts.some((t) => t.includes("green Low ≤ 4, yellow Medium ≤ 9, orange High ≤ 16, red Extreme above"))).toBe(true);
  });

  it("colour the Integrated Assessment's index cells as their Status text says", () => {
    const p = plans.find((x) => x.key === "integrated")!;
    const table = p.tables.find((t) => t.name === "IMM_Pillars")!;
    const cells = cellMap(p);
    const seen: string[] = [];
    for (let r = table.range.row + 1; r < table.range.row + table.range.rows; r++) {
      const v = cells.get(`${r},${table.range.col + 1}`);
      const status = cells.get(`${r},${table.range.col + 2}`);
      if (typeof v !== "number") continue;
      const covering = p.conditionalFormats.filter((c) => inRange(c.range, r, table.range.col + 1));
      expect(fillRag(fillOf(covering, v))).toBe(status);
      seen.push(String(status));
    }
    expect(seen.length).toBe(4);
  });
});
