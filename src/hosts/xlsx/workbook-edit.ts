/**
 * The edits the lossless writer makes to `xl/workbook.xml` and `docProps/app.xml`: the `<sheets>` list in its new
 * order (user sheets' entries kept verbatim), defined names (ownership names rewritten, sheet-scoped names
 * following their sheet), the active/first tab, and the sheet titles of the document properties.
 */
import { OWNED_PREFIX, refToA1 as a1RefOf } from "../ownership";
import { attr, xmlEscape, xmlUnescape } from "./package-xml";
import { childNamed, childrenOf, prefixOf, removeAttr, rootOf, setAttr, splice, withPrefix } from "./xml-children";

/** One `<sheet>` entry of workbook.xml. */
export interface SheetEntry {
  name: string;
  sheetId: number;
  rid: string;
  /** The entry's text, as in the file. */
  text: string;
}

const REL_NAMESPACES = ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"];

/** The prefix bound to the relationships namespace on the root ("r" in files Excel writes). */
export function relPrefix(wbXml: string): string {
  const root = rootOf(wbXml);
  for (const m of (root?.tag ?? "").matchAll(/\sxmlns:([\w.-]+)\s*=\s*"([^"]*)"/g)) if (REL_NAMESPACES.includes(m[2])) return m[1];
  return "r";
}

/** The `<sheet>` entries in order. */
export function sheetEntries(wbXml: string): SheetEntry[] {
  const root = rootOf(wbXml);
  const sheets = root ? childNamed(wbXml, root, "sheets") : undefined;
  if (!sheets) return [];
  const rp = relPrefix(wbXml);
  return childrenOf(wbXml, sheets)
    .filter((s) => s.name === "sheet")
    .map((s) => ({ name: attr(s.tag, "name") ?? "", sheetId: Number(attr(s.tag, "sheetId") ?? 0), rid: attr(s.tag, `${rp}:id`) ?? "", text: wbXml.slice(s.start, s.end) }));
}

/** The new workbook: sheets in `order` (entries), `oldIndex` of each (-1 for new), ownership names as given. */
export interface WorkbookEdit {
  order: { entry: SheetEntry; oldIndex: number }[];
  owned: { key: string; sheet: string }[];
  /** Sheet-scoped names of the generated sheets (print titles and areas), as `<definedName>` elements scoped to their new index. */
  generatedNames?: string[];
}

/**
 * The sheet-scoped defined names of a rendered package (`_xlnm.Print_Titles`, `_xlnm.Print_Area`), re-scoped to the
 * index each sheet takes in the output (`indexOf` by sheet name; names of sheets not in the output are dropped).
 */
export function scopedNames(renderedWbXml: string, indexOf: (sheet: string) => number | undefined): string[] {
  const root = rootOf(renderedWbXml);
  const names = root ? childNamed(renderedWbXml, root, "definedNames") : undefined;
  if (!names) return [];
  const sheets = sheetEntries(renderedWbXml);
  return childrenOf(renderedWbXml, names).flatMap((n) => {
    const local = attr(n.tag, "localSheetId");
    const sheet = local === undefined ? undefined : sheets[Number(local)]?.name;
    const to = sheet === undefined ? undefined : indexOf(sheet);
    if (to === undefined) return [];
    const text = renderedWbXml.slice(n.start, n.end);
    return [setAttr(n.tag, "localSheetId", String(to)) + text.slice(n.tag.length)];
  });
}

/** CT_Workbook children after <definedNames> (a new <definedNames> goes before the first present). */
const AFTER_NAMES = ["calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];

/** workbook.xml with the new sheet list, names and views. */
export function editWorkbook(wbXml: string, edit: WorkbookEdit): string {
  const root = rootOf(wbXml);
  if (!root) throw new Error("workbook part without a root element");
  const p = prefixOf(root.tag);
  const q = p ? `${p}:` : "";
  const children = childrenOf(wbXml, root);
  const newIndex = new Map<number, number>();
  edit.order.forEach((s, i) => {
    if (s.oldIndex >= 0) newIndex.set(s.oldIndex, i);
  });
  const edits: { start: number; end: number; text: string }[] = [];

  const sheets = children.find((c) => c.name === "sheets");
  if (!sheets) throw new Error("workbook part without <sheets>");
  edits.push({ start: sheets.innerStart, end: sheets.innerEnd, text: edit.order.map((s) => s.entry.text).join("") });

  // Defined names: ownership names rewritten; a sheet-scoped name follows its sheet, or goes with it.
  const names = children.find((c) => c.name === "definedNames");
  const kept: string[] = [];
  if (names) {
    for (const n of childrenOf(wbXml, names)) {
      const text = wbXml.slice(n.start, n.end);
      if ((attr(n.tag, "name") ?? "").toLowerCase().startsWith(OWNED_PREFIX.toLowerCase())) continue;
      const local = attr(n.tag, "localSheetId");
      if (local === undefined) {
        kept.push(text);
        continue;
      }
      const to = newIndex.get(Number(local));
      if (to === undefined) continue;
      kept.push(to === Number(local) ? text : setAttr(n.tag, "localSheetId", String(to)) + text.slice(n.tag.length));
    }
  }
  const owned = edit.owned.map((o) => withPrefix(`<definedName name="${xmlEscape(OWNED_PREFIX + o.key)}">${xmlEscape(a1RefOf(o.sheet))}</definedName>`, p));
  const generated = (edit.generatedNames ?? []).map((x) => withPrefix(x, p));
  const allNames = [...kept, ...generated, ...owned];
  const block = allNames.length ? `<${q}definedNames>${allNames.join("")}</${q}definedNames>` : "";
  if (names) edits.push({ start: names.start, end: names.end, text: block });
  else if (block) {
    const next = children.find((c) => AFTER_NAMES.includes(c.name));
    const at = next ? next.start : root.innerEnd;
    edits.push({ start: at, end: at, text: block });
  }

  // Views: the active and first visible tab follow their sheet (the first sheet when it went).
  const views = children.find((c) => c.name === "bookViews");
  if (views) {
    for (const v of childrenOf(wbXml, views)) {
      let tag = v.tag;
      for (const a of ["activeTab", "firstSheet"]) {
        const old = attr(tag, a);
        if (old === undefined) continue;
        const to = newIndex.get(Number(old)) ?? 0;
        tag = to === 0 ? removeAttr(tag, a) : setAttr(tag, a, String(to));
      }
      if (tag !== v.tag) edits.push({ start: v.start, end: v.start + v.tag.length, text: tag });
    }
  }
  return splice(wbXml, edits);
}

/**
 * docProps/app.xml with the worksheet titles replaced: the HeadingPairs entry whose titles are exactly the old
 * sheet names gets the new names and count (Excel localises the entry's label, so it is found by its titles).
 * Unchanged when no such entry is found.
 */
export function editAppXml(xml: string, oldNames: string[], newNames: string[]): string {
  const pairs = /<(?:[\w.-]+:)?HeadingPairs>([\s\S]*?)<\/(?:[\w.-]+:)?HeadingPairs>/.exec(xml);
  const titles = /<(?:[\w.-]+:)?TitlesOfParts>([\s\S]*?)<\/(?:[\w.-]+:)?TitlesOfParts>/.exec(xml);
  if (!pairs || !titles) return xml;
  const counts = [...pairs[1].matchAll(/<(?:[\w.-]+:)?i4>(\d+)<\/(?:[\w.-]+:)?i4>/g)];
  const items = [...titles[1].matchAll(/<((?:[\w.-]+:)?)lpstr>([\s\S]*?)<\/(?:[\w.-]+:)?lpstr>/g)];
  let offset = 0;
  for (const c of counts) {
    const n = Number(c[1]);
    const slice = items.slice(offset, offset + n).map((m) => xmlUnescape(m[2]));
    if (n === oldNames.length && slice.every((s, i) => s === oldNames[i]) && items.length >= offset + n) {
      const vp = items[0]?.[1] ?? "vt:";
      const before = items.slice(0, offset).map((m) => m[0]).join("");
      const after = items.slice(offset + n).map((m) => m[0]).join("");
      const mine = newNames.map((s) => `<${vp}lpstr>${xmlEscape(s)}</${vp}lpstr>`).join("");
      const total = items.length - n + newNames.length;
      const vector = /<((?:[\w.-]+:)?)vector\b([^>]*)>/.exec(titles[1]);
      if (!vector) return xml;
      const vectorTag = vector[0].replace(/size="\d+"/, `size="${total}"`);
      const newTitles = titles[0].replace(titles[1], () => `${vectorTag}${before}${mine}${after}</${vector[1]}vector>`);
      const pairStart = pairs.index + pairs[0].indexOf(pairs[1]) + (c.index ?? 0);
      const newPairs = xml.slice(0, pairStart) + c[0].replace(/>\d+</, `>${newNames.length}<`) + xml.slice(pairStart + c[0].length);
      return newPairs.replace(titles[0], () => newTitles);
    }
    offset += n;
  }
  return xml;
}
