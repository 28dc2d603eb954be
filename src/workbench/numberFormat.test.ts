import { formatValue, formatGeneral, dateToSerial } from "./numberFormat";

describe("formatValue", () => {
  it.each([
    [1234.567, "0.0", "1234.6"],
    [1234.567, "#,##0", "1,235"],
    [0.256, "0%", "26%"],
    [0.256, "0.0%", "25.6%"],
    [1234567, "£#,##0", "£1,234,567"],
    [-312, "£#,##0;[Red]-£#,##0", "-£312"],
    [-312, "#,##0", "-312"],
    [0, "0.0", "0.0"],
    [73.3333333, "0.0", "73.3"],
    [45000, "dd mmm yyyy", "15 Mar 2023"],
    [1500000, '[$$-409]#,##0.00', "$1,500,000.00"],
    [2.5, '0.0 "pts"', "2.5 pts"],
  ])("%p with %p → %p", (v, fmt, want) => {
    expect(formatValue(v, fmt)).toBe(want);
  });

  it("formats General numbers without float noise", () => {
    expect(formatGeneral(0.1 + 0.2)).toBe("0.3");
    expect(formatValue(12, undefined)).toBe("12");
    expect(formatValue(true)).toBe("TRUE");
    expect(formatValue(null)).toBe("");
  });

  it("formats Dates via their serial number", () => {
    const d = new Date(Date.UTC(2024, 5, 30));
    expect(dateToSerial(d)).toBe(45473);
    expect(formatValue(d, "d mmm yy")).toBe("30 Jun 24");
    expect(formatValue(d)).toBe("30 Jun 2024");
  });

  it("passes text through", () => {
    expect(formatValue("=SUM(A1)", "0.0")).toBe("=SUM(A1)");
  });

  it("shows nothing for a number whose section is empty (zeros hidden by 0;-0;;@)", () => {
    expect(formatValue(0, "0;-0;;@")).toBe("");
    expect(formatValue(3, "0;-0;;@")).toBe("3");
    expect(formatValue(-2, "0;;")).toBe("");
  });
});
