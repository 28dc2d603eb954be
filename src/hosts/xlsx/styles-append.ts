/**
 * Appending the formats of generated sheets to the user's `xl/styles.xml`. Existing entries keep their index
 * (cells of user sheets point at them by number), so nothing is renumbered: each format the generated sheets
 * use is matched to an identical existing entry (same XML text), or appended at the end of its list. Reruns
 * therefore reuse what an earlier run appended instead of growing the file.
 */
import { attr, xmlEscape } from "./package-xml";
import { childNamed, childrenOf, prefixOf, rootOf, setAttr, splice, withPrefix, type Span } from "./xml-children";

/** CT_Stylesheet children, in schema order. */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

/** Index maps from the generated package's styles to the merged styles. */
export interface StyleMaps {
  /** cellXfs index (the `s` attribute of cells, rows and `style` of columns). */
  xf: (i: number) => number;
  /** dxfs index (conditional formats, table parts). */
  dxf: (i: number) => number;
}

function listOf(xml: string, root: Span, name: string): string[] {
  const el = childNamed(xml, root, name);
  return el ? childrenOf(xml, el).map((c) => xml.slice(c.start, c.end)) : [];
}

/** Strips a namespace prefix from element names so entries compare equal whatever prefix their file uses. */
function bare(el: string): string {
  return el.replace(/<(\/?)[\w.-]+:/g, "<$1");
}

/** Appends `add` to the entries of `user`, reusing equal ones; returns the index map and the entries to append. */
function mergeList(user: string[], add: string[]): { map: number[]; appended: string[] } {
  const index = new Map<string, number>();
  user.forEach((e, i) => {
    const k = bare(e);
    if (!index.has(k)) index.set(k, i);
  });
  const appended: string[] = [];
  const map = add.map((e) => {
    const k = bare(e);
    let i = index.get(k);
    if (i === undefined) {
      i = user.length + appended.length;
      appended.push(e);
      index.set(k, i);
    }
    return i;
  });
  return { map, appended };
}

const remapAttrs = (el: string, maps: Record<string, (n: number) => number>): string =>
  el.replace(/\s(numFmtId|fontId|fillId|borderId|xfId)="(\d+)"/g, (m: string, name: string, v: string) => (maps[name] ? ` ${name}="${maps[name](Number(v))}"` : m));

/**
 * The user's styles.xml with the generated package's fonts, fills, borders, number formats, cell formats and
 * dxfs merged in; the index maps translate the generated sheets' style references.
 */
export function appendStyles(userXml: string, genXml: string): { xml: string; maps: StyleMaps } {
  const uRoot = rootOf(userXml);
  const gRoot = rootOf(genXml);
  if (!uRoot || !gRoot) throw new Error("styles part without a root element");
  const p = prefixOf(uRoot.tag);

  // Number formats: built-in ids (< 164) stay; a custom code reuses the user's id for the same code, else a new id.
  const userFmts = listOf(userXml, uRoot, "numFmts");
  const codeToId = new Map<string, number>();
  let maxId = 163;
  for (const f of userFmts) {
    const id = Number(attr(f, "numFmtId"));
    if (Number.isFinite(id)) {
      maxId = Math.max(maxId, id);
      const code = attr(f, "formatCode");
      if (code !== undefined && !codeToId.has(code)) codeToId.set(code, id);
    }
  }
  const fmtMap = new Map<number, number>();
  const newFmts: string[] = [];
  for (const f of listOf(genXml, gRoot, "numFmts")) {
    const id = Number(attr(f, "numFmtId"));
    const code = attr(f, "formatCode") ?? "General";
    let to = codeToId.get(code);
    if (to === undefined) {
      to = ++maxId;
      codeToId.set(code, to);
      newFmts.push(`<numFmt numFmtId="${to}" formatCode="${xmlEscape(code)}"/>`);
    }
    fmtMap.set(id, to);
  }

  const lists: Record<string, { map: number[]; appended: string[] }> = {};
  for (const name of ["fonts", "fills", "borders", "dxfs"]) lists[name] = mergeList(listOf(userXml, uRoot, name), listOf(genXml, gRoot, name));
  const at = (m: number[]) => (i: number) => m[i] ?? 0;
  const xfs = listOf(genXml, gRoot, "cellXfs").map((x) =>
    remapAttrs(x, { numFmtId: (n) => fmtMap.get(n) ?? n, fontId: at(lists.fonts.map), fillId: at(lists.fills.map), borderId: at(lists.borders.map), xfId: () => 0 }),
  );
  lists.cellXfs = mergeList(listOf(userXml, uRoot, "cellXfs"), xfs);
  lists.numFmts = { map: [], appended: newFmts };

  // Append to each list (creating the list element at its schema position when the user's file has none).
  const edits: { start: number; end: number; text: string }[] = [];
  const children = childrenOf(userXml, uRoot);
  for (const name of ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"]) {
    const added = lists[name].appended;
    if (!added.length) continue;
    const text = withPrefix(added.join(""), p);
    const el = children.find((c) => c.name === name);
    if (el) {
      const count = childrenOf(userXml, el).length + added.length;
      const open = el.innerStart === el.end ? el.tag.replace(/\s*\/>$/, ">") : el.tag;
      const close = el.innerStart === el.end ? `</${p ? `${p}:` : ""}${name}>` : userXml.slice(el.innerEnd, el.end);
      edits.push({ start: el.start, end: el.end, text: setAttr(open, "count", String(count)) + userXml.slice(el.innerStart, el.innerEnd) + text + close });
    } else {
      const rank = ORDER.indexOf(name);
      const next = children.find((c) => ORDER.indexOf(c.name) > rank);
      const q = p ? `${p}:` : "";
      const pos = next ? next.start : uRoot.innerEnd;
      edits.push({ start: pos, end: pos, text: `<${q}${name} count="${added.length}">${text}</${q}${name}>` });
    }
  }
  const xml = edits.length ? splice(userXml, edits) : userXml;
  return { xml, maps: { xf: at(lists.cellXfs.map), dxf: at(lists.dxfs.map) } };
}
