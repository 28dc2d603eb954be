/**
 * Test helpers for the plan writer: the same sheets rendered through the ExcelJS path (writeSheet + renderSheets)
 * and through renderPlans (and each grafted into a user workbook), and what a user sees of a package, as ExcelJS reads it back (cells with value,
 * type and resolved style, merges, widths, heights, views, print set-up, tables, conditional formats, validations)
 * plus what ExcelJS cannot read (quote-prefixed cells, chart and drawing parts).
 */
import ExcelJS from "exceljs";
import type { Worksheet } from "exceljs";
import JSZip from "jszip";
import type { SheetPlan } from "../../../../review/kit/plan";
import type { NativeChart } from "../../chart-xml";
import { graftPackage } from "../../graft";
import { renderSheets } from "../../render-sheets";
import { allTableNames } from "../../tables";
import { userWorkbookBytes } from "../../testing/fixtures";
import { StyleCache, writeSheet } from "../../write-sheet";
import { renderPlans, type PlanSheet } from "../render-plans";

/** What the ExcelJS path made of the sheets. */
export interface ExcelJsRendering {
  bytes: Uint8Array;
  notes: string[];
  tables: Record<string, string>[];
}

/** The sheets through the ExcelJS path, as the xlsx host renders generated sheets today. */
export async function renderViaExcelJs(sheets: PlanSheet[], tableNames: Set<string>): Promise<ExcelJsRendering> {
  const wb = new ExcelJS.Workbook();
  const cache = new StyleCache();
  const charts = new Map<Worksheet, Omit<NativeChart, "sheet">[]>();
  const list: Worksheet[] = [];
  let quoted = false;
  const notes: string[] = [];
  const tables: Record<string, string>[] = [];
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    const info = writeSheet(ws, s.plan, tableNames, cache);
    quoted ||= info.quoted;
    if (info.charts.length) charts.set(ws, info.charts);
    notes.push(...info.notes);
    tables.push(info.tables);
    list.push(ws);
  }
  return { bytes: await renderSheets(list, charts, quoted), notes, tables };
}

/**
 * Both renderings of the same plans, and each grafted (graft.ts) into the same user workbook: what the user gets.
 * The user workbook's table names are taken, with `taken`.
 */
export async function renderBoth(plans: SheetPlan[], taken: string[] = []) {
  const user = await userWorkbookBytes();
  const userBook = new ExcelJS.Workbook();
  await userBook.xlsx.load(user as unknown as ArrayBuffer);
  const names = () => new Set([...allTableNames(userBook), ...taken]);
  const sheets = plans.map((plan) => ({ plan, name: plan.name }));
  const old = await renderViaExcelJs(sheets, names());
  const direct = renderPlans(sheets, names());
  const generated = sheets.map((s) => ({ name: s.name }));
  const graft = (rendered: Uint8Array) => graftPackage({ original: user, rendered, generated, removed: [], owned: [] });
  return { old, direct, grafted: { old: await graft(old.bytes), direct: await graft(direct.bytes) } };
}

/** Drops undefined values and empty objects, sorts keys: two styles that mean the same compare equal. */
export function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === "object" && !(v instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const c = canonical((v as Record<string, unknown>)[k]);
      if (c === undefined || (c && typeof c === "object" && !Array.isArray(c) && Object.keys(c).length === 0)) continue;
      out[k] = c;
    }
    return out;
  }
  return v;
}

/** The cells whose format carries quotePrefix="1", per sheet name (ExcelJS does not read the flag). */
async function quotedCells(zip: JSZip): Promise<Record<string, string[]>> {
  const styles = (await zip.file("xl/styles.xml")?.async("string")) ?? "";
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  const quoted = [...xfs.matchAll(/<xf\b[^>]*?\/?>/g)].map((m) => /quotePrefix="1"/.test(m[0]));
  const wb = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const out: Record<string, string[]> = {};
  for (const m of wb.matchAll(/<sheet\b[^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]*)"`).exec(rels)?.[1] ?? "";
    const xml = (await zip.file(`xl/${target}`)?.async("string")) ?? "";
    out[m[1]] = [...xml.matchAll(/<c r="([A-Z]+\d+)" s="(\d+)"/g)].filter((c) => quoted[Number(c[2])]).map((c) => c[1]);
  }
  return out;
}

interface CfRuleLike {
  x14Id?: string;
  id?: string;
}

/** What a user sees of each sheet of a package, as ExcelJS reads it back (conditional-format ids dropped). */
export async function packageFacts(bytes: Uint8Array): Promise<Record<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const zip = await JSZip.loadAsync(bytes);
  const quoted = await quotedCells(zip);
  const out: Record<string, unknown> = {};
  for (const ws of wb.worksheets) {
    const cells: Record<string, unknown> = {};
    const heights: Record<number, number> = {};
    ws.eachRow({ includeEmpty: true }, (row) => {
      if (row.height !== undefined && row.height !== 15) heights[row.number] = row.height;
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells[cell.address] = { type: cell.type, value: cell.value, style: canonical(cell.style) };
      });
    });
    const columns = (ws.columns ?? []).map((c) => ({ width: c.width, hidden: c.hidden }));
    const tables = Object.values((ws as unknown as { tables: Record<string, { table: Record<string, unknown> }> }).tables).map(({ table }) => ({
      name: table.name,
      ref: table.tableRef,
      headerRow: table.headerRow,
      totalsRow: table.totalsRow,
      columns: (table.columns as { name: string }[]).map((c) => c.name),
      style: table.style,
    }));
    const cfs = ((ws as unknown as { conditionalFormattings: { ref: string; rules: CfRuleLike[] }[] }).conditionalFormattings ?? []).map((cf) => ({
      ref: cf.ref,
      rules: cf.rules.map(({ x14Id: _x, id: _i, ...rule }) => canonical(rule)),
    }));
    out[ws.name] = canonical({
      cells,
      quoted: quoted[ws.name] ?? [],
      merges: [...((ws.model as unknown as { merges?: string[] }).merges ?? [])].sort(),
      columns,
      heights,
      views: ws.views,
      tabColor: ws.properties.tabColor,
      pageSetup: ws.pageSetup,
      headerFooter: ws.headerFooter,
      tables,
      conditionalFormats: cfs,
      validations: (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
    });
  }
  return out;
}

/** The chart and drawing parts of a package, in part-name order, as text. */
export async function chartParts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(n)).sort();
  return Promise.all(names.map(async (n) => `${n}\n${await (zip.file(n) as JSZip.JSZipObject).async("string")}`));
}
