import {
  coercePeriod, coerceAllocation, coerceDate, coerceEffectiveness, coerceFlag, coerceLikelihood, coerceNumber, coercePercent,
  coerceProbability, coerceRiskStatus, coerceRiskType, coerceText, toAmount,
} from "./coerce";
import { parseDateString, serialFromYmd, ymdFromSerial } from "./dates";
import { DEFAULT_SETTINGS } from "../imm/defaults";

const words = DEFAULT_SETTINGS.effectivenessWords;

describe("numbers and amounts", () => {
  it.each([
    [1200, 1200], ["1,200", 1200], ["$1,200", 1200], ["£3", 3], [" € 2.5m", 2.5e6], ["1.2 bn", 1.2e9],
    ["(500)", -500], ["-$40k", -40000], ["AUD 1,000,000", 1e6],
  ])("toAmount(%p) = %p", (input, expected) => {
    expect(toAmount(input)).toBe(expected);
  });

  it.each(["abc", "1,2,3", "12 apples", "$", true])("toAmount(%p) is NaN", (input) => {
    expect(toAmount(input)).toBeNaN();
  });

  it("reads percentages as Excel does and phrases bad numbers", () => {
    expect(coerceNumber("98.5%", "actual")).toEqual({ ok: true, value: 0.985 });
    expect(coerceNumber("n/a", "target")).toEqual({ ok: false, message: 'target "n/a" is not a number' });
    expect(coerceNumber("#DIV/0!", "actual")).toEqual({ ok: false, message: "actual is the Excel error #DIV/0!" });
  });
});

describe("percentage columns", () => {
  it.each([[0.35, 0.35], ["35%", 0.35], [35, 0.35], ["35", 0.35], [1, 1], [100, 1], [0, 0]])(
    "probability %p → %p", (input, expected) => {
      expect(coerceProbability(input)).toEqual({ ok: true, value: expected });
    });

  it("rejects out-of-range probabilities with the engine's wording", () => {
    expect(coerceProbability(150)).toEqual({ ok: false, message: "probability 150 is not 0–1 (0–100%)" });
    expect(coerceProbability("likely")).toEqual({ ok: false, message: 'probability "likely" is not 0–1 (0–100%)' });
  });

  it("reads effectiveness words, fractions and whole percentages", () => {
    expect(coerceEffectiveness("Substantial", words)).toEqual({ ok: true, value: 0.5 });
    expect(coerceEffectiveness(" partial ", words)).toEqual({ ok: true, value: 0.25 });
    expect(coerceEffectiveness(60, words)).toEqual({ ok: true, value: 0.6 });
    expect(coerceEffectiveness("60%", words)).toEqual({ ok: true, value: 0.6 });
    expect(coerceEffectiveness("good", words)).toEqual({
      ok: false, message: 'control effectiveness "good" is not 0–100% or one of None, Partial, Substantial, Full',
    });
    expect(coerceEffectiveness("Strong", { weak: 0.1, strong: 0.9 })).toEqual({ ok: true, value: 0.9 });
  });

  it("reads a deduction cap as 10%, 0.1 or 10", () => {
    for (const v of ["10%", 0.1, 10, "10 %"]) expect(coercePercent(v, "deduction cap")).toEqual({ ok: true, value: 0.1 });
    expect(coercePercent("ten", "deduction cap")).toEqual({
      ok: false, message: 'deduction cap "ten" is not a percentage (0–100%)',
    });
  });
});

describe("ratings and words", () => {
  it("uses the engine's descriptor words and scale", () => {
    expect(coerceLikelihood("Almost certain", 5)).toEqual({ ok: true, value: 5 });
    expect(coerceLikelihood("4", 5)).toEqual({ ok: true, value: 4 });
    expect(coerceLikelihood(7, 10)).toEqual({ ok: true, value: 7 });
    expect(coerceLikelihood("abc", 5)).toEqual({ ok: false, message: 'likelihood "abc" is not 1–5 or a likelihood word' });
    expect(coerceLikelihood(6, 5)).toEqual({ ok: false, message: "likelihood 6 is not 1–5 or a likelihood word" });
    expect(coerceLikelihood("#N/A", 5)).toEqual({ ok: false, message: "likelihood is the Excel error #N/A" });
  });

  it("reads types, allocations and statuses", () => {
    expect(coerceRiskType("Opp")).toEqual({ ok: true, value: "opportunity" });
    expect(coerceRiskType("maybe")).toEqual({ ok: false, message: 'type "maybe" is not Threat or Opportunity' });
    expect(coerceAllocation("SPV")).toEqual({ ok: true, value: "private" });
    expect(coerceAllocation("Public sector")).toEqual({ ok: true, value: "public" });
    expect(coerceAllocation("Joint")).toEqual({ ok: true, value: "shared" });
    expect(coerceAllocation("Bank")).toEqual({ ok: false, message: 'allocation "Bank" is not Public, Private or Shared' });
    expect(coerceRiskStatus("Realized")).toEqual({ ok: true, value: "realised" });
  });

  it("reads yes/no flags", () => {
    for (const v of ["Y", "yes", "TRUE", true, 1, "x"]) expect(coerceFlag(v, "waived")).toEqual({ ok: true, value: true });
    for (const v of ["N", "No", "false", false, 0]) expect(coerceFlag(v, "waived")).toEqual({ ok: true, value: false });
    expect(coerceFlag("perhaps", "waived")).toEqual({
      ok: false, message: 'waived "perhaps" is not Y/N, Yes/No or TRUE/FALSE',
    });
  });

  it("turns cells into trimmed text", () => {
    expect(coerceText("  R-01 ")).toBe("R-01");
    expect(coerceText(7)).toBe("7");
    expect(coerceText(false)).toBe("FALSE");
    expect(coerceText("   ")).toBeUndefined();
  });
});

describe("periods", () => {
  it("keeps labels and turns date serials into ISO dates", () => {
    expect(coercePeriod("2025-Q1")).toEqual({ ok: true, value: "2025-Q1" });
    expect(coercePeriod(2025)).toEqual({ ok: true, value: "2025" });
    expect(coercePeriod(46112)).toEqual({ ok: true, value: "2026-03-31" });
  });
});

describe("dates", () => {
  const mar12 = 46093; // 2026-03-12 in Excel

  it("knows Excel's serials", () => {
    expect(serialFromYmd(2026, 3, 12)).toBe(mar12);
    expect(serialFromYmd(1900, 3, 1)).toBe(61);
    expect(ymdFromSerial(mar12)).toEqual({ year: 2026, month: 3, day: 12 });
    expect(serialFromYmd(2026, 2, 30)).toBeNaN();
  });

  it.each(["2026-03-12", "12/3/2026", "12/03/26", "12.3.2026", "12 Mar 2026", "12-Mar-2026", "12 March 2026",
    "Mar 12, 2026", "12th March 2026"])("reads %p", (s) => {
    expect(parseDateString(s)).toBe(mar12);
  });

  it("reads serials and month-year, rejects nonsense", () => {
    expect(coerceDate(mar12, "due date")).toEqual({ ok: true, value: mar12 });
    expect(coerceDate("March 2026", "due date")).toEqual({ ok: true, value: serialFromYmd(2026, 3, 1) });
    expect(coerceDate("31/2/2026", "due date")).toEqual({
      ok: false, message: 'due date "31/2/2026" is not a date (e.g. 2026-03-12 or 12/3/2026)',
    });
    expect(coerceDate("soon", "due date").ok).toBe(false);
    expect(coerceDate("Marchy 2026", "due date").ok).toBe(false);
    expect(coerceDate(-3, "due date")).toEqual({ ok: false, message: "due date -3 is not a date" });
  });
});
