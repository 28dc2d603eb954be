/**
 * Workbook-level properties (issue 7 §5), run through the real path: .xlsx bytes → the `imm review` and `imm check`
 * commands (runCli over an in-memory CliIo and the real engine: XlsxHost → readModel → buildReviewPlans → applyPlans
 * → toBuffer) plus a second library review of the same bytes. `workbookViolations` returns one line per broken
 * property (empty when all hold); the jest test and `npm run fuzz -- --workbooks N` share it.
 */
import ExcelJS from "exceljs";
import { posix } from "path";
import { defaultEngine } from "../../src/cli/engine";
import type { ReviewEngine } from "../../src/cli/commands";
import type { CliIo } from "../../src/cli/io";
import { runCli } from "../../src/cli/run";
import { XlsxHost } from "../../src/hosts/xlsx";
import { buildReviewPlans } from "../../src/review";
import type { Assessment, Rag } from "../../src/review/assess/assessment";
import type { SheetPlan } from "../../src/review/kit/plan";
import { readModel } from "../../src/tables";
import { sheetRef } from "../../src/tables/problems";
import { TABLE_COLUMNS, type RowTableId } from "../../src/tables/synonyms";
import type { ModelInputs, Problem } from "../../src/tables/types";
import type { GenWorkbook } from "./workbook-arbitraries";
import { workbookBytes } from "./workbook-xlsx";

const INPUT = "in.xlsx";
/** The CLI's one line for a workbook without risk, partnership or KPI tables (a located outcome, not a failure). */
const NO_TABLES = /no IMM tables found/;
const OUTPUT = "out.xlsx";

/**
 * The status rule the review must follow: RAG decided on the index as displayed, rounded to 1 decimal (so the CLI's
 * "Risk 60.0 (Amber)" never reads "60.0 (Red)"). Adjust here if the documented rule changes.
 */
export function expectedRag(index: number, amber: number, green: number): Rag {
  const shown = Math.round(index * 10) / 10;
  return shown >= green ? "Green" : shown >= amber ? "Amber" : "Red";
}

/** An in-memory CliIo over a map of files; stdout and stderr lines collected. */
export function memoryIo(files: Map<string, Uint8Array>): CliIo & { outLines: string[]; errLines: string[] } {
  const outLines: string[] = [];
  const errLines: string[] = [];
  return {
    outLines, errLines,
    out: (l) => outLines.push(l),
    err: (l) => errLines.push(l),
    readFile: async (p) => {
      const b = files.get(posix.resolve(p));
      if (!b) throw new Error(`ENOENT: ${p}`);
      return b;
    },
    writeFile: async (p, bytes) => { files.set(posix.resolve(p), bytes); },
    kind: async (p) => (files.has(posix.resolve(p)) ? "file" : posix.resolve(p) === posix.resolve(".") ? "dir" : null),
    list: async () => [...files.keys()].map((k) => posix.basename(k)),
    version: () => "0.0.0-test",
    path: { join: posix.join, dirname: posix.dirname, basename: posix.basename, resolve: posix.resolve, relative: posix.relative },
  };
}

/** What one CLI run saw: the model read, the assessment and plans built, and any exception thrown inside the engine. */
interface Recorded { model?: ModelInputs; assessment?: Assessment; plans?: SheetPlan[]; thrown?: unknown }

function recordingEngine(rec: Recorded): ReviewEngine {
  return {
    readModel: (s) => { try { return (rec.model = defaultEngine.readModel(s)); } catch (e) { rec.thrown = e; throw e; } },
    buildReviewPlans: async (m, o) => {
      try {
        const r = await defaultEngine.buildReviewPlans(m, o);
        rec.assessment = r.assessment;
        rec.plans = r.plans;
        return r;
      } catch (e) { rec.thrown = e; throw e; }
    },
    buildTemplatePlans: (o) => defaultEngine.buildTemplatePlans(o),
    openWorkbook: async (bytes, name) => {
      try { return await defaultEngine.openWorkbook(bytes, name); } catch (e) { rec.thrown = e; throw e; }
    },
  };
}

const firstStackLine = (e: unknown): string =>
  e instanceof Error ? `${e.message.split("\n")[0]} @ ${(e.stack ?? "").split("\n").find((l) => /src\//.test(l))?.trim() ?? "?"}` : String(e);

/** The step of the library path that throws, with the message and the first project stack frame (for reports). */
export async function failingStep(bytes: Uint8Array): Promise<string> {
  let step = "open";
  try {
    const host = await XlsxHost.fromBuffer(bytes, INPUT);
    step = "readModel";
    const model = readModel(await host.readSnapshot());
    step = "buildReviewPlans";
    const { plans } = buildReviewPlans(model);
    step = "applyPlans";
    await host.applyPlans(plans);
    step = "toBuffer";
    await host.toBuffer();
    return "no exception on the library path";
  } catch (e) {
    return `${step}: ${firstStackLine(e)}`;
  }
}

/** True when the problem names a cell (`Sheet!A1`, sheet quoted as Excel does) or a table and a column. */
export function isLocated(p: Problem): boolean {
  if (p.sheet) return p.message.includes(`${sheetRef(p.sheet)}!`) && /![A-Z]{1,3}\d+/.test(p.message);
  return p.message.includes(p.table) && /"[^"]+"/.test(p.message);
}

const problemLinesOf = (lines: string[]): string[] => lines.filter((l) => /^ {4}(error|warning|info)\s/.test(l)).sort();

function indexViolations(a: Assessment): string[] {
  const out: string[] = [];
  const idx = (what: string, v: number | null | undefined): void => {
    if (v === null || v === undefined) return;
    if (!Number.isFinite(v) || v < 0 || v > 100) out.push(`index out of 0–100: ${what} = ${v}`);
  };
  const { amberThreshold: amber, greenThreshold: green } = a.settings;
  for (const p of a.integrated.pillars) {
    idx(`${p.name} index`, p.index);
    if ((p.index === null) !== (p.status === null)) out.push(`${p.name}: index ${p.index} but status ${p.status}`);
    else if (p.index !== null && p.status !== expectedRag(p.index, amber, green)) {
      out.push(`status mismatch: ${p.name} ${p.index} is ${p.status}, expected ${expectedRag(p.index, amber, green)} (amber ${amber}, green ${green})`);
    }
  }
  idx("integrated index", a.integrated.index);
  if (a.integrated.index !== null && a.integrated.status !== expectedRag(a.integrated.index, amber, green)) {
    out.push(`status mismatch: integrated ${a.integrated.index} is ${a.integrated.status}, expected ${expectedRag(a.integrated.index, amber, green)}`);
  }
  idx("risk index", a.risk?.index);
  for (const b of a.partnership?.byPeriod ?? []) idx(`partnership ${b.period}`, b.index);
  for (const f of a.partnership?.factors ?? []) idx(`factor ${f.factor} score`, f.score);
  for (const b of a.performance?.byPeriod ?? []) idx(`performance ${b.period}`, b.index);
  for (const k of a.performance?.kpis ?? []) idx(`KPI ${k.row.kpi} score`, k.score);
  return out;
}

function nonFiniteCells(plans: SheetPlan[]): string[] {
  const out: string[] = [];
  for (const p of plans) for (const b of p.blocks) b.values.forEach((r, i) => r.forEach((v, j) => {
    if (typeof v === "number" && !Number.isFinite(v)) out.push(`non-finite cell ${p.name} r${b.row + i}c${b.col + j} = ${v}`);
  }));
  return out;
}

/** Input sheets' cells (address → value as JSON) of a loaded workbook. */
function cellsOf(ws: ExcelJS.Worksheet): Map<string, string> {
  const m = new Map<string, string>();
  ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (c) => { m.set(c.address, JSON.stringify(c.value)); }));
  return m;
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

async function inputChanged(a: ExcelJS.Workbook, output: Uint8Array): Promise<string[]> {
  const b = await load(output);
  const out: string[] = [];
  for (const ws of a.worksheets) {
    const other = b.getWorksheet(ws.name);
    if (!other) { out.push(`input sheet "${ws.name}" missing from the output`); continue; }
    const before = cellsOf(ws);
    const after = cellsOf(other);
    for (const [addr, v] of before) if (after.get(addr) !== v) out.push(`input cell ${ws.name}!${addr} changed: ${v} → ${after.get(addr)}`);
  }
  return out;
}

/** A cell a user sees as empty: nothing, or text of spaces only (the reader trims text, so " " is blank as in Excel's eyes). */
const looksBlank = (v: unknown): boolean => v === null || (typeof v === "string" && v.trim() === "");

/** Excel row numbers of the generated data rows that are not blank, per sheet, and of the blank ones. */
function dataRows(w: GenWorkbook): { sheet: string; kind: string; filled: number[]; blank: number[] }[] {
  return w.tables.filter((t) => t.kind !== "settings" && t.kind !== "contract").map((t) => {
    const filled: number[] = [];
    const blank: number[] = [];
    t.rows.forEach((r, i) => (r.every(looksBlank) ? blank : filled).push(t.row + 2 + i));
    return { sheet: t.sheet, kind: t.kind, filled, blank };
  });
}

const PILLAR_TABLES = ["IMM_Risks", "IMM_Partnership", "IMM_KPIs"];
const TABLE_OF: Readonly<Record<string, RowTableId>> = { risks: "IMM_Risks", partnership: "IMM_Partnership", kpis: "IMM_KPIs", actions: "IMM_Actions" };

const rowOf = (address: string): number => Number(/^[A-Z]+(\d+)/.exec(address)?.[1] ?? NaN);

/**
 * No silent drop: every non-blank data row of a generated table is read into the model, or a problem on its sheet
 * names that row, a blank row above it (the table was cut there), a row above it "and below" (the rows a table's end
 * left out), or the table's header (a missing column).
 */
function silentDrops(w: GenWorkbook, model: ModelInputs, problems: Problem[]): string[] {
  const out: string[] = [];
  const read = new Set<string>();
  for (const list of [model.risks, model.partnership, model.kpis, model.actions]) for (const r of list ?? []) read.add(`${r.source.sheet}\u0000${r.source.row}`);
  for (const t of dataRows(w)) {
    const gen = w.tables.find((x) => x.sheet === t.sheet)!;
    // A range is register-like when it is an Excel table named for IMM, or has 3+ columns of which 2+ are required
    // ones; others (e.g. "Factor | Weight | Comment") need not be taken for an IMM table.
    const named = /^(IMM_)?(Risks|Partnership|KPIs|Actions)$/.test(gen.tableName ?? "");
    const required = TABLE_COLUMNS[TABLE_OF[gen.kind]].filter((c) => c.required && gen.fields.includes(c.field)).length;
    if (!named && (gen.headers.length < 3 || required < 2)) continue;
    const onSheet = problems.filter((p) => p.sheet === t.sheet);
    const headerRow = gen.row + 1;
    if (onSheet.some((p) => rowOf(p.address) === headerRow && p.severity === "error")) continue;
    const requiredFields = TABLE_COLUMNS[TABLE_OF[gen.kind]].filter((c) => c.required && gen.fields.includes(c.field)).map((c) => c.field);
    /** Below a blank row of a plain range, a row is more data only with two or more cells and at least half its required values (the reader's rule, plain-range.ts dataAfter): a lone figure or label, or a total line, is not. */
    const dataLike = (r: number): boolean => {
      if (gen.tableName !== null || !t.blank.some((b) => b < r)) return true;
      const cells = gen.rows[r - gen.row - 2] ?? [];
      // A one-cell line (a label such as "Operational risks", a lone figure) is not data (plain-range.ts moreData).
      if (cells.filter((v) => !looksBlank(v)).length < 2) return false;
      const filled = requiredFields.filter((f) => !looksBlank(cells[gen.fields.indexOf(f)] ?? null));
      return filled.length * 2 >= requiredFields.length;
    };
    for (const r of t.filled) {
      if (read.has(`${t.sheet}\u0000${r}`) || !dataLike(r)) continue;
      const names = (p: Problem): boolean => {
        const at = rowOf(p.address);
        // the row itself, a blank row above it (the table was cut there), or a row above it "and below" (the rows left out)
        return at === r || (at < r && (t.blank.includes(at) || /\band below\b/.test(p.message)));
      };
      if (onSheet.some(names)) continue;
      out.push(`silent drop: ${t.kind} row ${sheetRef(t.sheet)}!${r} neither read nor reported`);
    }
  }
  return out;
}

/**
 * Not assessed without a reason: a partnership or KPI table read with rows, or a register with open threats, whose
 * pillar is not assessed must have a problem on that table saying why (e.g. all weights 0).
 */
function unexplainedNotAssessed(a: Assessment, m: ModelInputs): string[] {
  const out: string[] = [];
  const why = (table: string): boolean => a.problems.some((p) => p.table === table);
  const pillar = (key: string) => a.integrated.pillars.find((p) => p.key === key);
  if (m.partnership?.length && pillar("partnership")?.index === null && !why("IMM_Partnership")) {
    out.push(`partnership not assessed with ${m.partnership.length} rows read and no problem saying why`);
  }
  if (m.kpis?.length && pillar("performance")?.index === null && !why("IMM_KPIs")) {
    out.push(`performance not assessed with ${m.kpis.length} KPI rows read and no problem saying why`);
  }
  const open = (m.risks ?? []).filter((r) => r.type === "threat" && r.status === "open").length;
  if (open && pillar("risk")?.index === null && !why("IMM_Risks")) out.push(`risk not assessed with ${open} open threats read and no problem saying why`);
  return out;
}

/** The CLI summary's "Risk 59.9 (Red)" and "Integrated index 72.4 — Amber": each status agrees with the value printed. */
function printedStatusViolations(lines: string[], a: Assessment | undefined): string[] {
  if (!a) return [];
  const { amberThreshold: amber, greenThreshold: green } = a.settings;
  const out: string[] = [];
  for (const line of lines) {
    for (const m of line.matchAll(/(Partnership|Risk|Performance) (\d+(?:\.\d+)?) \((Green|Amber|Red)\)|Integrated index (\d+(?:\.\d+)?) — (Green|Amber|Red)/g)) {
      const shown = Number(m[2] ?? m[4]);
      const rag = m[3] ?? m[5];
      if (rag !== expectedRag(shown, amber, green)) out.push(`printed status disagrees with the value shown: "${m[0]}" (amber ${amber}, green ${green})`);
    }
  }
  return out;
}

/** Every broken property for one generated workbook (empty when all hold). */
export async function workbookViolations(w: GenWorkbook): Promise<string[]> {
  return bytesViolations(await workbookBytes(w), w);
}

/** Every broken property for .xlsx bytes; the no-silent-drop property needs the generator's data `w`. */
export async function bytesViolations(bytes: Uint8Array, w?: GenWorkbook): Promise<string[]> {
  const v: string[] = [];

  // review, through the CLI, writing out.xlsx
  const files = new Map([[posix.resolve(INPUT), bytes]]);
  const io = memoryIo(files);
  const rec: Recorded = {};
  const code = await runCli(["review", INPUT, "-o", OUTPUT], io, recordingEngine(rec));
  const noTables = io.errLines.some((l) => NO_TABLES.test(l));
  const reviewFailed = !noTables && (io.errLines.length > 0 || (code !== 0 && code !== 1));
  if (reviewFailed) {
    v.push(`review failed outside the problem channel (exit ${code}): ${io.errLines.join(" | ")} [${rec.thrown ? firstStackLine(rec.thrown) : await failingStep(bytes)}]`);
  }

  // check, through the CLI
  const cio = memoryIo(new Map([[posix.resolve(INPUT), bytes]]));
  const ccode = await runCli(["check", INPUT], cio, defaultEngine);
  const checkNoTables = cio.errLines.some((l) => NO_TABLES.test(l));
  if (!checkNoTables && cio.errLines.length > 0) v.push(`check failed outside the problem channel: ${cio.errLines.join(" | ")}`);
  if (checkNoTables !== noTables) v.push(`check and review disagree on finding tables: check ${cio.errLines.join(" | ") || "found"}, review ${io.errLines.join(" | ") || "found"}`);
  if (!reviewFailed && !noTables) {
    const a = problemLinesOf(io.outLines);
    const b = problemLinesOf(cio.outLines);
    const onlyReview = a.filter((l) => !b.includes(l));
    const onlyCheck = b.filter((l) => !a.includes(l));
    if (onlyReview.length || onlyCheck.length) {
      v.push(`check and review disagree: only in review [${onlyReview.map((l) => l.trim()).join("; ")}], only in check [${onlyCheck.map((l) => l.trim()).join("; ")}]`);
    }
    if (ccode !== code) v.push(`check exit ${ccode} but review exit ${code}`);
  }

  v.push(...printedStatusViolations(io.outLines, rec.assessment));

  if (rec.model) {
    const problems = rec.assessment?.problems ?? rec.model.problems;
    if (w) v.push(...silentDrops(w, rec.model, problems));
    // "no IMM tables found" must not hide why a risk, partnership or KPI table was not read (e.g. a missing column).
    const hidden = rec.model.problems.filter((p) => PILLAR_TABLES.includes(p.table));
    if (noTables && hidden.length) v.push(`problems hidden behind "no IMM tables found": ${hidden.map((p) => p.message).join("; ")}`);
  }
  if (rec.assessment && rec.plans && rec.model) {
    const a = rec.assessment;
    for (const p of a.problems) if (!isLocated(p)) v.push(`unlocated problem: ${p.severity} [${p.table} ${p.sheet} ${p.address}] ${p.message}`);
    v.push(...indexViolations(a), ...nonFiniteCells(rec.plans), ...unexplainedNotAssessed(a, rec.model));

    // the same bytes reviewed again give the same plans and problems
    let input: ExcelJS.Workbook | null = null;
    try {
      const host = await XlsxHost.fromBuffer(bytes, INPUT);
      input = host.workbook;
      const again = buildReviewPlans(readModel(await host.readSnapshot()));
      if (JSON.stringify(again.plans) !== JSON.stringify(rec.plans) || JSON.stringify(again.assessment.problems) !== JSON.stringify(a.problems)) {
        v.push("not deterministic: a second review of the same bytes gave different plans or problems");
      }
    } catch (e) {
      v.push(`second review threw: ${firstStackLine(e)}`);
    }

    // the user's cells come back unchanged in the output
    const output = files.get(posix.resolve(OUTPUT));
    if (!reviewFailed && !output) v.push("review exited without writing the output");
    if (!reviewFailed && output) v.push(...(await inputChanged(input ?? (await load(bytes)), output)));
  }
  return v;
}
