/**
 * Parts of an .xlsx that ExcelJS drops when it rewrites a workbook (charts, pivot tables, slicers, macros…).
 * The CLI warns about them, and refuses --in-place when any are present, so user content is never lost silently.
 */
import JSZip from "jszip";

const PARTS: [RegExp, string][] = [
  [/^xl\/charts\/chart\d*\.xml$/i, "charts"],
  [/^xl\/pivotTables\//i, "pivot tables"],
  [/^xl\/pivotCache\//i, "pivot tables"],
  [/^xl\/slicers?\//i, "slicers"],
  [/^xl\/timelines?\//i, "timelines"],
  [/^xl\/vbaProject\.bin$/i, "macros"],
  [/^xl\/externalLinks\//i, "external links"],
  [/^xl\/ctrlProps\//i, "form controls"],
  [/^xl\/queryTables\//i, "queries"],
  [/^xl\/model\//i, "a data model"],
];

/** The kinds of content in the package that ExcelJS cannot carry over (deduplicated, in a stable order). */
export async function lossyParts(bytes: Uint8Array): Promise<string[]> {
  let names: string[];
  try {
    names = Object.keys((await JSZip.loadAsync(bytes)).files);
  } catch {
    return [];
  }
  const found = new Set<string>();
  for (const n of names) for (const [re, label] of PARTS) if (re.test(n)) found.add(label);
  return PARTS.map(([, l]) => l).filter((l, i, all) => found.has(l) && all.indexOf(l) === i);
}
