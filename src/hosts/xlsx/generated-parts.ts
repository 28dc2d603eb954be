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

/** A memoised index map as a replace callback for `name="N"` attributes. */
function attrMapper(name: string, f: (n: number) => number): (m: string, n: string) => string {
  const memo = new Map<string, string>();
  return (_m: string, n: string) => {
    let out = memo.get(n);
    if (out === undefined) memo.set(n, (out = ` ${name}="${f(Number(n))}"`));
    return out;
  };
}

/**
 * A generated worksheet part ready for the user's package: cell/row/column style indices and dxf ids remapped,
 * shared-string cells turned into inline-string cells (`t="inlineStr"`, `<is>` holding the same rich text).
 * The part is ExcelJS's output, where ` s="N"` is only ever an attribute of `<c>` and `<row>` and ` style="N"`
 * of `<col>`, so plain attribute patterns suffice (one pass each over a large sheet).
 */
export function rewriteSheet(xml: string, maps: StyleMaps, strings: string[]): string {
  return xml
    .replace(/ s="(\d+)"/g, attrMapper("s", maps.xf))
    .replace(/ style="(\d+)"/g, attrMapper("style", maps.xf))
    .replace(/ dxfId="(\d+)"/g, attrMapper("dxfId", maps.dxf))
    .replace(/<c( [^>]*?) t="s"><v>(\d+)<\/v><\/c>/g, (_m: string, attrs: string, v: string) => `<c${attrs} t="inlineStr"><is>${strings[Number(v)] ?? "<t></t>"}</is></c>`);
}

/** A generated table part with its id set to `id` and dxf ids remapped. */
export function rewriteTable(xml: string, id: number, maps: StyleMaps): string {
  const withId = xml.replace(/(<(?:[\w.-]+:)?table\b[^>]*?\sid=")(\d+)(")/, `$1${id}$3`);
  return withId.replace(/(\s\w*[dD]xfId=")(\d+)(")/g, (_m: string, a: string, n: string, b: string) => `${a}${maps.dxf(Number(n))}${b}`);
}
