/**
 * A fast, incremental scanner of worksheet XML: inflated text goes in as it arrives, rows come out one at a time,
 * so the reader can stop inflating as soon as it has the rows it wants. It reads `<sheetData>` only (cells as raw
 * XML parts: type, style, formula, value, inline string); after `</sheetData>` it keeps the merged areas and the
 * hyperlinked cells, which ExcelJS applies to cell values. Element prefixes (`<x:c>`) are ignored; rows and cells
 * without an `r` attribute follow the previous one, as Excel reads them.
 */
import { parseRangeA1, type RangeRef } from "../../../review/kit/plan";
import { attributes, byLocalName } from "./xml";

/** A cell as written in the sheet XML (texts still escaped). */
export interface XmlCell {
  /** 0-based column. */
  col: number;
  /** The `t` attribute ("s", "str", "inlineStr", "b", "e", "d", "n") or undefined. */
  type: string | undefined;
  /** The `s` attribute (style index), 0 when absent. */
  style: number;
  /** The `<f>` element: its attributes and text; undefined when the cell has none. */
  formula: { attrs: Record<string, string>; text: string } | undefined;
  /** The text of `<v>` (undefined when absent or empty). */
  value: string | undefined;
  /** The `<is>` content of an inline string, or undefined. */
  inline: string | undefined;
}

/** A row of cells; `row` is 0-based. */
export interface XmlRow {
  row: number;
  cells: XmlCell[];
}

const P = "(?:[\\w.-]+:)?";
const ROW_OR_END = new RegExp(`<${P}(?:row(?=[\\s/>])([^>]*?)(/?)>|/${P}sheetData\\s*>|sheetData[^>]*?/>)`, "g");
const ROW_CLOSE = new RegExp(`</${P}row\\s*>`, "g");
const F = new RegExp(`<${P}f(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</${P}f\\s*>)`);
const V = new RegExp(`<${P}v(?=[\\s/>])[^>]*?(?:/>|>([\\s\\S]*?)</${P}v\\s*>)`);
const IS = new RegExp(`<${P}is(?=[\\s/>])[^>]*?(?:/>|>([\\s\\S]*?)</${P}is\\s*>)`);
const MERGE = new RegExp(`<${P}mergeCell(?=[\\s/>])[^>]*>`, "g");
const HYPERLINK = new RegExp(`<${P}hyperlink(?=[\\s/>])[^>]*>`, "g");

/** 0-based column of a cell reference "AB12" or "$AB$12" (its letters); undefined when it has none. */
export function columnOf(ref: string): number | undefined {
  let col = 0;
  let letters = 0;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref.charCodeAt(i) | 0x20;
    if (ch >= 97 && ch <= 122) {
      col = col * 26 + (ch - 96);
      letters++;
    } else if (ref[i] !== "$" || letters > 0) break;
  }
  return letters > 0 && letters <= 3 ? col - 1 : undefined;
}

/** The r, s and t attributes of the cell tag `cellAttributes` read last (undefined when absent). */
let attrR: string | undefined;
let attrS: string | undefined;
let attrT: string | undefined;

/**
 * Reads the r, s and t attributes of a cell's start tag (text[from, to)) into attrR, attrS and attrT (the only ones
 * the reader needs; none holds an entity), by a small scanner rather than a pattern, and with no object per cell: a
 * register has a hundred thousand cells or more. Attribute names may carry a prefix only on other attributes
 * (`x14ac:dyDescent`), which are skipped whole.
 */
function cellAttributes(text: string, from: number, to: number): void {
  attrR = attrS = attrT = undefined;
  const n = to;
  let i = from;
  while (i < n) {
    // Skip white space, then read a name up to "=" or white space.
    while (i < n && text.charCodeAt(i) <= 32) i++;
    const start = i;
    while (i < n) {
      const ch = text.charCodeAt(i);
      if (ch === 61 || ch <= 32) break; // "=" or white space
      i++;
    }
    const name = i - start === 1 ? text.charCodeAt(start) : 0;
    while (i < n && text.charCodeAt(i) <= 32) i++;
    if (i >= n || text.charCodeAt(i) !== 61) break; // not name="value": stop (nothing after it is an attribute we trust)
    i++;
    while (i < n && text.charCodeAt(i) <= 32) i++;
    const quote = text.charCodeAt(i);
    if (quote !== 34 && quote !== 39) break;
    const end = text.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (end < 0 || end >= n) break;
    if (name === 114) attrR = text.slice(i + 1, end); // r
    else if (name === 115) attrS = text.slice(i + 1, end); // s
    else if (name === 116) attrT = text.slice(i + 1, end); // t
    i = end + 1;
  }
}

/** `<v>…</v>` as the whole content of a cell (the usual case): the value's text, else undefined. */
function plainValue(inner: string): string | undefined {
  if (!inner.startsWith("<v>") || !inner.endsWith("</v>")) return undefined;
  const text = inner.slice(3, -4);
  return text.includes("<") ? undefined : text;
}

/** True when the name text[from, to) is `c` or `prefix:c`. */
function isCellName(text: string, from: number, to: number): boolean {
  return to > from && text.charCodeAt(to - 1) === 99 && (to - 1 === from || text.charCodeAt(to - 2) === 58);
}

/** The end of an element name starting at `i` (at white space, "/" or ">"). */
function nameEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch <= 32 || ch === 47 || ch === 62) break;
    i++;
  }
  return i;
}

/** Where the cell's end tag `</c>` (any prefix, white space before ">") starts at or after `from`, and where it ends; null when missing. */
function cellClose(text: string, from: number): [number, number] | null {
  for (let k = text.indexOf("</", from); k >= 0; k = text.indexOf("</", k + 2)) {
    const end = nameEnd(text, k + 2);
    if (!isCellName(text, k + 2, end)) continue;
    let gt = end;
    while (gt < text.length && text.charCodeAt(gt) <= 32) gt++;
    if (text.charCodeAt(gt) === 62) return [k, gt + 1];
  }
  return null;
}

/**
 * Parses one row's content into cells: each `<c …/>` or `<c …>…</c>` (any prefix), found by a small scanner (a
 * register has a hundred thousand cells or more; a pattern made a match and its parts for each).
 */
export function parseCells(content: string): XmlCell[] {
  const cells: XmlCell[] = [];
  let col = -1;
  let i = 0;
  for (;;) {
    const lt = content.indexOf("<", i);
    if (lt < 0) break;
    const end = nameEnd(content, lt + 1);
    if (!isCellName(content, lt + 1, end)) {
      i = end > lt + 1 ? end : lt + 1;
      continue;
    }
    const gt = content.indexOf(">", end);
    if (gt < 0) break;
    const selfClosing = content.charCodeAt(gt - 1) === 47;
    cellAttributes(content, end, selfClosing ? gt - 1 : gt);
    const r = attrR;
    const t = attrT;
    const style = attrS ? parseInt(attrS, 10) || 0 : 0;
    let inner: string | undefined;
    if (selfClosing) i = gt + 1;
    else {
      const close = cellClose(content, gt + 1);
      if (!close) {
        i = gt + 1;
        continue;
      }
      inner = content.slice(gt + 1, close[0]);
      i = close[1];
    }
    const at = r === undefined ? undefined : columnOf(r);
    col = at ?? col + 1;
    let formula: XmlCell["formula"];
    let value: string | undefined;
    let cellInline: string | undefined;
    const plain = inner ? plainValue(inner) : undefined;
    if (plain !== undefined) {
      if (plain) value = plain;
    } else if (inner) {
      const f = F.exec(inner);
      if (f) formula = { attrs: attributes(`<f ${f[1]}`), text: f[2] ?? "" };
      const v = V.exec(inner);
      if (v && v[1]) value = v[1];
      const is = IS.exec(inner);
      if (is) cellInline = is[1] ?? "";
    }
    cells.push({ col, type: t, style, formula, value, inline: cellInline });
  }
  return cells;
}

/** Incremental scanner state of one worksheet part. */
export class SheetScanner {
  private buf = "";
  private readonly decoder = new TextDecoder("utf-8");
  private lastRow = -1;
  /** True once `</sheetData>` was seen. */
  dataEnded = false;
  /** The XML after `</sheetData>`, kept for merges and hyperlinks (only read when the whole part is). */
  private tail: string[] = [];
  /** Rows parsed so far. */
  rowsScanned = 0;

  /** Adds inflated bytes. */
  push(chunk: Uint8Array): void {
    const text = this.decoder.decode(chunk, { stream: true });
    if (this.dataEnded) this.tail.push(text);
    else this.buf += text;
  }

  /** The next complete row in the text so far, or null when more text is needed (or the data has ended). */
  nextRow(): XmlRow | null {
    while (!this.dataEnded) {
      ROW_OR_END.lastIndex = 0;
      const m = ROW_OR_END.exec(this.buf);
      if (!m) {
        // Keep only a possible partial tag at the end.
        const lt = this.buf.lastIndexOf("<");
        this.buf = lt < 0 ? "" : this.buf.slice(lt);
        return null;
      }
      if (m[1] === undefined) {
        this.dataEnded = true;
        this.tail.push(this.buf.slice(m.index));
        this.buf = "";
        return null;
      }
      const attrs = attributes(`<row ${m[1]}`);
      const r = attrs.r !== undefined && /^\d+$/.test(attrs.r.trim()) ? parseInt(attrs.r, 10) - 1 : this.lastRow + 1;
      const start = m.index + m[0].length;
      if (m[2] === "/") {
        this.buf = this.buf.slice(start);
        this.lastRow = r;
        this.rowsScanned++;
        return { row: r, cells: [] };
      }
      ROW_CLOSE.lastIndex = start;
      const close = ROW_CLOSE.exec(this.buf);
      if (!close) {
        this.buf = this.buf.slice(m.index);
        return null;
      }
      const cells = parseCells(this.buf.slice(start, close.index));
      this.buf = this.buf.slice(ROW_CLOSE.lastIndex);
      this.lastRow = r;
      this.rowsScanned++;
      return { row: r, cells };
    }
    return null;
  }

  /** Merged areas (after the whole part was read). */
  merges(): RangeRef[] {
    const tail = this.tail.join("");
    return [...tail.matchAll(MERGE)].map(([tag]) => parseRangeA1(attributes(tag).ref ?? "")).filter((r): r is RangeRef => r !== null);
  }

  /** A1 addresses of the cells with an external hyperlink (a relationship id), as ExcelJS maps them. */
  hyperlinks(): Set<string> {
    const tail = this.tail.join("");
    const out = new Set<string>();
    for (const [tag] of tail.matchAll(HYPERLINK)) {
      const attrs = attributes(tag);
      if (byLocalName(attrs, "id") && attrs.ref) out.add(attrs.ref);
    }
    return out;
  }
}
