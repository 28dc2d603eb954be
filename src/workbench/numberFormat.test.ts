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

  // Issue 8 §4: what Excel shows for these formats (English locale, standard-width column).
  describe("Excel's own format semantics", () => {
    it.each([
      [45000.5, "hh:mm", "12:00"],
      [45000.5 + 5 / 1440, "h:mm", "12:05"],
      [0.5 + 3 / 1440 + 7 / 86400, "mm:ss", "03:07"],
      [45000.5, "yyyy-mm-dd hh:mm", "2023-03-15 12:00"],
      [1.5, "[h]:mm", "36:00"],
    ])("minutes after hours or before seconds: %p with %p → %p", (v, fmt, want) => {
      expect(formatValue(v, fmt)).toBe(want);
    });

    it.each([
      [45000.75, "h:mm AM/PM", "6:00 PM"],
      [45000.25, "h:mm AM/PM", "6:00 AM"],
      [45000.5, "hh:mm:ss A/P", "12:00:00 P"],
    ])("AM/PM is a 12-hour clock, not literal text: %p with %p → %p", (v, fmt, want) => {
      expect(formatValue(v, fmt)).toBe(want);
    });

    it.each([
      [123456789012, "1.23457E+11"],
      [1e-10, "1E-10"],
      [-2.5e15, "-2.5E+15"],
      [1234567.891, "1234567.891"],
    ])("General writes a capital E: %p → %p", (v, want) => {
      expect(formatGeneral(v)).toBe(want);
      expect(formatValue(v, "General")).toBe(want);
    });

    it.each([
      [12345, "0.00E+00", "1.23E+04"],
      [0.000123, "0.0E+0", "1.2E-4"],
      [12345, "##0.0E+0", "12.3E+3"],
    ])("scientific: %p with %p → %p", (v, fmt, want) => {
      expect(formatValue(v, fmt)).toBe(want);
    });

    it.each([
      [1.25, "# ?/?", "1 1/4"],
      [0.5, "?/?", "1/2"],
      [2.75, "# ?/4", "2 3/4"],
      [-1.5, "# ?/?", "-1 1/2"],
    ])("fractions: %p with %p → %p", (v, fmt, want) => {
      expect(formatValue(v, fmt)).toBe(want);
    });

    it.each([
      [1234567, "#,##0,", "1,235"],
      [1234567, '0.0,,"M"', "1.2M"],
      [-1234567, '#,##0,"k";(#,##0,"k")', "(1,235k)"],
    ])("trailing commas scale by thousands: %p with %p → %p", (v, fmt, want) => {
      expect(formatValue(v, fmt)).toBe(want);
    });

    it("shows a value as General when the file's format cannot be read, rather than failing the grid", () => {
      expect(formatValue(2.5, '0.0"unclosed')).toBe("2.5");
    });
  });
});
