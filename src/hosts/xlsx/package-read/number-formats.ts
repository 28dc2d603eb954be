/**
 * The number format of each cell style (xf index of `<cellXfs>`), as ExcelJS reads styles: a custom `<numFmt>`
 * of the xf's numFmtId (backslash escapes removed, as ExcelJS does), else the built-in format of that id; none
 * for id 0 (General) and for style 0 (a cell without a style). Also ExcelJS's rule for a date format, which
 * decides whether a number cell is a date.
 */
import { element, elements } from "./xml";

/** ExcelJS's built-in number formats by id (its defaultnumformats table, invariant-culture entries only). */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?",
  13: "# ??/??", 14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM",
  20: "h:mm", 21: "h:mm:ss", 22: 'm/d/yy "h":mm', 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)", 40: "#,##0.00 ;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0",
  48: "##0.0E+0", 49: "@",
};

/** Number format of each cell style index (undefined: none). */
export type NumberFormats = readonly (string | undefined)[];

/** Reads `<numFmts>` and `<cellXfs>` of the styles part. */
export function readNumberFormats(xml: string | null): NumberFormats {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const numFmts = element(xml, "numFmts")?.inner ?? "";
  for (const { attrs } of elements(numFmts, "numFmt")) {
    if (attrs.numFmtId === undefined || attrs.formatCode === undefined) continue;
    custom.set(parseInt(attrs.numFmtId, 10), attrs.formatCode.replace(/[\\](.)/g, "$1"));
  }
  const xfs = element(xml, "cellXfs")?.inner ?? "";
  return elements(xfs, "xf").map(({ attrs }) => {
    const id = attrs.numFmtId === undefined ? 0 : parseInt(attrs.numFmtId, 10);
    return id ? custom.get(id) ?? BUILT_IN[id] : undefined;
  });
}

/** The number format of a cell's style index (none for style 0, as ExcelJS reads a cell without a style). */
export function formatOf(formats: NumberFormats, style: number): string | undefined {
  return style ? formats[style] : undefined;
}

/** ExcelJS's date-format test: after removing `[...]` and quoted text, the format has y, m, d, h, M, s or b. */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}
