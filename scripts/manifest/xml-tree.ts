/**
 * A small, ordered XML element tree with line numbers, built on fast-xml-parser, for the offline
 * manifest validator. Well-formedness errors come back as located messages.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

/** One XML element: local name (prefix stripped), qualified name, attributes, children in document order. */
export interface XmlElement {
  name: string;
  qname: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

/** Result of parsing: the root element, or the located well-formedness error. */
export type ParseResult = { ok: true; root: XmlElement } | { ok: false; line: number; column: number; message: string };

type OrderedNode = Record<string, unknown>;

/** Line number (1-based) of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function localName(qname: string): string {
  const i = qname.indexOf(":");
  return i < 0 ? qname : qname.slice(i + 1);
}

function toElement(node: OrderedNode, xml: string, meta: symbol): XmlElement | null {
  const qname = Object.keys(node).find((k) => k !== ":@" && k !== "#text" && !k.startsWith("?"));
  if (!qname) return null;
  const attrs = (node[":@"] as Record<string, string> | undefined) ?? {};
  const rawChildren = (node[qname] as OrderedNode[] | undefined) ?? [];
  const children: XmlElement[] = [];
  let text = "";
  for (const child of rawChildren) {
    if ("#text" in child) text += String(child["#text"]);
    const el = toElement(child, xml, meta);
    if (el) children.push(el);
  }
  const info = (node as Record<symbol, { startIndex?: number } | undefined>)[meta];
  return {
    name: localName(qname),
    qname,
    attrs: { ...attrs },
    children,
    text: text.trim(),
    line: lineAt(xml, info?.startIndex ?? 0),
  };
}

/** Parses XML text into an ordered element tree, or reports where it is not well-formed. */
export function parseXml(xml: string): ParseResult {
  const check = XMLValidator.validate(xml, { allowBooleanAttributes: false });
  if (check !== true) {
    return { ok: false, line: check.err.line, column: check.err.col, message: check.err.msg };
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
    captureMetaData: true,
  });
  const nodes = parser.parse(xml) as OrderedNode[];
  const meta = XMLParser.getMetaDataSymbol() as unknown as symbol;
  for (const node of nodes) {
    const el = toElement(node, xml, meta);
    if (el) return { ok: true, root: el };
  }
  return { ok: false, line: 1, column: 1, message: "no root element" };
}

/** All descendants (depth first, document order) of an element, excluding itself. */
export function descendants(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** First child with the given local name, if any. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

/** Follows a path of local names from an element (first match at each step). */
export function path(el: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  return names.reduce<XmlElement | undefined>((cur, n) => child(cur, n), el);
}
