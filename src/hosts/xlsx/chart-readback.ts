/**
 * Reading back the native charts of generated (owned) sheets from an opened package. ExcelJS drops charts on
 * load; a generated sheet kept as it is (e.g. `imm review --sheets risk` keeps the dashboard) would lose its
 * charts. Each chart's plan (kind, title, data range, anchor, axis bounds) is recovered from its chart and
 * drawing XML so toBuffer can draw it again over the same cells.
 */
import type JSZip from "jszip";
import type { ChartPlan, RangeRef } from "../../review/kit/plan";
import { parseA1 } from "../../review/kit/plan";
import { OWNED_PREFIX, sheetOfRef } from "../ownership";
import { attr, parseRels, readPart, relsPathOf, resolveTarget, sheetParts, xmlUnescape } from "./package-xml";

/** Owned sheet names of workbook.xml (IMM_Owned_* defined names), in document order. */
export async function ownedSheetNames(zip: JSZip): Promise<string[]> {
  const wb = await readPart(zip, "xl/workbook.xml");
  const out: string[] = [];
  for (const m of (wb ?? "").matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const name = attr(m[1], "name") ?? "";
    const sheet = name.toLowerCase().startsWith(OWNED_PREFIX.toLowerCase()) ? sheetOfRef(xmlUnescape(m[2])) : null;
    if (sheet !== null && !out.includes(sheet)) out.push(sheet);
  }
  return out;
}

/** The targets of a part's relationships of one type, by Id (resolved to package paths). */
export async function relTargets(zip: JSZip, part: string, type: string): Promise<Map<string, string>> {
  const rels = await readPart(zip, relsPathOf(part));
  const list = rels ? parseRels(rels).filter((r) => r.type.endsWith(`/${type}`)) : [];
  return new Map(list.map((r) => [r.id, resolveTarget(part, r.target)]));
}

/** 0-based cell bounds of the cells of a chart formula such as 'My Sheet'!$B$3:$B$6. */
function refBounds(f: string): RangeRef | null {
  const range = f.slice(f.lastIndexOf("!") + 1).split(":");
  const a = parseA1(range[0] ?? "");
  const b = parseA1(range[1] ?? range[0] ?? "");
  return a && b ? { row: a.row, col: a.col, rows: b.row - a.row + 1, cols: b.col - a.col + 1 } : null;
}

const num = (xml: string, tag: string): number | undefined => {
  const m = new RegExp(`<c:${tag} val="([^"]+)"`).exec(xml);
  return m && Number.isFinite(Number(m[1])) ? Number(m[1]) : undefined;
};

/** The plan of one chart part (null when it is not a bar/column/line chart over cell references). */
export function chartPlanOf(xml: string, anchor: RangeRef): ChartPlan | null {
  const bar = /<c:barDir val="(bar|col)"/.exec(xml);
  const kind: ChartPlan["kind"] | null = bar ? (bar[1] === "bar" ? "bar" : "column") : xml.includes("<c:lineChart>") ? "line" : null;
  const formulas = [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => refBounds(xmlUnescape(m[1])));
  if (!kind || formulas.length < 3 || formulas.some((f) => f === null)) return null;
  const refs = formulas as RangeRef[];
  const [header, cats] = refs;
  const lastVal = refs[refs.length - 1];
  const data = { row: header.row, col: cats.col, rows: cats.row + cats.rows - header.row, cols: lastVal.col - cats.col + 1 };
  const title = [...(/<c:title>([\s\S]*?)<\/c:title>/.exec(xml)?.[1] ?? "").matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => xmlUnescape(m[1])).join("");
  const valAx = /<c:valAx>([\s\S]*?)<\/c:valAx>/.exec(xml)?.[1] ?? "";
  const plan: ChartPlan = { title, kind, data, anchor };
  const yMin = num(valAx, "min");
  const yMax = num(valAx, "max");
  if (yMin !== undefined) plan.yMin = yMin;
  if (yMax !== undefined) plan.yMax = yMax;
  return plan;
}

function markerOf(xml: string, tag: "from" | "to"): { row: number; col: number } | null {
  const m = new RegExp(`<xdr:${tag}>([\\s\\S]*?)</xdr:${tag}>`).exec(xml);
  const col = m && /<xdr:col>(\d+)<\/xdr:col>/.exec(m[1]);
  const row = m && /<xdr:row>(\d+)<\/xdr:row>/.exec(m[1]);
  return col && row ? { row: Number(row[1]), col: Number(col[1]) } : null;
}

/** A drawing part of a sheet and its chart relationships (rId → chart part). */
export interface SheetDrawing {
  drawing: string;
  charts: Map<string, string>;
}

/** The drawings (with their charts) of every owned sheet, by sheet name. */
export async function ownedDrawings(zip: JSZip): Promise<Map<string, SheetDrawing[]>> {
  const out = new Map<string, SheetDrawing[]>();
  const parts = await sheetParts(zip);
  for (const sheet of await ownedSheetNames(zip)) {
    const part = parts.get(sheet);
    if (!part) continue;
    const drawings: SheetDrawing[] = [];
    for (const drawing of (await relTargets(zip, part, "drawing")).values()) drawings.push({ drawing, charts: await relTargets(zip, drawing, "chart") });
    out.set(sheet, drawings);
  }
  return out;
}

/** Chart plans of every owned sheet that has charts, by sheet name. */
export async function readOwnedCharts(zip: JSZip): Promise<Map<string, ChartPlan[]>> {
  const out = new Map<string, ChartPlan[]>();
  for (const [sheet, drawings] of await ownedDrawings(zip)) {
    const plans: ChartPlan[] = [];
    for (const { drawing, charts } of drawings) {
      const xml = (await readPart(zip, drawing)) ?? "";
      for (const [a] of xml.matchAll(/<xdr:twoCellAnchor\b[\s\S]*?<\/xdr:twoCellAnchor>/g)) {
        const from = markerOf(a, "from");
        const to = markerOf(a, "to");
        const rid = /<c:chart\b[^>]*>/.exec(a)?.[0];
        const path = rid ? charts.get(attr(rid, "r:id") ?? "") : undefined;
        const chartXml = path ? await readPart(zip, path) : null;
        if (!from || !to || !chartXml) continue;
        const plan = chartPlanOf(chartXml, { row: from.row, col: from.col, rows: Math.max(1, to.row - from.row), cols: Math.max(1, to.col - from.col) });
        if (plan) plans.push(plan);
      }
    }
    if (plans.length) out.set(sheet, plans);
  }
  return out;
}
