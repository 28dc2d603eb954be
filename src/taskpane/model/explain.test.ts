import { findExplanation, splitInputRefs } from "./explain";
import { emptyPlan } from "../../review/kit/plan";

const plan = emptyPlan("risk", "IMM Risk Review");
plan.explanations.push({ address: "F7", label: "Residual score of R-07", formula: "4 × 5 × (1 − 0.5) = 10", inputs: ["Likelihood 4 (Risks!E7)"] });

describe("findExplanation", () => {
  const owned = [{ key: "risk" as const, name: "IMM Risk Review (2)" }];
  it("finds the explanation on an owned sheet by its current name, with $ and case ignored", () => {
    const r = findExplanation({ sheet: "IMM Risk Review (2)", address: "$f$7" }, owned, [plan]);
    expect(r).toEqual({ kind: "explained", sheet: "IMM Risk Review (2)", explanation: plan.explanations[0] });
  });
  it("reports a cell without explanation and a sheet that is not generated", () => {
    expect(findExplanation({ sheet: "IMM Risk Review (2)", address: "A1" }, owned, [plan]).kind).toBe("noExplanation");
    expect(findExplanation({ sheet: "IMM Risk Review", address: "F7" }, owned, [plan]).kind).toBe("notGenerated");
  });
});

describe("splitInputRefs", () => {
  it("splits plain and quoted sheet references out of the text", () => {
    expect(splitInputRefs("Likelihood 4 (Risks!E7), weight 2 ('Risk Register'!$F$8)")).toEqual([
      { kind: "text", text: "Likelihood 4 (" },
      { kind: "cell", text: "Risks!E7", ref: { sheet: "Risks", address: "E7" } },
      { kind: "text", text: "), weight 2 (" },
      { kind: "cell", text: "'Risk Register'!$F$8", ref: { sheet: "Risk Register", address: "F8" } },
      { kind: "text", text: ")" },
    ]);
  });
  it("leaves text without references whole", () => {
    expect(splitInputRefs("Settings: amber 60")).toEqual([{ kind: "text", text: "Settings: amber 60" }]);
  });
});
