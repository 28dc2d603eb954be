/**
 * The relationship graph of a package: which parts a part points at, what is reachable from the package root,
 * free part names, relative targets and content types. Used by the lossless writer to move generated parts in
 * and to drop, on a rerun, exactly the parts only the replaced sheets used.
 */
import type JSZip from "jszip";
import { attr, parseRels, readPart, relsPathOf, resolveTarget, xmlEscape } from "./package-xml";

/** The internal relationship targets of a part (package paths), in order. */
export async function targetsOf(zip: JSZip, part: string): Promise<string[]> {
  const rels = await readPart(zip, relsPathOf(part));
  if (!rels) return [];
  return [...rels.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)]
    .filter(([tag]) => (attr(tag, "TargetMode") ?? "Internal") !== "External")
    .map(([tag]) => resolveTarget(part, attr(tag, "Target") ?? ""))
    .filter((t) => t !== "");
}

/** Every part reachable from `roots` through relationships (roots included); loops are visited once. */
export async function closure(zip: JSZip, roots: string[]): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const part = queue.shift() as string;
    if (seen.has(part)) continue;
    seen.add(part);
    for (const t of await targetsOf(zip, part)) if (!seen.has(t)) queue.push(t);
  }
  return seen;
}

/** Parts reachable from the package relationships (`_rels/.rels`). */
export async function reachable(zip: JSZip): Promise<Set<string>> {
  const rootTargets = await targetsOf(zip, "");
  return closure(zip, rootTargets);
}

/** The main (officeDocument) part of the package, usually xl/workbook.xml. */
export async function officeDocument(zip: JSZip): Promise<string | null> {
  const rels = await readPart(zip, "_rels/.rels");
  const rel = rels ? parseRels(rels).find((r) => /\/officeDocument$/.test(r.type)) : undefined;
  return rel ? resolveTarget("", rel.target) : null;
}

/** A relationship target from `from` to `to`, relative to the folder of `from` ("../tables/table2.xml"). */
export function relativeTarget(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

/** Allocates part names not taken (case-insensitively): xl/charts/chart3.xml → the first free chartN.xml. */
export class PartNames {
  private readonly taken: Set<string>;
  constructor(existing: Iterable<string>) {
    this.taken = new Set([...existing].map((n) => n.toLowerCase()));
  }
  /** A free name like `like` (same folder, stem and extension). */
  free(like: string): string {
    const m = /^(.*\/)?([^/]*?)(\d*)(\.[^./]+)?$/.exec(like) as RegExpExecArray;
    const [, dir = "", stem, , ext = ""] = m;
    for (let n = 1; ; n++) {
      const name = `${dir}${stem}${n}${ext}`;
      if (!this.taken.has(name.toLowerCase())) {
        this.taken.add(name.toLowerCase());
        return name;
      }
    }
  }
}

/** The content type of a part per [Content_Types].xml (Override, else Default by extension). */
export function contentTypeOf(types: string, part: string): string | undefined {
  const name = `/${part}`.toLowerCase();
  for (const [tag] of types.matchAll(/<(?:[\w.-]+:)?Override\b[^>]*>/g)) if ((attr(tag, "PartName") ?? "").toLowerCase() === name) return attr(tag, "ContentType");
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  for (const [tag] of types.matchAll(/<(?:[\w.-]+:)?Default\b[^>]*>/g)) if ((attr(tag, "Extension") ?? "").toLowerCase() === ext) return attr(tag, "ContentType");
  return undefined;
}

/** Gives a part its content type: an Override unless the package's Default for its extension already says so. */
export function setContentType(types: string, part: string, type: string): string {
  if (contentTypeOf(types, part) === type) return types;
  const p = /<([\w.-]+):Types\b/.exec(types)?.[1];
  const q = p ? `${p}:` : "";
  return types.replace(new RegExp(`</${q}Types>`), `<${q}Override PartName="/${xmlEscape(part)}" ContentType="${xmlEscape(type)}"/></${q}Types>`);
}

/** Removes the Override of each part in `parts`. */
export function dropOverrides(types: string, parts: Set<string>): string {
  const lower = new Set([...parts].map((p) => `/${p}`.toLowerCase()));
  return types.replace(/<(?:[\w.-]+:)?Override\b[^>]*>/g, (tag: string) => (lower.has((attr(tag, "PartName") ?? "").toLowerCase()) ? "" : tag));
}
