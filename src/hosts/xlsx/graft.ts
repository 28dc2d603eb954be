/**
 * The lossless writer: the user's original package with only the generated parts added or replaced. The
 * generated sheets are rendered into a separate package (ExcelJS + native charts); their worksheet parts and
 * everything those point at (tables, drawings, charts) move into the original under free part names, with
 * styles appended to the user's styles.xml and strings inlined. workbook.xml (sheets, names), its .rels,
 * [Content_Types].xml, docProps/app.xml and, when sheets went, calcChain.xml are edited; every other part keeps
 * its bytes. Parts that only replaced sheets used are removed, so a rerun leaves no orphans.
 */
import JSZip from "jszip";
import { patchCells, type CellEdit } from "./cell-patch";
import { packageBytes } from "./package-out";
import { pakoDeflate, type Checksum, type Deflate, type PackedPart } from "./zip-write";
import { rewriteSheet, rewriteTable, sharedStringItems } from "./generated-parts";
import { addRel, attr, parseRels, readPart, relsPathOf, resolveTarget, xmlEscape } from "./package-xml";
import { closure, contentTypeOf, dropOverrides, officeDocument, PartNames, reachable, relativeTarget, setContentType } from "./part-graph";
import { appendStyles, type StyleMaps } from "./styles-append";
import { prefixOf, rootOf } from "./xml-children";
import { editAppXml, editWorkbook, relPrefix, scopedNames, sheetEntries, type SheetEntry } from "./workbook-edit";

/** A sheet of the output: a user sheet kept as it is (by its name in the original), or a generated one. */
type SheetSlot = { kind: "kept"; name: string } | { kind: "generated"; name: string };

/** A generated sheet (by its name, as in the rendered package) and the original sheet whose place it takes, if any. */
export interface GeneratedSheet {
  name: string;
  replaces?: string;
}

/**
 * What to write: the generated sheets (in order; one that replaces an original sheet takes its place, the others
 * go at the end), original sheets removed without a replacement, and ownership. Every other sheet of the
 * original is kept, including those the reader did not model (chart sheets, macro sheets).
 */
export interface GraftInput {
  original: Uint8Array;
  /** The rendered package, as bytes or as its parts (path → text or bytes). */
  rendered: Uint8Array | readonly (readonly [string, string | Uint8Array])[];
  generated: GeneratedSheet[];
  removed: string[];
  owned: { key: string; sheet: string }[];
  /** Cell values set in kept user sheets (by their name), patched into their parts. */
  edits?: { sheet: string; cells: CellEdit[] }[];
  /** The deflater of new and changed parts (default pako's; the CLI passes Node's zlib). */
  deflate?: Deflate;
  /** The CRC-32 of new and changed parts (default zip-write.ts's; the CLI passes Node's). */
  checksum?: Checksum;
  /**
   * Set when `rendered` was rendered into this package (plan-xml's RenderTarget): its styles part is the user's with
   * the generated formats appended (`changed` false when nothing was), and its sheets already index it, so they move
   * in as they are.
   */
  merged?: { changed: boolean };
  /** Worksheet parts of `rendered` already packed, by their path there (plan-xml's RenderedPlans.packed). */
  packed?: ReadonlyMap<string, Promise<PackedPart>>;
}

const TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

const need = <T>(v: T | null | undefined, what: string): T => {
  if (v === null || v === undefined) throw new Error(`the package has no ${what}`);
  return v;
};

/** Removes the relationships with these Ids from a .rels text. */
function dropRels(xml: string, ids: Set<string>): string {
  return xml.replace(/<(?:[\w.-]+:)?Relationship\b[^>]*?(?:\/>|>\s*<\/(?:[\w.-]+:)?Relationship>)/g, (tag: string) => (ids.has(attr(tag, "Id") ?? "") ? "" : tag));
}

/** calcChain.xml without the cells of removed sheets (by sheetId); null when nothing is left. */
function filterCalcChain(xml: string, removedIds: Set<number>): string | null {
  let current = 0;
  let left = 0;
  const out = xml.replace(/<(?:[\w.-]+:)?c\b[^>]*?\/>/g, (tag: string) => {
    const i = attr(tag, "i");
    if (i !== undefined) current = Number(i);
    if (removedIds.has(current)) return "";
    left++;
    return i !== undefined ? tag : tag.replace(/\s*\/>$/, ` i="${current}"/>`);
  });
  return left ? out : null;
}

/** A package held in memory as its parts (nothing compressed or parsed). */
function zipOfParts(parts: readonly (readonly [string, string | Uint8Array])[]): JSZip {
  const zip = new JSZip();
  for (const [name, data] of parts) zip.file(name, data);
  return zip;
}

/** The highest table id among the package's table parts. */
async function maxTableId(zip: JSZip, types: string): Promise<number> {
  let max = 0;
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name].dir || contentTypeOf(types, name) !== TABLE_TYPE) continue;
    const head = ((await readPart(zip, name)) ?? "").slice(0, 2000);
    const m = /<(?:[\w.-]+:)?table\b[^>]*?\sid="(\d+)"/.exec(head);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max;
}

/** The original package with the generated sheets of `rendered` grafted in, as bytes. */
export async function graftPackage(input: GraftInput): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(input.original);
  const gen = input.rendered instanceof Uint8Array ? await JSZip.loadAsync(input.rendered) : zipOfParts(input.rendered);
  const wbPath = need(await officeDocument(zip), "workbook part");
  const wbRelsPath = relsPathOf(wbPath);
  let wbXml = need(await readPart(zip, wbPath), wbPath);
  let wbRels = need(await readPart(zip, wbRelsPath), wbRelsPath);
  let types = need(await readPart(zip, "[Content_Types].xml"), "[Content_Types].xml");
  const genTypes = need(await readPart(gen, "[Content_Types].xml"), "rendered content types");
  const rp = relPrefix(wbXml);
  const wp = prefixOf(rootOf(wbXml)?.tag ?? "") ? `${prefixOf(rootOf(wbXml)?.tag ?? "")}:` : "";

  // The original sheets, and which go (replaced generated sheets).
  const relTargetOf = new Map(parseRels(wbRels).map((r) => [r.id, resolveTarget(wbPath, r.target)]));
  const old = sheetEntries(wbXml);
  const replacing = new Map(input.generated.filter((g) => g.replaces !== undefined).map((g) => [g.replaces as string, g.name]));
  const dropped = new Set(input.removed);
  const slots: SheetSlot[] = [];
  for (const s of old) {
    const g = replacing.get(s.name);
    if (g !== undefined) slots.push({ kind: "generated", name: g });
    else if (!dropped.has(s.name)) slots.push({ kind: "kept", name: s.name });
  }
  for (const g of input.generated) if (g.replaces === undefined || !old.some((s) => s.name === g.replaces)) slots.push({ kind: "generated", name: g.name });
  const keptNames = new Set(slots.filter((s) => s.kind === "kept").map((s) => s.name));
  const removed = old.filter((s) => !keptNames.has(s.name));
  const removedParts = removed.map((s) => relTargetOf.get(s.rid)).filter((p): p is string => !!p);
  const candidates = await closure(zip, removedParts);
  wbRels = dropRels(wbRels, new Set(removed.map((s) => s.rid)));

  // Styles: the generated package's formats appended to the user's.
  const stylesRel = parseRels(wbRels).find((r) => /\/styles$/.test(r.type));
  const stylesPath = stylesRel ? resolveTarget(wbPath, stylesRel.target) : null;
  const userStyles = stylesPath ? await readPart(zip, stylesPath) : null;
  const genStyles = need(await readPart(gen, "xl/styles.xml"), "rendered styles");
  let maps: StyleMaps = { xf: (i) => i, dxf: (i) => i };
  if (input.merged && stylesPath && userStyles) {
    if (input.merged.changed) zip.file(stylesPath, genStyles);
  } else if (stylesPath && userStyles) {
    const merged = appendStyles(userStyles, genStyles);
    maps = merged.maps;
    if (merged.xml !== userStyles) zip.file(stylesPath, merged.xml);
  } else {
    // A workbook without a styles part (rare: hand-made packages) takes the rendered one whole.
    const path = stylesPath ?? "xl/styles.xml";
    zip.file(path, genStyles);
    types = setContentType(types, path, need(contentTypeOf(genTypes, "xl/styles.xml"), "styles content type"));
    if (!stylesRel) wbRels = addRel(wbRels, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", relativeTarget(wbPath, path)).xml;
  }

  // Generated sheets and the parts they reach move in under free names.
  const strings = sharedStringItems(await readPart(gen, "xl/sharedStrings.xml"));
  const genWb = need(await readPart(gen, "xl/workbook.xml"), "rendered workbook");
  const genRels = parseRels(need(await readPart(gen, "xl/_rels/workbook.xml.rels"), "rendered workbook rels"));
  const genSheetPart = new Map(sheetEntries(genWb).map((s) => [s.name, resolveTarget("xl/workbook.xml", genRels.find((r) => r.id === s.rid)?.target ?? "")]));
  const names = new PartNames(Object.keys(zip.files));
  let tableId = await maxTableId(zip, types);
  let sheetId = Math.max(0, ...old.map((s) => s.sheetId));
  const entries = new Map<string, SheetEntry>();
  const packed = new Map<string, Promise<PackedPart>>();
  for (const slot of slots) {
    if (slot.kind !== "generated") continue;
    const root = need(genSheetPart.get(slot.name), `rendered sheet "${slot.name}"`);
    const moved = new Map<string, string>();
    for (const part of await closure(gen, [root])) if (gen.file(part)) moved.set(part, names.free(part === root ? "xl/worksheets/sheet.xml" : part));
    for (const [from, to] of moved) {
      const type = need(contentTypeOf(genTypes, from), `content type of ${from}`);
      const early = from === root ? input.packed?.get(from) : undefined;
      if (early) {
        zip.file(to, "");
        packed.set(to, early);
      } else if (from === root && input.merged) zip.file(to, await (gen.file(from) as JSZip.JSZipObject).async("uint8array"));
      else if (from === root) zip.file(to, rewriteSheet(need(await readPart(gen, from), from), maps, strings));
      else if (type === TABLE_TYPE) zip.file(to, rewriteTable(need(await readPart(gen, from), from), ++tableId, maps));
      else zip.file(to, await (gen.file(from) as JSZip.JSZipObject).async("uint8array"));
      types = setContentType(types, to, type);
      const rels = await readPart(gen, relsPathOf(from));
      if (rels) {
        const fixed = rels.replace(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g, (tag: string) => {
          if ((attr(tag, "TargetMode") ?? "") === "External") return tag;
          const target = moved.get(resolveTarget(from, attr(tag, "Target") ?? ""));
          return target ? tag.replace(/\sTarget="[^"]*"/, ` Target="${xmlEscape(relativeTarget(to, target))}"`) : tag;
        });
        zip.file(relsPathOf(to), fixed);
      }
    }
    const added = addRel(wbRels, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", relativeTarget(wbPath, moved.get(root) as string));
    wbRels = added.xml;
    types = setContentType(types, moved.get(root) as string, SHEET_TYPE);
    const id = ++sheetId;
    entries.set(slot.name, { name: slot.name, sheetId: id, rid: added.id, text: `<${wp}sheet name="${xmlEscape(slot.name)}" sheetId="${id}" ${rp}:id="${added.id}"/>` });
  }

  // Values set in kept user sheets (settings saved on the user's own sheet).
  for (const e of input.edits ?? []) {
    const entry = old.find((s) => s.name === e.sheet);
    const part = entry ? relTargetOf.get(entry.rid) : undefined;
    const xml = part ? await readPart(zip, part) : null;
    if (part && xml) zip.file(part, patchCells(xml, e.cells));
  }

  // workbook.xml, app.xml, calcChain.
  const oldIndex = new Map(old.map((s, i) => [s.name, i]));
  const order = slots.map((slot) =>
    slot.kind === "kept"
      ? { entry: old[oldIndex.get(slot.name) ?? -1] ?? need(null, `sheet "${slot.name}"`), oldIndex: oldIndex.get(slot.name) ?? -1 }
      : { entry: entries.get(slot.name) as SheetEntry, oldIndex: -1 },
  );
  const newIndex = new Map(order.map((o, i) => [o.entry.name, i]));
  const generatedNames = scopedNames(genWb, (sheet) => (entries.has(sheet) ? newIndex.get(sheet) : undefined));
  wbXml = editWorkbook(wbXml, { order, owned: input.owned, generatedNames });
  zip.file(wbPath, wbXml);

  const app = await readPart(zip, "docProps/app.xml");
  if (app) {
    const edited = editAppXml(app, old.map((s) => s.name), order.map((o) => o.entry.name));
    if (edited !== app) zip.file("docProps/app.xml", edited);
  }
  const calcRel = parseRels(wbRels).find((r) => /\/calcChain$/.test(r.type));
  if (calcRel && removed.length) {
    const calcPath = resolveTarget(wbPath, calcRel.target);
    const calc = await readPart(zip, calcPath);
    const filtered = calc ? filterCalcChain(calc, new Set(removed.map((s) => s.sheetId))) : null;
    if (filtered === null) {
      wbRels = dropRels(wbRels, new Set([calcRel.id]));
      candidates.add(calcPath);
    } else if (filtered !== calc) zip.file(calcPath, filtered);
  }
  zip.file(wbRelsPath, wbRels);

  // Parts that only the removed sheets reached go, with their relationships and content types.
  zip.file("[Content_Types].xml", types);
  const live = await reachable(zip);
  const gone = new Set([...candidates].filter((p) => !live.has(p) && zip.file(p)));
  for (const p of gone) {
    zip.remove(p);
    zip.remove(relsPathOf(p));
  }
  if (gone.size) zip.file("[Content_Types].xml", dropOverrides(types, gone));
  return packageBytes(zip, { deflate: input.deflate ?? pakoDeflate, checksum: input.checksum, packed });
}
