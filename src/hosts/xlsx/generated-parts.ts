/**
 * Rewrites of the parts of a generated sheet as they move from the rendered package into the user's package:
 * style indices go through the merged-styles maps, shared strings become inline strings (the user's
 * sharedStrings part stays untouched), and table ids are renumbered to be unique in the workbook.
 */
import type { StyleMaps } from "./styles-append";

/** The `<si>` contents of a sharedStrings part, by index. */
export function sharedStringItems(xml: string | null): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => m[1] ?? "");
}

const remap = (tag: string, name: string, f: (n: number) => number): string =>
  tag.replace(new RegExp(`(\\s${name}=")(\\d+)(")`), (_m: string, a: string, n: string, b: string) => `${a}${f(Number(n))}${b}`);

/**
 * A generated worksheet part ready for the user's package: cell/row/column style indices and dxf ids remapped,
 * shared-string cells turned into inline-string cells (`t="inlineStr"`, `<is>` holding the same rich text).
 */
export function rewriteSheet(xml: string, maps: StyleMaps, strings: string[]): string {
  return xml.replace(/<(c|row|col|cfRule)\b([^>]*?)(\/?)>((?:<v>([^<]*)<\/v><\/c>)?)/g, (whole: string, el: string, attrs: string, self: string, tail: string, v?: string) => {
    let a = attrs;
    if (el === "c" || el === "row") a = remap(a, "s", maps.xf);
    else if (el === "col") a = remap(a, "style", maps.xf);
    else a = remap(a, "dxfId", maps.dxf);
    if (el === "c" && /\st="s"/.test(a) && v !== undefined) {
      const item = strings[Number(v)] ?? "<t></t>";
      return `<c${a.replace(/\st="s"/, ' t="inlineStr"')}${self}><is>${item}</is></c>`;
    }
    return `<${el}${a}${self}>${tail}`;
  });
}

/** A generated table part with its id set to `id` and dxf ids remapped. */
export function rewriteTable(xml: string, id: number, maps: StyleMaps): string {
  const withId = xml.replace(/(<(?:[\w.-]+:)?table\b[^>]*?\sid=")(\d+)(")/, `$1${id}$3`);
  return withId.replace(/(\s\w*[dD]xfId=")(\d+)(")/g, (_m: string, a: string, n: string, b: string) => `${a}${maps.dxf(Number(n))}${b}`);
}
