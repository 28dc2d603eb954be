/**
 * SpreadsheetML for the parts of a cell style (ExcelJS's style objects, as styles.ts and conditional.ts build
 * them): fonts, fills, borders, alignment and protection, written the way ExcelJS writes them, so a format
 * compares equal (by its XML text) with what the ExcelJS path wrote and what styles-append.ts matches on.
 */
import type { Alignment, Border, Borders, Color, Fill, Font, Protection } from "exceljs";
import { escapeXml } from "./xml-text";

/** A colour element (`rgb`, else `theme`/`tint`, else `indexed`, else automatic). */
export function colorXml(tag: string, c: Partial<Color> & { indexed?: number; tint?: number } | undefined): string {
  if (!c) return "";
  if (c.argb) return `<${tag} rgb="${escapeXml(c.argb)}"/>`;
  if (c.theme !== undefined) return `<${tag} theme="${c.theme}"${c.tint !== undefined ? ` tint="${c.tint}"` : ""}/>`;
  if (c.indexed !== undefined) return `<${tag} indexed="${c.indexed}"/>`;
  return `<${tag} auto="1"/>`;
}

const val = (tag: string, v: string | number | undefined): string => (v === undefined ? "" : `<${tag} val="${escapeXml(String(v))}"/>`);
const flag = (tag: string, on: boolean | undefined): string => (on ? `<${tag}/>` : "");

/** A `<font>` (children in ExcelJS's order: b, i, u, charset, color, …, sz, name). */
export function fontXml(f: Partial<Font>): string {
  const u = f.underline === true ? "<u/>" : typeof f.underline === "string" && f.underline !== "none" ? (f.underline === "single" ? "<u/>" : `<u val="${f.underline}"/>`) : "";
  return [
    "<font>",
    flag("b", f.bold),
    flag("i", f.italic),
    u,
    val("charset", f.charset),
    colorXml("color", f.color),
    flag("condense", (f as { condense?: boolean }).condense),
    flag("extend", (f as { extend?: boolean }).extend),
    val("family", f.family),
    flag("outline", f.outline),
    val("vertAlign", f.vertAlign),
    val("scheme", f.scheme),
    flag("shadow", (f as { shadow?: boolean }).shadow),
    flag("strike", f.strike),
    val("sz", f.size),
    val("name", f.name),
    "</font>",
  ].join("");
}

/** The workbook's default font (index 0), as ExcelJS writes it. */
export const DEFAULT_FONT = fontXml({ size: 11, color: { theme: 1 } as Color, name: "Calibri", family: 2, scheme: "minor" });

/** A `<fill>` (pattern fills; the plan only makes solid ones). */
export function fillXml(fill: Fill): string {
  if (fill.type !== "pattern") return '<fill><patternFill patternType="none"/></fill>';
  const colors = colorXml("fgColor", fill.fgColor) + colorXml("bgColor", fill.bgColor);
  return `<fill><patternFill patternType="${fill.pattern}"${colors ? `>${colors}</patternFill>` : "/>"}</fill>`;
}

function edge(tag: string, e: Partial<Border> | undefined): string {
  if (!e?.style) return `<${tag}/>`;
  return `<${tag} style="${e.style}">${colorXml("color", e.color)}</${tag}>`;
}

/** A `<border>` (all five edges, empty ones as empty elements). */
export function borderXml(b: Partial<Borders>): string {
  return `<border>${edge("left", b.left)}${edge("right", b.right)}${edge("top", b.top)}${edge("bottom", b.bottom)}${edge("diagonal", b.diagonal)}</border>`;
}

/** An `<alignment>`, or "" when it sets nothing. */
export function alignmentXml(a: Partial<Alignment>): string {
  const attrs: string[] = [];
  if (a.horizontal) attrs.push(`horizontal="${a.horizontal}"`);
  if (a.vertical) attrs.push(`vertical="${a.vertical === "middle" ? "center" : a.vertical}"`);
  if (a.wrapText) attrs.push('wrapText="1"');
  if (a.shrinkToFit) attrs.push('shrinkToFit="1"');
  const indent = Math.max(0, Math.trunc(Number(a.indent) || 0));
  if (indent) attrs.push(`indent="${indent}"`);
  if (typeof a.textRotation === "number" && a.textRotation) attrs.push(`textRotation="${a.textRotation < 0 ? 90 - a.textRotation : a.textRotation}"`);
  if (a.readingOrder === "ltr" || a.readingOrder === "rtl") attrs.push(`readingOrder="${a.readingOrder === "ltr" ? 1 : 2}"`);
  return attrs.length ? `<alignment ${attrs.join(" ")}/>` : "";
}

/** A `<protection>`, or "" when it sets nothing. */
export function protectionXml(p: Partial<Protection>): string {
  const attrs: string[] = [];
  if (p.locked === false) attrs.push('locked="0"');
  if (p.hidden === true) attrs.push('hidden="1"');
  return attrs.length ? `<protection ${attrs.join(" ")}/>` : "";
}
