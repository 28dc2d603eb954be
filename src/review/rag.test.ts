/** Issue 7 §4: an index's status is decided on the index as displayed (1 decimal place), everywhere it is shown. */
import { DEFAULT_SETTINGS } from "../imm/defaults";
import { integrated, pillars } from "./assess/assess-integrated";
import { assess, summarize } from "./index";
import { dashboard } from "./sheets/dashboard";
import { integratedAssessment } from "./sheets/integrated-assessment";
import { fmtIndex, iconThreshold, indexStatus, roundIndex } from "./kit/rag";
import { SHEET_NAMES } from "./sheets/registry";
import type { Assessment, RiskAssessment } from "./assess/assessment";
import { cellMap } from "./testing/invariants";
import { fixtureModel } from "./testing/fixture";

const S = DEFAULT_SETTINGS; // amber 60, green 80

describe("the displayed-index rule", () => {
  it.each([
    [59.998, 60, "60.0", "Amber"],
    [59.94, 59.9, "59.9", "Red"],
    [60.0, 60, "60.0", "Amber"],
    [59.95, 60, "60.0", "Amber"],
    [79.96, 80, "80.0", "Green"],
    [79.94, 79.9, "79.9", "Amber"],
    [84.45, 84.5, "84.5", "Green"],
  ])("%p shows %p (%s) and is %s", (index, rounded, text, rag) => {
    expect(roundIndex(index)).toBe(rounded);
    expect(fmtIndex(index)).toBe(text);
    expect(indexStatus(index, S)).toBe(rag);
  });

  it("moves the traffic-light cut-offs to where the shown value reaches the threshold", () => {
    expect(iconThreshold(60)).toBe(59.95);
    expect(iconThreshold(80)).toBe(79.95);
    expect(iconThreshold(59.97)).toBe(59.95); // shown values step by 0.1: 60.0 is the first to reach 59.97
    // a raw value at or above the cut-off shows a value at or above the threshold, and one below it does not
    for (const x of [59.94, 59.9499, 59.95, 59.96, 59.998]) expect(x >= iconThreshold(60)).toBe(roundIndex(x) >= 60);
  });
});

const riskAt = (index: number): RiskAssessment => ({ index } as RiskAssessment);

describe("statuses in the assessment follow the rule", () => {
  it.each([[59.998, "Amber"], [59.94, "Red"], [60, "Amber"]])("risk pillar %p is %s", (index, rag) => {
    expect(pillars(null, riskAt(index), null, S)[1].status).toBe(rag);
  });

  it("the integrated status too", () => {
    const ps = pillars(null, riskAt(59.998), null, S);
    expect(integrated(ps, S)).toEqual({ index: 59.998, status: "Amber" });
  });
});

/** The fixture's assessment with the risk pillar at `index` (and only that pillar assessed). */
function assessedAt(index: number): Assessment {
  const a = assess(fixtureModel());
  const ps = pillars(null, riskAt(index), null, a.settings);
  return { ...a, integrated: { ...a.integrated, pillars: ps, ...integrated(ps, a.settings) } };
}

describe("sheets show an index and its status that agree", () => {
  const a = assessedAt(59.998);

  it("summary (CLI and task pane) reports Amber for 59.998", () => {
    const s = summarize(a);
    expect([fmtIndex(s.indices.risk!), s.statuses.risk, s.statuses.integrated]).toEqual(["60.0", "Amber", "Amber"]);
  });

  it("the Integrated Assessment and Dashboard status cells say Amber and explain it on the shown index", () => {
    for (const plan of [integratedAssessment(a, { names: SHEET_NAMES }), dashboard(a, { names: SHEET_NAMES })]) {
      const e = plan.explanations.find((x) => x.label === "Risk status")!;
      expect(e.formula).toBe("STATUS(index as shown 60.0, amber 60, green 80) = Amber");
      const values = [...cellMap(plan).values()];
      expect(values).toContain("Amber");
      expect(values).not.toContain("Red");
    }
  });
});
