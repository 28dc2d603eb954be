import { mapHeaders, matchHeader, normalizeHeader } from "./headers";
import { KPI_COLUMNS, PARTNERSHIP_COLUMNS, RISK_COLUMNS } from "./synonyms";

describe("header mapping", () => {
  it("normalizes case, spacing and punctuation", () => {
    expect(normalizeHeader("  Impact ($) ")).toBe("impact");
    expect(normalizeHeader("Risk #")).toBe("risknumber");
    expect(normalizeHeader("Threat/Opportunity")).toBe("threatopportunity");
  });

  it.each([
    ["Probability rating", "likelihood"], ["L", "likelihood"], ["likelihood_rating", "likelihood"],
    ["Likelihood (1-5)", "likelihood"], ["IMPACT RATING", "consequence"], ["Severity", "consequence"],
    ["C", "consequence"], ["Controls", "effectiveness"], ["Probability (%)", "probability"], ["Chance", "probability"],
    ["Impact ($)", "impact"], ["Cost", "impact"], ["Minimum", "impactMin"], ["ML", "impactMostLikely"],
    ["Mode", "impactMostLikely"], ["Maximum", "impactMax"], ["Risk statement", "statement"],
    ["Description", "statement"], ["Residual L", "residualLikelihood"],
  ])("risk header %p → %p", (header, field) => {
    expect(matchHeader(header, RISK_COLUMNS)?.field).toBe(field);
  });

  it.each([
    ["Authority rating", "publicRating"], ["Government rating", "publicRating"], ["Public", "publicRating"],
    ["SPV rating", "privateRating"], ["Operator rating", "privateRating"],
  ])("partnership header %p → %p", (header, field) => {
    expect(matchHeader(header, PARTNERSHIP_COLUMNS)?.field).toBe(field);
  });

  it.each([
    ["Result", "actual"], ["Measured", "actual"], ["Standard", "target"], ["Failure level", "threshold"],
    ["Floor", "threshold"], ["Performance points", "failurePoints"], ["Waiver", "waived"], ["Waived (Y/N)", "waived"],
    ["Better", "direction"],
  ])("KPI header %p → %p", (header, field) => {
    expect(matchHeader(header, KPI_COLUMNS)?.field).toBe(field);
  });

  it("keeps the first of two columns for a field, ignores extras and lists missing required columns", () => {
    const m = mapHeaders(["Ref", "Notes", "Description", "L", "Likelihood", null, "Colour"], RISK_COLUMNS);
    expect(m.fields).toEqual({ id: 0, statement: 2, likelihood: 3 });
    expect(m.duplicates).toEqual([{ index: 4, header: "Likelihood", label: "Likelihood" }]);
    expect(m.missing).toEqual(["Type", "Consequence"]);
  });
});
