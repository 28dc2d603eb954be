/**
 * Parts of an .xlsx that ExcelJS drops when it rewrites a workbook (charts, pivot tables, slicers, macros…).
 * The CLI warns about them, and refuses --in-place when any are present, so user content is never lost silently.
 * Charts on generated (owned) sheets are not user content: they are read back and redrawn (chart-readback.ts),
 * or redrawn when the sheet is regenerated, so they are not reported.
 */
import JSZip from "jszip";
import type { ChartPlan } from "../../review/kit/plan";
import { ownedDrawings, readOwnedCharts } from "./chart-readback";

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

/** What the package holds that ExcelJS cannot write back. */
export interface LossyReport {
  /** Kinds of content lost on rewrite (deduplicated, stable order), charts of owned sheets excluded. */
  parts: string[];
  /** Owned (generated) sheets that carry charts in the package (their chart parts). */
  ownedChartParts: Map<string, string[]>;
  /** The charts of owned sheets read back as plans (redrawn when such a sheet is kept). */
  ownedCharts: Map<string, ChartPlan[]>;
}

/** Chart parts reachable from each owned sheet (sheet → drawing → chart). */
async function ownedChartParts(zip: JSZip): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const [sheet, drawings] of await ownedDrawings(zip)) {
    const charts = drawings.flatMap((d) => [...d.charts.values()]);
    if (charts.length) out.set(sheet, charts);
  }
  return out;
}

/** The content of the package that ExcelJS cannot carry over, and the owned sheets whose charts it will redraw. */
export async function lossyReport(bytes: Uint8Array): Promise<LossyReport> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { parts: [], ownedChartParts: new Map(), ownedCharts: new Map() };
  }
  const owned = await ownedChartParts(zip);
  const ownedParts = new Set([...owned.values()].flat());
  const found = new Set<string>();
  for (const n of Object.keys(zip.files)) {
    if (ownedParts.has(n)) continue;
    for (const [re, label] of PARTS) if (re.test(n)) found.add(label);
  }
  const parts = PARTS.map(([, l]) => l).filter((l, i, all) => found.has(l) && all.indexOf(l) === i);
  return { parts, ownedChartParts: owned, ownedCharts: await readOwnedCharts(zip) };
}

/** The kinds of content in the package that ExcelJS cannot carry over (deduplicated, in a stable order). */
export async function lossyParts(bytes: Uint8Array): Promise<string[]> {
  return (await lossyReport(bytes)).parts;
}
