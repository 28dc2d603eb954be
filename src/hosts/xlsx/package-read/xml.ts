/**
 * The few XML helpers the package reader needs, namespace-prefix blind (`<x:c>` is `<c>`): attributes of a start
 * tag, entity decoding, and the elements of a part by local name. Package parts are well-formed and have no DTD
 * (the pre-flight check refuses one), so a tag scanner is enough.
 */
import { xmlUnescape as unescapeAll } from "../package-xml";

/** Decodes the five predefined entities and numeric character references (text without "&" as it is). */
export function xmlUnescape(s: string): string {
  return s.includes("&") ? unescapeAll(s) : s;
}

const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag by name (prefix kept, values entity-decoded). */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const open = tag.search(/\s/);
  if (open < 0) return out;
  ATTR.lastIndex = open;
  for (let m = ATTR.exec(tag); m; m = ATTR.exec(tag)) out[m[1]] = xmlUnescape(m[2] ?? m[3] ?? "");
  return out;
}

/** An attribute by local name whatever its prefix (`r:id`, `rel:id` → "id"). */
export function byLocalName(attrs: Record<string, string>, local: string): string | undefined {
  for (const [k, v] of Object.entries(attrs)) if (k === local || k.endsWith(`:${local}`)) return v;
  return undefined;
}

/** One element: its start tag and its content (undefined for `<x/>`). */
export interface Element {
  tag: string;
  attrs: Record<string, string>;
  inner: string | undefined;
}

/** Every element with this local name, in document order (not nested in one of its own kind). */
export function elements(xml: string, local: string): Element[] {
  const re = new RegExp(`<(?:[\\w.-]+:)?${local}(?=[\\s/>])[^>]*?(\\/?)>`, "g");
  const out: Element[] = [];
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const tag = m[0];
    if (m[1] === "/") {
      out.push({ tag, attrs: attributes(tag), inner: undefined });
      continue;
    }
    const close = new RegExp(`</(?:[\\w.-]+:)?${local}\\s*>`, "g");
    close.lastIndex = re.lastIndex;
    const c = close.exec(xml);
    const end = c ? c.index : xml.length;
    out.push({ tag, attrs: attributes(tag), inner: xml.slice(re.lastIndex, end) });
    re.lastIndex = c ? close.lastIndex : xml.length;
  }
  return out;
}

/** The first element with this local name, or undefined. */
export function element(xml: string, local: string): Element | undefined {
  return elements(xml, local)[0];
}

/** ExcelJS's `_xHHHH_` escape decoding of shared-string text (upper-case hex only, as ExcelJS reads it). */
export function decodeEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_m: string, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** ExcelJS's second decoding of `t="str"` values: the five named entities again (`&amp;lt;` reads as "<"). */
export function decodeNamedAgain(text: string): string {
  return text.replace(/&([a-z]*);/g, (m: string) => ({ "&lt;": "<", "&gt;": ">", "&amp;": "&", "&apos;": "'", "&quot;": '"' } as Record<string, string>)[m] ?? m);
}
