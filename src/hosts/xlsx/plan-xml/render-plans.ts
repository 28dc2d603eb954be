/**
 * The direct writer of generated sheets: a package holding only the given sheet plans, written as XML straight
 * from the plans (no ExcelJS model), with the same contract as render-sheets.ts's output, so the lossless writer
 * (graft.ts) takes it unchanged: `[Content_Types].xml`, `xl/workbook.xml` (+ rels, print names scoped to each
 * sheet), `xl/styles.xml`, and per sheet its worksheet part with its tables, drawing and native charts
 * (chart-xml.ts / drawing-xml.ts, as native-charts.ts adds them). Strings are inline; nothing is a formula.
 * Written uncompressed (zip-store.ts): the lossless writer reads it at once and compresses the final package.
 *
 * Rendered into a user's package (`RenderTarget`), the generated formats are appended to the user's styles part
 * here (styles-append.ts) and the sheets are written with the merged indices, so the lossless writer copies them as
 * they are (no second pass over a large sheet), and each worksheet part can be packed (deflated) as soon as it is
 * written, while the next one is.
 */
import type { SheetPlan } from "../../../review/kit/plan";
import { chartXml, type NativeChart } from "../chart-xml";
import { drawingXml, type ChartFrame } from "../drawing-xml";
import { applyPlan, type AppliedSheet } from "./apply-plan";
import { CONTENT_TYPES, contentTypesXml, REL_TYPES, relsXml, workbookXml } from "./package-xml";
import { printNames } from "./page-xml";
import { conditionalXml, type ConditionalXml } from "./rules-xml";
import { sheetXml } from "./sheet-xml";
import { StyleRegistry } from "./style-registry";
import { tableXml } from "./table-xml";
import { zipStore } from "./zip-store";
import { appendStyles } from "../styles-append";
import type { PackedPart } from "../zip-write";

/** One sheet to render: its plan and the name it gets (as the host chose it). */
export interface PlanSheet {
  plan: SheetPlan;
  name: string;
}

/** Rendering into a user's package. */
export interface RenderTarget {
  /** The user's styles part (its text): the package's styles part is this with the generated formats appended. */
  styles: string;
  /** Packs a worksheet part once it is written (the CLI deflates on Node's thread pool meanwhile). */
  pack?: (bytes: Uint8Array) => Promise<PackedPart>;
}

/** What rendering reported. */
export interface RenderedPlans {
  /** The package's parts, in order (what the lossless writer takes, without zipping and unzipping them). */
  parts: [string, string | Uint8Array][];
  /** The package (STORE), made from `parts` on first use. */
  readonly bytes: Uint8Array;
  /** Notes for the user (renamed tables, skipped merges), in sheet order. */
  notes: string[];
  /** Per sheet (same order): table names as written, by plan name. */
  tables: Record<string, string>[];
  /** Per sheet (same order): the native charts written, with their data. */
  charts: NativeChart[][];
  /**
   * Rendered into a user's package (`RenderTarget`): the styles part is the user's with the generated formats appended,
   * and `changed` is false when nothing had to be appended (a rerun reuses what the first run appended).
   */
  merged?: { changed: boolean };
  /** The worksheet parts packed as they were written (`RenderTarget.pack`), by part path. */
  packed: Map<string, Promise<PackedPart>>;
}

/**
 * Registers every cell format the sheets use (in the order the writer meets them, so the indices are those of
 * rendering alone) and every conditional-format style; returns the rules' XML of each sheet.
 */
function registerStyles(applied: readonly AppliedSheet[], styles: StyleRegistry, nextBar: () => number): ConditionalXml[] {
  return applied.map((a) => {
    for (const row of a.grid.rows) {
      if (!row) continue;
      const width = Math.max(row.values.length, row.styles.length);
      for (let c = 0; c < width; c++) styles.xf(row.styles[c] ?? 0);
    }
    return conditionalXml(a.rules, styles, nextBar);
  });
}

/** The rules' XML with dxf ids through `dxf`. */
function remapDxf(cf: ConditionalXml, dxf: (i: number) => number): ConditionalXml {
  const re = / dxfId="(\d+)"/g;
  const to = (_m: string, n: string) => ` dxfId="${dxf(Number(n))}"`;
  return { xml: cf.xml.replace(re, to), ext: cf.ext.replace(re, to) };
}

/** Renders the plans into a package; `tableNames` (lower-cased names already in the workbook) gets the new tables. */
export function renderPlans(sheets: PlanSheet[], tableNames: Set<string>, into?: RenderTarget): RenderedPlans {
  const styles = new StyleRegistry();
  const applied: AppliedSheet[] = sheets.map((s) => applyPlan(s.plan, s.name, tableNames, styles));
  let bar = 0;
  const nextBar = () => ++bar;
  let rules = registerStyles(applied, styles, nextBar);
  let stylesXml = styles.xml();
  let xfOf = (id: number) => styles.xf(id);
  let merged: RenderedPlans["merged"];
  if (into) {
    const m = appendStyles(into.styles, stylesXml);
    const final: number[] = [];
    xfOf = (id) => (final[id] ??= m.maps.xf(styles.xf(id)));
    rules = rules.map((cf) => remapDxf(cf, m.maps.dxf));
    merged = { changed: m.xml !== into.styles };
    stylesXml = m.xml;
  }
  const packed = new Map<string, Promise<PackedPart>>();
  const parts: [string, string | Uint8Array][] = [];
  const put = (path: string, content: string | Uint8Array) => parts.push([path, content]);
  const types: [string, string][] = [["xl/workbook.xml", CONTENT_TYPES.workbook]];
  const names: string[] = [];
  let tableId = 0;
  let chartNo = 0;
  let drawingNo = 0;
  applied.forEach((a, i) => {
    const sheetPath = `xl/worksheets/sheet${i + 1}.xml`;
    const rels: { type: string; target: string }[] = [];
    const tableRels: string[] = [];
    for (const t of a.tables) {
      const path = `xl/tables/table${++tableId}.xml`;
      put(path, tableXml(t, tableId));
      types.push([path, CONTENT_TYPES.table]);
      rels.push({ type: REL_TYPES.table, target: `../tables/table${tableId}.xml` });
      tableRels.push(`rId${rels.length}`);
    }
    let drawingRel: string | undefined;
    if (a.charts.length) {
      const drawingPath = `xl/drawings/drawing${++drawingNo}.xml`;
      const chartRels: { type: string; target: string }[] = [];
      const frames: ChartFrame[] = a.charts.map((c) => {
        const path = `xl/charts/chart${++chartNo}.xml`;
        put(path, chartXml(c));
        types.push([path, CONTENT_TYPES.chart]);
        chartRels.push({ type: REL_TYPES.chart, target: `../charts/chart${chartNo}.xml` });
        return { anchor: c.plan.anchor, rid: `rId${chartRels.length}`, title: c.plan.title };
      });
      put(drawingPath, drawingXml(frames));
      put(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, relsXml(chartRels));
      types.push([drawingPath, CONTENT_TYPES.drawing]);
      rels.push({ type: REL_TYPES.drawing, target: `../drawings/drawing${drawingNo}.xml` });
      drawingRel = `rId${rels.length}`;
    }
    const sheet = sheetXml(a, xfOf, { tables: tableRels, drawing: drawingRel }, rules[i]);
    put(sheetPath, sheet);
    if (into?.pack) {
      const part = into.pack(sheet);
      // Awaited by the package writer; a package never written must not leave a rejection unhandled.
      part.catch(() => undefined);
      packed.set(sheetPath, part);
    }
    if (rels.length) put(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, relsXml(rels));
    types.push([sheetPath, CONTENT_TYPES.sheet]);
    names.push(...printNames(a.plan, sheets[i].name, i));
  });
  types.push(["xl/styles.xml", CONTENT_TYPES.styles]);
  put("xl/styles.xml", stylesXml);
  put("xl/workbook.xml", workbookXml(sheets.map((s) => s.name), names));
  const wbRels = sheets.map((_, i) => ({ type: REL_TYPES.worksheet, target: `worksheets/sheet${i + 1}.xml` }));
  put("xl/_rels/workbook.xml.rels", relsXml([...wbRels, { type: REL_TYPES.styles, target: "styles.xml" }]));
  put("_rels/.rels", relsXml([{ type: REL_TYPES.officeDocument, target: "xl/workbook.xml" }]));
  parts.unshift(["[Content_Types].xml", contentTypesXml(types)]);
  let zipped: Uint8Array | undefined;
  return {
    parts,
    get bytes() {
      return (zipped ??= zipStore(parts));
    },
    notes: applied.flatMap((a) => a.notes), tables: applied.map((a) => a.tableNames), charts: applied.map((a) => a.charts),
    merged,
    packed,
  };
}
