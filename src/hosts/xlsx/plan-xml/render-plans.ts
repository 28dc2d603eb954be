/**
 * The direct writer of generated sheets: a package holding only the given sheet plans, written as XML straight
 * from the plans (no ExcelJS model), with the same contract as render-sheets.ts's output, so the lossless writer
 * (graft.ts) takes it unchanged: `[Content_Types].xml`, `xl/workbook.xml` (+ rels, print names scoped to each
 * sheet), `xl/styles.xml`, and per sheet its worksheet part with its tables, drawing and native charts
 * (chart-xml.ts / drawing-xml.ts, as native-charts.ts adds them). Strings are inline; nothing is a formula.
 * Written uncompressed (zip-store.ts): the lossless writer reads it at once and compresses the final package.
 */
import type { SheetPlan } from "../../../review/kit/plan";
import { chartXml, type NativeChart } from "../chart-xml";
import { drawingXml, type ChartFrame } from "../drawing-xml";
import { applyPlan, type AppliedSheet } from "./apply-plan";
import { CONTENT_TYPES, contentTypesXml, REL_TYPES, relsXml, workbookXml } from "./package-xml";
import { printNames } from "./page-xml";
import { sheetXml } from "./sheet-xml";
import { StyleRegistry } from "./style-registry";
import { tableXml } from "./table-xml";
import { zipStore } from "./zip-store";

/** One sheet to render: its plan and the name it gets (as the host chose it). */
export interface PlanSheet {
  plan: SheetPlan;
  name: string;
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
}

/** Renders the plans into a package; `tableNames` (lower-cased names already in the workbook) gets the new tables. */
export function renderPlans(sheets: PlanSheet[], tableNames: Set<string>): RenderedPlans {
  const styles = new StyleRegistry();
  const applied: AppliedSheet[] = sheets.map((s) => applyPlan(s.plan, s.name, tableNames, styles));
  const parts: [string, string | Uint8Array][] = [];
  const put = (path: string, content: string | Uint8Array) => parts.push([path, content]);
  const types: [string, string][] = [["xl/workbook.xml", CONTENT_TYPES.workbook]];
  const names: string[] = [];
  let tableId = 0;
  let chartNo = 0;
  let drawingNo = 0;
  let bar = 0;
  const nextBar = () => ++bar;
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
    put(sheetPath, sheetXml(a, styles, { tables: tableRels, drawing: drawingRel }, nextBar));
    if (rels.length) put(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, relsXml(rels));
    types.push([sheetPath, CONTENT_TYPES.sheet]);
    names.push(...printNames(a.plan, sheets[i].name, i));
  });
  types.push(["xl/styles.xml", CONTENT_TYPES.styles]);
  put("xl/styles.xml", styles.xml());
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
  };
}
