/** The CLI summary shows each index with a status decided on the value shown (issue 7 §4; rule in review/kit/rag). */
import { assess } from "../review";
import { integrated, pillars } from "../review/assess/assess-integrated";
import type { Assessment, RiskAssessment } from "../review/assess/assessment";
import { fixtureModel } from "../review/testing/fixture";
import { indexLines } from "./summary";

function riskOnly(index: number): Assessment {
  const a = assess(fixtureModel());
  const ps = pillars(null, { index } as RiskAssessment, null, a.settings);
  return { ...a, integrated: { ...a.integrated, pillars: ps, ...integrated(ps, a.settings) } };
}

describe("indexLines", () => {
  it.each([
    [59.998, "Risk 60.0 (Amber)", "Integrated index 60.0 — Amber"],
    [59.94, "Risk 59.9 (Red)", "Integrated index 59.9 — Red"],
    [60.0, "Risk 60.0 (Amber)", "Integrated index 60.0 — Amber"],
  ])("risk index %p prints %s", (index, risk, integ) => {
    const [, pillarsLine, integratedLine] = indexLines(riskOnly(index));
    expect(pillarsLine).toContain(risk);
    expect(pillarsLine).toContain("Partnership not assessed");
    expect(integratedLine.trim()).toBe(integ);
  });
});
