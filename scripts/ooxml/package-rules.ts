/**
 * The rules Excel adds to the schemas (a package that breaks one opens with "We found a problem with some
 * content"): every part has a content type, every relationship target and every referenced relationship id
 * exists, ids are unique (sheets, relationships, tables, defined names, drawing objects), chart references name
 * existing sheets, and no cell has two data validations or sits in two merged ranges.
 * Works on the part texts; each finding is one line naming the part.
 */
import { attr, parseRels, relsPathOf, resolveTarget, xmlUnescape } from "../../src/hosts/xlsx/package-xml";
import { parseRangeRef, type TableBounds } from "../../src/hosts/xlsx/tables";

/** A package as part name (no leading slash) → text (XML parts) or null (binary parts). */
export type PackageParts = Map<string, string | null>;

/** The content type of every part, from [Content_Types].xml; missing parts are absent. */
export function contentTypes(parts: PackageParts): Map<string, string> {
  const types = parts.get("[Content_Types].xml") ?? "";
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const [tag] of types.matchAll(/<Default\b[^>]*>/g)) defaults.set((attr(tag, "Extension") ?? "").toLowerCase(), attr(tag, "ContentType") ?? "");
  for (const [tag] of types.matchAll(/<Override\b[^>]*>/g)) overrides.set((attr(tag, "PartName") ?? "").replace(/^\//, "").toLowerCase(), attr(tag, "ContentType") ?? "");
  const out = new Map<string, string>();
  for (const name of parts.keys()) {
    if (name === "[Content_Types].xml") continue;
    const ext = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
    const type = overrides.get(name.toLowerCase()) ?? defaults.get(ext);
    if (type !== undefined) out.set(name, type);
  }
  return out;
}

/** The part a .rels part describes ("xl/_rels/workbook.xml.rels" → "xl/workbook.xml"; "_rels/.rels" → ""). */
export function sourceOfRels(relsPart: string): string {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relsPart);
  return m ? `${m[1]}${m[2]}` : "";
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

function intersects(a: TableBounds, b: TableBounds): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Pairs of overlapping ranges among `refs` (space-separated lists allowed), as "A and B". */
function overlapping(refs: string[]): string[] {
  const rects: { ref: string; owner: number; b: TableBounds }[] = [];
  refs.forEach((list, owner) => {
    for (const ref of list.split(/\s+/).filter(Boolean)) {
      const b = parseRangeRef(ref);
      if (b) rects.push({ ref, owner, b });
    }
  });
  const out: string[] = [];
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) {
      if (rects[i].owner !== rects[j].owner && intersects(rects[i].b, rects[j].b)) out.push(`${rects[i].ref} and ${rects[j].ref}`);
    }
  }
  return out;
}

/** Sheet names as Excel compares them (case-insensitive). */
function sheetNames(workbookXml: string): string[] {
  return [...workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map(([tag]) => attr(tag, "name") ?? "");
}

/** The sheet a chart/defined-name reference names ("'It''s'!$A$1" → "It's"); null when none. */
export function referencedSheet(ref: string): string | null {
  const text = ref.trim();
  const quoted = /^'((?:[^']|'')+)'!/.exec(text);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const plain = /^([^'!]+)!/.exec(text);
  return plain ? plain[1] : null;
}

/** Every Excel-rule violation of the package, one line each ("part: what is wrong"). */
export function packageRuleErrors(parts: PackageParts): string[] {
  const errors: string[] = [];
  const types = contentTypes(parts);
  const lower = new Set([...parts.keys()].map((n) => n.toLowerCase()));
  if (!parts.has("[Content_Types].xml")) errors.push("[Content_Types].xml: missing");
  for (const name of parts.keys()) if (name !== "[Content_Types].xml" && !types.has(name)) errors.push(`${name}: no content type (no Override and no Default for its extension)`);
  for (const [tag] of (parts.get("[Content_Types].xml") ?? "").matchAll(/<Override\b[^>]*>/g)) {
    const p = (attr(tag, "PartName") ?? "").replace(/^\//, "");
    if (!lower.has(p.toLowerCase())) errors.push(`[Content_Types].xml: Override for a missing part /${p}`);
  }

  // Relationships: source and targets exist, ids unique, every r:id used by the source is declared.
  for (const [name, xml] of parts) {
    if (!name.endsWith(".rels") || xml === null) continue;
    const source = sourceOfRels(name);
    if (source && !parts.has(source)) errors.push(`${name}: relationships of a missing part ${source}`);
    const rels = parseRels(xml);
    for (const d of duplicates(rels.map((r) => r.id))) errors.push(`${name}: relationship id ${d} used twice`);
    for (const [tag] of xml.matchAll(/<Relationship\b[^>]*>/g)) {
      if (attr(tag, "TargetMode") === "External") continue;
      const target = attr(tag, "Target") ?? "";
      const resolved = resolveTarget(source || "x", target);
      if (!parts.has(resolved)) errors.push(`${name}: ${attr(tag, "Id")} points to a missing part ${resolved}`);
    }
    const body = source ? parts.get(source) : null;
    if (body) {
      const declared = new Set(rels.map((r) => r.id));
      for (const m of body.matchAll(/\sr:(?:id|embed|link|pict)\s*=\s*"([^"]*)"/g)) if (!declared.has(m[1])) errors.push(`${source}: r:id ${m[1]} has no relationship`);
    }
  }
  for (const [name, xml] of parts) {
    if (xml === null || name.endsWith(".rels") || name === "[Content_Types].xml") continue;
    if (/\sr:(?:id|embed|link)\s*=/.test(xml) && !parts.has(relsPathOf(name))) errors.push(`${name}: uses r:id but has no relationships part`);
  }

  // Workbook: unique sheet names, sheetIds, r:ids; defined names unique per scope; references to existing sheets.
  const wb = parts.get("xl/workbook.xml");
  const names = wb ? sheetNames(wb) : [];
  if (wb) {
    const tags = [...wb.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map(([t]) => t);
    for (const d of duplicates(names.map((n) => n.toLowerCase()))) errors.push(`xl/workbook.xml: sheet name "${d}" used twice`);
    for (const d of duplicates(tags.map((t) => attr(t, "sheetId") ?? ""))) errors.push(`xl/workbook.xml: sheetId ${d} used twice`);
    for (const d of duplicates(tags.map((t) => attr(t, "r:id") ?? ""))) errors.push(`xl/workbook.xml: r:id ${d} used by two sheets`);
    const defined = [...wb.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)];
    for (const d of duplicates(defined.map((m) => `${(attr(m[0], "name") ?? "").toLowerCase()}@${attr(m[0], "localSheetId") ?? ""}`))) errors.push(`xl/workbook.xml: defined name ${d.replace(/@$/, "")} defined twice`);
    for (const m of defined) {
      const sheet = referencedSheet(xmlUnescape(m[2]));
      if (sheet && !/^#REF/.test(sheet) && !names.some((n) => n.toLowerCase() === sheet.toLowerCase())) errors.push(`xl/workbook.xml: defined name ${attr(m[0], "name")} refers to a missing sheet "${sheet}"`);
    }
  }

  // Tables: ids and names unique in the workbook; table ranges on one sheet do not overlap.
  const tableParts = [...parts].filter(([n, x]) => /^xl\/tables\/[^/]+\.xml$/.test(n) && x !== null) as [string, string][];
  const tableTags = tableParts.map(([n, x]) => ({ part: n, tag: /<(?:\w+:)?table\b[^>]*>/.exec(x)?.[0] ?? "" }));
  for (const d of duplicates(tableTags.map((t) => attr(t.tag, "id") ?? ""))) errors.push(`xl/tables: table id ${d} used twice`);
  for (const d of duplicates(tableTags.flatMap((t) => [attr(t.tag, "name"), attr(t.tag, "displayName")].filter((v, i, a): v is string => !!v && a.indexOf(v) === i)).map((v) => v.toLowerCase()))) {
    errors.push(`xl/tables: table name ${d} used twice`);
  }

  // Worksheets: one data validation per cell, merged ranges disjoint, tables of the sheet disjoint.
  for (const [name, xml] of parts) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name) || xml === null) continue;
    const sqrefs = [
      ...[...xml.matchAll(/<dataValidation\b[^>]*>/g)].map(([t]) => attr(t, "sqref") ?? ""),
      ...[...xml.matchAll(/<xm:sqref>([^<]*)<\/xm:sqref>/g)].map((m) => m[1]),
    ];
    for (const o of overlapping(sqrefs)) errors.push(`${name}: data validations ${o} overlap (at most one validation per cell)`);
    const merges = [...xml.matchAll(/<mergeCell\b[^>]*>/g)].map(([t]) => attr(t, "ref") ?? "");
    for (const o of overlapping(merges)) errors.push(`${name}: merged ranges ${o} overlap`);
    const rels = parseRels(parts.get(relsPathOf(name)) ?? "");
    const refs = rels
      .filter((r) => r.type.endsWith("/table"))
      .map((r) => parts.get(resolveTarget(name, r.target)))
      .map((x) => (x ? attr(/<(?:\w+:)?table\b[^>]*>/.exec(x)?.[0] ?? "", "ref") ?? "" : ""));
    for (const o of overlapping(refs)) errors.push(`${name}: tables ${o} overlap`);
  }

  // Drawings: object ids unique within a drawing. Charts: every c:f names an existing sheet.
  for (const [name, xml] of parts) {
    if (xml === null) continue;
    if (/^xl\/drawings\/[^/]+\.xml$/.test(name)) {
      const ids = [...xml.matchAll(/<(?:\w+:)?cNvPr\b[^>]*>/g)].map(([t]) => attr(t, "id") ?? "");
      for (const d of duplicates(ids)) errors.push(`${name}: drawing object id ${d} used twice`);
    }
    if (/^xl\/charts\/[^/]+\.xml$/.test(name)) {
      for (const m of xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)) {
        const sheet = referencedSheet(xmlUnescape(m[1]));
        if (sheet === null) errors.push(`${name}: chart reference ${m[1]} names no sheet`);
        else if (!names.some((n) => n.toLowerCase() === sheet.toLowerCase())) errors.push(`${name}: chart reference ${xmlUnescape(m[1])} names a missing sheet "${sheet}"`);
      }
    }
  }
  return errors;
}
