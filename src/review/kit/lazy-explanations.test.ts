/** Explanations made when first read: none made while building, all made in order once read, seen as a plain array. */
import { emptyPlan } from "./plan";
import { lazyExplanations } from "./lazy-explanations";
import { explained, explainedLater, newSheet, writeRows } from "./layout";

describe("lazy explanations", () => {
  it("makes none while a sheet is built, then all in the order they were recorded", () => {
    let made = 0;
    const later = (label: string) => explainedLater(1, () => {
      made++;
      return { label, formula: `${label} = 1`, inputs: [] };
    });
    const s = newSheet("risk", "Risks");
    writeRows(s, 2, 1, [[later("a"), explained(2, "b", "b = 2"), later("c")], [null, later("d")]]);
    expect(made).toBe(0);
    expect(s.plan.explanations.map((e) => [e.address, e.label])).toEqual([["B3", "a"], ["C3", "b"], ["D3", "c"], ["C4", "d"]]);
    expect(made).toBe(3);
    s.plan.explanations.forEach(() => undefined);
    expect(made).toBe(3);
    // Recorded after the first read: made at once, appended.
    writeRows(s, 5, 0, [[later("e")]]);
    expect(made).toBe(4);
    expect(s.plan.explanations.map((e) => e.label)).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("reads as a plain array through JSON, structured clone and deep equality", () => {
    const plan = emptyPlan("risk", "Risks");
    const sink = lazyExplanations(plan);
    sink.push({ address: "A1", make: () => ({ label: "x", formula: "f", inputs: ["i"] }) });
    const plain = { ...emptyPlan("risk", "Risks"), explanations: [{ address: "A1", label: "x", formula: "f", inputs: ["i"] }] };
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plain);
    expect(structuredClone(plan)).toEqual(plain);
    expect(plan).toEqual(plain);
  });
});
