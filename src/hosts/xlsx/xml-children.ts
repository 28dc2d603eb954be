/**
 * Element-level edits of package XML without a DOM: the direct children of one element, as text spans. The
 * lossless writer edits only a few elements of the user's parts (workbook.xml, styles.xml) and leaves every
 * other byte of them as it was, which a parse-and-serialise round trip would not.
 */

const TAG = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;

/** One element as a span of the text: local name, start/end offsets (end exclusive) and the start tag. */
export interface Span {
  name: string;
  start: number;
  end: number;
  /** The start tag text (`<font>` or `<numFmt numFmtId="164" formatCode="0.0"/>`). */
  tag: string;
  /** Where the content starts (after the start tag) and ends (before the end tag); equal for `<x/>`. */
  innerStart: number;
  innerEnd: number;
}

/** The element children of `parent` (of the document element when omitted), in document order. */
export function childrenOf(xml: string, parent?: Span): Span[] {
  const within = parent ?? rootOf(xml);
  if (!within) return [];
  const out: Span[] = [];
  let depth = 0;
  let current: Span | null = null;
  const re = new RegExp(TAG.source, "g");
  re.lastIndex = within.innerStart;
  for (let m = re.exec(xml); m && m.index < within.innerEnd; m = re.exec(xml)) {
    if (!m[2]) continue;
    if (m[1] === "/") {
      depth--;
      if (depth === 0 && current) {
        current.innerEnd = m.index;
        current.end = m.index + m[0].length;
        out.push(current);
        current = null;
      }
      continue;
    }
    const self = m[4] === "/";
    if (depth === 0) {
      const at = m.index + m[0].length;
      const span: Span = { name: m[2].replace(/^[\w.-]+:/, ""), start: m.index, end: at, tag: m[0], innerStart: at, innerEnd: at };
      if (self) out.push(span);
      else current = span;
    }
    if (!self) depth++;
  }
  return out;
}

/** The document element as a span. */
export function rootOf(xml: string): Span | null {
  const re = new RegExp(TAG.source, "g");
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (!m[2] || m[1] === "/") continue;
    const self = m[4] === "/";
    const name = m[2];
    const close = self ? -1 : xml.lastIndexOf(`</${name}`);
    const innerStart = m.index + m[0].length;
    const innerEnd = self ? innerStart : close;
    return { name: name.replace(/^[\w.-]+:/, ""), start: m.index, end: self ? innerStart : xml.indexOf(">", close) + 1, tag: m[0], innerStart, innerEnd };
  }
  return null;
}

/** The namespace prefix of a start tag's element ("" when none): `<x:styleSheet …>` → "x". */
export function prefixOf(tag: string): string {
  const m = /^<([\w.-]+):/.exec(tag);
  return m ? m[1] : "";
}

/** The first direct child named `name` of `parent`. */
export function childNamed(xml: string, parent: Span, name: string): Span | undefined {
  return childrenOf(xml, parent).find((c) => c.name === name);
}

/** Gives unprefixed element names in `fragment` the prefix `p` (no change when `p` is empty). */
export function withPrefix(fragment: string, p: string): string {
  if (!p) return fragment;
  return fragment.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, (_m: string, slash: string, name: string) => `<${slash}${p}:${name}`);
}

/** Text with the spans replaced (spans must not overlap); `edits` in any order. */
export function splice(xml: string, edits: { start: number; end: number; text: string }[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const e of sorted) {
    out += xml.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + xml.slice(at);
}

/** Sets (or adds) an attribute on a start tag. */
export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[:.]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${value}"`);
  return tag.replace(/(\s*\/?>)$/, ` ${name}="${value}"$1`);
}

/** Removes an attribute from a start tag. */
export function removeAttr(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name.replace(/[:.]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`), "");
}
