/**
 * The markup-compatibility rules of ISO/IEC 29500-3, applied the way Excel applies them before a part is
 * checked against its schema: the `mc:Ignorable` attribute goes, so does every attribute or element in a
 * namespace listed as ignorable (e.g. `x14ac:dyDescent`), and each `mc:AlternateContent` is replaced by the
 * content of its `mc:Fallback` (nothing when it has none). Works on the text, token by token, so character
 * data passes through byte for byte.
 */

export const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";

const TOKEN = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;
const ATTR = /\s+([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')/g;

function prefixOf(qname: string): string {
  const i = qname.indexOf(":");
  return i < 0 ? "" : qname.slice(0, i);
}

function localOf(qname: string): string {
  return qname.slice(qname.indexOf(":") + 1);
}

/** Prefixes bound to the markup-compatibility namespace, and the prefixes listed as ignorable, anywhere in the part. */
function scan(xml: string): { mc: Set<string>; ignorable: Set<string> } {
  const mc = new Set<string>();
  for (const m of xml.matchAll(/\sxmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)) if (m[2] === MC_NS) mc.add(m[1]);
  const ignorable = new Set<string>();
  for (const p of mc) {
    for (const m of xml.matchAll(new RegExp(`\\s${p}:Ignorable\\s*=\\s*["']([^"']*)["']`, "g"))) for (const q of m[1].split(/\s+/)) if (q) ignorable.add(q);
  }
  return { mc, ignorable };
}

/** The part with markup compatibility processed (see the file comment); unchanged when it uses none. */
export function applyMarkupCompatibility(xml: string): string {
  const { mc, ignorable } = scan(xml);
  if (mc.size === 0) return xml;
  const dropAttr = (name: string): boolean => mc.has(prefixOf(name)) || ignorable.has(prefixOf(name));
  let out = "";
  let last = 0;
  let skip = 0; // depth inside content being dropped
  const open: ("keep" | "drop-tag")[] = []; // for kept-content elements: keep the end tag or not
  for (const m of xml.matchAll(TOKEN)) {
    const at = m.index ?? 0;
    if (skip === 0) out += xml.slice(last, at);
    last = at + m[0].length;
    const qname = m[2];
    if (!qname) {
      if (skip === 0) out += m[0];
      continue;
    }
    const closing = m[1] === "/";
    const selfClosing = m[4] === "/";
    if (skip > 0) {
      if (closing) skip--;
      else if (!selfClosing) skip++;
      continue;
    }
    if (closing) {
      if (open.pop() === "keep") out += m[0];
      continue;
    }
    const prefix = prefixOf(qname);
    const local = localOf(qname);
    const isMc = mc.has(prefix);
    if (ignorable.has(prefix) || (isMc && local === "Choice")) {
      if (!selfClosing) skip = 1;
      continue;
    }
    if (isMc && (local === "AlternateContent" || local === "Fallback")) {
      if (!selfClosing) open.push("drop-tag");
      continue;
    }
    const attrs = [...(m[3] ?? "").matchAll(ATTR)].filter((a) => !dropAttr(a[1])).map((a) => ` ${a[1]}=${a[2]}`).join("");
    out += `<${qname}${attrs}${selfClosing ? "/" : ""}>`;
    if (!selfClosing) open.push("keep");
  }
  if (skip === 0) out += xml.slice(last);
  return out;
}
