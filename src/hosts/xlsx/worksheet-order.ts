/**
 * Puts the children of each `<worksheet>` in the order the schema (CT_Worksheet, a sequence) requires. ExcelJS
 * 4.4 writes `<legacyDrawing>` (the shapes of cell notes) after `<tableParts>`, so a sheet with both notes and
 * a table is invalid, and Excel offers to "repair" it. Works on the written package's bytes (Node and browser).
 */
import JSZip from "jszip";

/** The CT_Worksheet sequence (ISO/IEC 29500-1 §18.3.1.99). */
export const WORKSHEET_ORDER: readonly string[] = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection",
  "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells",
  "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup",
  "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing",
  "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts",
  "extLst",
];

const TAG = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;

interface Child {
  name: string;
  start: number;
  end: number;
}

/** The root's children with their spans, and the span they occupy (from the first child to the root end tag). */
function children(xml: string): { list: Child[]; rootEnd: number } {
  const list: Child[] = [];
  let depth = 0;
  let rootEnd = -1;
  let current: Child | null = null;
  for (const m of xml.matchAll(TAG)) {
    if (!m[2]) continue;
    const at = m.index ?? 0;
    if (m[1] === "/") {
      depth--;
      if (depth === 1 && current) {
        current.end = at + m[0].length;
        list.push(current);
        current = null;
      }
      if (depth === 0) rootEnd = at;
    } else {
      const self = m[4] === "/";
      if (depth === 1) {
        const c = { name: m[2].replace(/^\w+:/, ""), start: at, end: at + m[0].length };
        if (self) list.push(c);
        else current = c;
      }
      if (!self) depth++;
    }
  }
  return { list, rootEnd };
}

/** A worksheet part's text with its top-level children in schema order (unchanged when already in order). */
export function orderWorksheet(xml: string): string {
  const { list, rootEnd } = children(xml);
  if (list.length < 2 || rootEnd < 0) return xml;
  // Unknown elements keep the rank of the element before them, so they travel with it.
  let prev = -1;
  const ranked = list.map((c, i) => {
    const r = WORKSHEET_ORDER.indexOf(c.name);
    prev = r >= 0 ? r : prev;
    return { c, rank: prev, i };
  });
  const sorted = [...ranked].sort((a, b) => a.rank - b.rank || a.i - b.i);
  if (sorted.every((s, i) => s.i === i)) return xml;
  const first = list[0].start;
  const body = sorted.map((s) => xml.slice(s.c.start, s.c.end)).join("");
  return xml.slice(0, first) + body + xml.slice(list[list.length - 1].end, rootEnd) + xml.slice(rootEnd);
}

/** The package with every worksheet's children in schema order; the same bytes when nothing moved. */
export async function orderWorksheets(bytes: Uint8Array, compression: "DEFLATE" | "STORE" = "DEFLATE"): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let changed = false;
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    const xml = await (zip.file(name) as JSZip.JSZipObject).async("string");
    const fixed = orderWorksheet(xml);
    if (fixed !== xml) {
      zip.file(name, fixed);
      changed = true;
    }
  }
  return changed ? zip.generateAsync({ type: "uint8array", compression }) : bytes;
}
