/**
 * The cell formats of the generated sheets. Cell styles are ExcelJS style objects built by the same functions the
 * ExcelJS path uses (styles.ts `mergeStyle`/`withQuoteMarker`), identified by a number; layering a plan style over
 * a cell's style is memoised per (style, patch). When written, each style becomes a cell format (xf) made of
 * de-duplicated fonts, fills, borders and number formats; a quote-marked style becomes `quotePrefix="1"` (as
 * quote-prefix.ts does on the ExcelJS path). Conditional-format styles become dxfs.
 */
import type { Style } from "exceljs";
import type { CellStyle } from "../../../review/kit/plan";
import { mergeStyle, withQuoteMarker } from "../styles";
import { builtInFormatId, FIRST_CUSTOM_FORMAT } from "./num-formats";
import { alignmentXml, borderXml, DEFAULT_FONT, fillXml, fontXml, protectionXml } from "./style-xml";
import { escapeXml } from "./xml-text";

/** A de-duplicating list of XML entries. */
class XmlList {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(initial: string[] = []) {
    for (const x of initial) this.add(x);
  }
  add(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(xml);
      this.index.set(xml, i);
    }
    return i;
  }
}

/** True for a style carrying the quote marker of styles.ts `withQuoteMarker`. */
function isQuoteMarked(s: Partial<Style>): boolean {
  return s.alignment?.readingOrder === "ltr" && s.protection?.hidden === true;
}

export class StyleRegistry {
  /** Style objects by id; 0 is the empty (default) style. */
  private readonly styles: Partial<Style>[] = [{}];
  private readonly layered = new Map<string, number>();
  private readonly byObject = new Map<Partial<Style>, number>();
  private readonly xfOf: (number | undefined)[] = [];
  private readonly numFmts = new Map<string, number>();
  private readonly fonts = new XmlList([DEFAULT_FONT]);
  private readonly fills = new XmlList(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly borders = new XmlList([borderXml({})]);
  private readonly xfs = new XmlList(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly dxfs = new XmlList();

  /** The style object of an id. */
  style(id: number): Partial<Style> {
    return this.styles[id];
  }

  /**
   * The id of style `prev` with the plan style (keyed by `styleKey`, its JSON) and number format laid over it,
   * optionally quote-marked: the same result as the ExcelJS path's StyleCache.
   */
  layer(prev: number, style: CellStyle | undefined, styleKey: string, numFmt?: string, quote = false): number {
    const key = `${prev}|${styleKey}|${numFmt ?? ""}|${quote ? 1 : 0}`;
    let id = this.layered.get(key);
    if (id === undefined) {
      const base = this.styles[prev];
      let out = mergeStyle(Object.keys(base).length ? base : undefined, style, numFmt);
      if (quote) out = withQuoteMarker(out);
      id = this.styles.push(out) - 1;
      this.layered.set(key, id);
    }
    return id;
  }

  /** The id of a fixed style object (shared constants such as the chart fallback's). */
  fixed(style: Partial<Style>): number {
    let id = this.byObject.get(style);
    if (id === undefined) {
      id = this.styles.push(style) - 1;
      this.byObject.set(style, id);
    }
    return id;
  }

  private numFmtId(code: string): number {
    const builtIn = builtInFormatId(code);
    if (builtIn !== undefined) return builtIn;
    let id = this.numFmts.get(code);
    if (id === undefined) this.numFmts.set(code, (id = FIRST_CUSTOM_FORMAT + this.numFmts.size));
    return id;
  }

  /** The cell-format (cellXfs) index of a style id. */
  xf(id: number): number {
    let xf = this.xfOf[id];
    if (xf === undefined) this.xfOf[id] = xf = this.xfs.add(this.xfXml(this.styles[id]));
    return xf;
  }

  private xfXml(s: Partial<Style>): string {
    const quote = isQuoteMarked(s);
    const numFmtId = s.numFmt ? this.numFmtId(s.numFmt) : 0;
    const fontId = s.font ? this.fonts.add(fontXml(s.font)) : 0;
    const fillId = s.fill ? this.fills.add(fillXml(s.fill)) : 0;
    const borderId = s.border ? this.borders.add(borderXml(s.border)) : 0;
    const { readingOrder, ...restAlignment } = s.alignment ?? {};
    const { hidden, ...restProtection } = s.protection ?? {};
    const alignment = alignmentXml(quote ? restAlignment : { ...restAlignment, readingOrder });
    const protection = protectionXml(quote ? restProtection : { ...restProtection, hidden });
    const attrs = [`numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`];
    if (numFmtId) attrs.push('applyNumberFormat="1"');
    if (fontId) attrs.push('applyFont="1"');
    if (fillId) attrs.push('applyFill="1"');
    if (borderId) attrs.push('applyBorder="1"');
    if (alignment) attrs.push('applyAlignment="1"');
    if (protection) attrs.push('applyProtection="1"');
    if (quote) attrs.push('quotePrefix="1"');
    const inner = alignment + protection;
    return inner ? `<xf ${attrs.join(" ")}>${inner}</xf>` : `<xf ${attrs.join(" ")}/>`;
  }

  /** The dxf index of a conditional-format style (font, fill, border as the ExcelJS rule carries them). */
  dxf(s: Partial<Style>): number {
    const parts = ["<dxf>", s.font ? fontXml(s.font) : "", s.fill ? fillXml(s.fill) : "", s.alignment ? alignmentXml(s.alignment) : "", s.border ? borderXml(s.border) : "", "</dxf>"];
    return this.dxfs.add(parts.join(""));
  }

  /** The styles part. */
  xml(): string {
    const list = (tag: string, items: string[]) => `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
    const fmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
      fmts.length ? list("numFmts", fmts) : "",
      list("fonts", this.fonts.items),
      list("fills", this.fills.items),
      list("borders", this.borders.items),
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
      list("cellXfs", this.xfs.items),
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
      list("dxfs", this.dxfs.items),
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>',
      "</styleSheet>",
    ].join("");
  }
}
