/** Number texts of the review: fmtNum against its definition (toFixed, trailing zeros and a bare point trimmed, "-0" as "0"). */
import fc from "fast-check";
import { fmtNum } from "./text";

/** The definition, written the slow way. */
function reference(v: number, dp: number): string {
  if (!Number.isFinite(v)) return "not computable";
  const s = v.toFixed(dp);
  const t = s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
  return t === "-0" ? "0" : t;
}

describe("fmtNum", () => {
  it("trims trailing zeros of the fixed-point text", () => {
    expect([12.5, 66.6667, 3, -0, -0.001, 2.675, 1e21, 2 ** 53 + 1].map((v) => fmtNum(v))).toEqual(["12.5", "66.67", "3", "0", "0", "2.67", "1e+21", "9007199254740992"]);
    expect(fmtNum(1.25, 1)).toBe("1.3");
    expect(fmtNum(Number.NaN)).toBe("not computable");
  });

  it("equals its definition for any number and number of decimals", () => {
    const numbers = fc.oneof(fc.double(), fc.integer({ min: -1e6, max: 1e6 }), fc.integer().map((n) => n / 100), fc.constantFrom(0, -0, 2 ** 53, -(2 ** 53) - 2, 1e20, 0.005));
    fc.assert(fc.property(numbers, fc.integer({ min: 0, max: 6 }), (v, dp) => fmtNum(v, dp) === reference(v, dp)), { numRuns: 5000 });
  });
});
