/**
 * Native charts in a written .xlsx. ExcelJS cannot write charts, so after it writes the package each chart is
 * added as parts: `xl/charts/chartN.xml`, one `xl/drawings/drawingN.xml` (+ .rels) per sheet, the sheet's
 * relationship to its drawing, a `<drawing r:id>` element at its schema position in the sheet XML, and the
 * content-type overrides. Works on bytes only (no fs), so the browser workbench gets the same file as the CLI.
 */
import JSZip from "jszip";
import { chartXml, type NativeChart } from "./chart-xml";
import { drawingXml, type ChartFrame } from "./drawing-xml";
import { addOverride, addRel, hasTopChild, insertTopChild, readPart, REL_NS, relsPathOf, sheetParts } from "./package-xml";

const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

/** CT_Worksheet children that come after <drawing> (the element goes before the first of these present). */
export const AFTER_DRAWING: readonly string[] = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

function nextNumber(zip: JSZip, re: RegExp): () => number {
  let n = 0;
  for (const name of Object.keys(zip.files)) {
    const m = re.exec(name);
    if (m) n = Math.max(n, Number(m[1]));
  }
  return () => ++n;
}

/** What adding native charts did: the new bytes, sheets that got charts, and sheets skipped (missing or already with a drawing). */
export interface NativeChartsResult {
  bytes: Uint8Array;
  drawn: string[];
  skipped: string[];
}

/** Adds the charts to the package; sheets that cannot take them (missing, or with a drawing already) are skipped. */
export async function addNativeCharts(bytes: Uint8Array, charts: NativeChart[], compression: "DEFLATE" | "STORE" = "DEFLATE"): Promise<NativeChartsResult> {
  if (charts.length === 0) return { bytes, drawn: [], skipped: [] };
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  let types = await readPart(zip, "[Content_Types].xml");
  if (!types) return { bytes, drawn: [], skipped: [...new Set(charts.map((c) => c.sheet))] };
  const nextChart = nextNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/);
  const nextDrawing = nextNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/);
  const bySheet = new Map<string, NativeChart[]>();
  for (const c of charts) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  const drawn: string[] = [];
  const skipped: string[] = [];

  for (const [sheet, list] of bySheet) {
    const part = parts.get(sheet);
    const sheetXml = part ? await readPart(zip, part) : null;
    if (!part || !sheetXml || hasTopChild(sheetXml, "drawing")) {
      skipped.push(sheet);
      continue;
    }
    const d = nextDrawing();
    const drawingPath = `xl/drawings/drawing${d}.xml`;
    let drawingRels: string | null = null;
    const frames: ChartFrame[] = [];
    for (const c of list) {
      const n = nextChart();
      zip.file(`xl/charts/chart${n}.xml`, chartXml(c));
      types = addOverride(types, `/xl/charts/chart${n}.xml`, CHART_TYPE);
      const rel = addRel(drawingRels, `${REL_NS}/chart`, `../charts/chart${n}.xml`);
      drawingRels = rel.xml;
      frames.push({ anchor: c.plan.anchor, rid: rel.id, title: c.plan.title });
    }
    zip.file(drawingPath, drawingXml(frames));
    zip.file(relsPathOf(drawingPath), drawingRels ?? "");
    types = addOverride(types, `/${drawingPath}`, DRAWING_TYPE);

    const sheetRelsPath = relsPathOf(part);
    const sheetRel = addRel(await readPart(zip, sheetRelsPath), `${REL_NS}/drawing`, `../drawings/drawing${d}.xml`);
    zip.file(sheetRelsPath, sheetRel.xml);
    const withNs = /<worksheet\b[^>]*\sxmlns:r=/.test(sheetXml) ? sheetXml : sheetXml.replace(/<worksheet\b/, `<worksheet xmlns:r="${REL_NS}"`);
    zip.file(part, insertTopChild(withNs, `<drawing r:id="${sheetRel.id}"/>`, AFTER_DRAWING));
    drawn.push(sheet);
  }
  zip.file("[Content_Types].xml", types);
  return { bytes: await zip.generateAsync({ type: "uint8array", compression }), drawn, skipped };
}
