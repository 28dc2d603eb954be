/**
 * Small, dependency-free helpers for editing the XML parts of an .xlsx package as text (Node and browser):
 * escaping, relationships, sheet-name → worksheet-part mapping, and inserting a child of <worksheet> at its
 * schema position. Parts written by ExcelJS (or Excel) are well-formed, so a tag scanner is enough here.
 */
import type JSZip from "jszip";

export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Escapes text for XML element content and attribute values. */
export function xmlEscape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** Decodes the five predefined entities and numeric character references. */
export function xmlUnescape(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_m: string, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith("#x")) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith("#")) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[lower];
  });
}

/** One attribute of a start tag (unescaped); undefined when absent. */
export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(/[:.]/g, "\\$&")}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? xmlUnescape(m[2] ?? m[3] ?? "") : undefined;
}

/** A relationship of a .rels part. */
export interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** The relationships of a .rels text. */
export function parseRels(xml: string): Relationship[] {
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map(([tag]) => ({ id: attr(tag, "Id") ?? "", type: attr(tag, "Type") ?? "", target: attr(tag, "Target") ?? "" }));
}

/** Adds a relationship to a .rels text (creating the part when `xml` is null); returns the new text and Id. */
export function addRel(xml: string | null, type: string, target: string): { xml: string; id: string } {
  const base = xml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL_NS}"></Relationships>`;
  const taken = new Set(parseRels(base).map((r) => r.id));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${xmlEscape(type)}" Target="${xmlEscape(target)}"/>`;
  const withRel = /<Relationships\b[^>]*\/>/.test(base)
    ? base.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`)
    : base.replace("</Relationships>", `${rel}</Relationships>`);
  return { xml: withRel, id };
}

/** The .rels part path of a part ("xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"). */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the folder of its source part. */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = sourcePart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** Reads a part as text, or null when absent. */
export async function readPart(zip: JSZip, path: string): Promise<string | null> {
  const f = zip.file(path);
  return f ? f.async("string") : null;
}

/** Sheet name (as in workbook.xml) → worksheet part path, in workbook order. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const wb = await readPart(zip, "xl/workbook.xml");
  const rels = await readPart(zip, "xl/_rels/workbook.xml.rels");
  if (!wb || !rels) return out;
  const targets = new Map(parseRels(rels).map((r) => [r.id, resolveTarget("xl/workbook.xml", r.target)]));
  for (const [tag] of wb.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(tag, "name");
    const rid = attr(tag, "r:id");
    const part = rid ? targets.get(rid) : undefined;
    if (name !== undefined && part) out.set(name, part);
  }
  return out;
}

/** A top-level child element of the root, by local name and start offset. */
interface TopChild {
  name: string;
  start: number;
}

const TAG = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;

/** The top-level children of the document element, and where the root's end tag starts. */
function topChildren(xml: string): { children: TopChild[]; rootEnd: number } {
  const children: TopChild[] = [];
  let depth = 0;
  let rootEnd = -1;
  for (const m of xml.matchAll(TAG)) {
    if (!m[2]) continue; // comment, PI, CDATA
    const closing = m[1] === "/";
    const selfClosing = m[4] === "/";
    if (closing) {
      depth--;
      if (depth === 0) rootEnd = m.index;
    } else {
      if (depth === 1) children.push({ name: m[2].replace(/^\w+:/, ""), start: m.index });
      if (!selfClosing) depth++;
    }
  }
  return { children, rootEnd };
}

/** True when the document element has a direct child with this local name. */
export function hasTopChild(xml: string, localName: string): boolean {
  return topChildren(xml).children.some((c) => c.name === localName);
}

/** Inserts `element` as a child of the root, before the first existing child named in `before` (else at the end). */
export function insertTopChild(xml: string, element: string, before: readonly string[]): string {
  const { children, rootEnd } = topChildren(xml);
  if (rootEnd < 0) throw new Error("not a well-formed part: no closing root tag");
  const at = children.find((c) => before.includes(c.name))?.start ?? rootEnd;
  return xml.slice(0, at) + element + xml.slice(at);
}

/** Adds an Override to [Content_Types].xml text unless the part has one. */
export function addOverride(xml: string, partName: string, contentType: string): string {
  if (xml.includes(`PartName="${partName}"`)) return xml;
  return xml.replace("</Types>", `<Override PartName="${xmlEscape(partName)}" ContentType="${xmlEscape(contentType)}"/></Types>`);
}
