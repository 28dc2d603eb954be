/** Translating plan styles (CellStyle, "#RRGGBB" colours) to ExcelJS style objects. */
import type { Alignment, Borders, Fill, Font, Style } from "exceljs";
import type { CellStyle } from "../../review/kit/plan";

/** "#RRGGBB" (or "RRGGBB") → ExcelJS ARGB "FFRRGGBB"; undefined when not a colour. */
export function argb(color: string | undefined): string | undefined {
  if (!color) return undefined;
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  return m ? `FF${m[1].toUpperCase()}` : undefined;
}

/** A solid fill of a colour. */
export function solidFill(color: string): Fill | undefined {
  const c = argb(color);
  return c ? { type: "pattern", pattern: "solid", fgColor: { argb: c }, bgColor: { argb: c } } : undefined;
}

function fontPatch(s: CellStyle): Partial<Font> | undefined {
  const f: Partial<Font> = {};
  if (s.bold !== undefined) f.bold = s.bold;
  if (s.italic !== undefined) f.italic = s.italic;
  if (s.fontSize !== undefined) f.size = s.fontSize;
  const c = argb(s.fontColor);
  if (c) f.color = { argb: c };
  return Object.keys(f).length ? f : undefined;
}

function alignmentPatch(s: CellStyle): Partial<Alignment> | undefined {
  const a: Partial<Alignment> = {};
  if (s.hAlign) a.horizontal = s.hAlign;
  if (s.vAlign) a.vertical = s.vAlign === "center" ? "middle" : s.vAlign;
  if (s.wrap !== undefined) a.wrapText = s.wrap;
  if (s.indent !== undefined) a.indent = s.indent;
  return Object.keys(a).length ? a : undefined;
}

function borderPatch(s: CellStyle): Partial<Borders> | undefined {
  const grey = { argb: "FFBFBFBF" };
  switch (s.border) {
    case "thin":
      return { top: { style: "thin", color: grey }, left: { style: "thin", color: grey }, bottom: { style: "thin", color: grey }, right: { style: "thin", color: grey } };
    case "bottom":
      return { bottom: { style: "thin", color: { argb: "FF404040" } } };
    case "thickBottom":
      return { bottom: { style: "medium", color: { argb: "FF404040" } } };
    default:
      return undefined;
  }
}

/** Returns a new ExcelJS style: `base` with the plan style (and optional number format) laid over it. */
export function mergeStyle(base: Partial<Style> | undefined, s: CellStyle | undefined, numFmt?: string): Partial<Style> {
  const out: Partial<Style> = { ...(base ?? {}) };
  if (numFmt !== undefined) out.numFmt = numFmt;
  if (!s) return out;
  const font = fontPatch(s);
  if (font) out.font = { ...(out.font ?? {}), ...font };
  const fill = s.fill ? solidFill(s.fill) : undefined;
  if (fill) out.fill = fill;
  const align = alignmentPatch(s);
  if (align) out.alignment = { ...(out.alignment ?? {}), ...align };
  const border = borderPatch(s);
  if (border) out.border = { ...(out.border ?? {}), ...border };
  return out;
}

/**
 * Marks a style as "text, quote-prefixed" for strings that Excel would otherwise re-parse as a formula on edit.
 * ExcelJS cannot write `quotePrefix`, so a marker (explicit left-to-right reading order + hidden-formula
 * protection, a combination that means nothing on a text cell) is turned into `quotePrefix="1"` by
 * `addQuotePrefix` (quote-prefix.ts) after writing.
 */
export function withQuoteMarker(base: Partial<Style>): Partial<Style> {
  return {
    ...base,
    alignment: { ...(base.alignment ?? {}), readingOrder: "ltr" },
    protection: { ...(base.protection ?? {}), hidden: true },
  };
}

/** True for text Excel would treat as a formula if the user re-entered it (=, +, -, @ first). */
export function looksLikeFormula(s: string): boolean {
  return /^[=+\-@]/.test(s);
}
