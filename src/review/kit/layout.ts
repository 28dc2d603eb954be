/**
 * Sheet-building helpers shared by the review sheets: a cursor over a SheetPlan that writes the title and stamp,
 * section headings, notes, value rows (recording explanations at their final addresses) and Excel tables, and
 * derives column widths from what was written.
 */
import {
  a1, emptyPlan, type CellStyle, type Explanation, type PlanValue, type RangeRef, type SheetPlan,
} from "./plan";
import { COLORS, NOT_ASSESSED } from "./styles";
import { lazyExplanations, type ExplanationSink } from "./lazy-explanations";

/**
 * A value with an optional explanation (its address is filled in when written): `x` made now, or `later` made when
 * the plan's explanations are first read (lazy-explanations.ts).
 */
export interface ExplainedValue {
  v: PlanValue;
  x?: Omit<Explanation, "address">;
  later?: () => Omit<Explanation, "address">;
}
/** What a builder writes into a cell: a plain value, or a value with its explanation. */
export type CellContent = PlanValue | ExplainedValue;

/** A plan under construction: `row` is the next free row. */
export interface Sheet {
  plan: SheetPlan;
  row: number;
  /** Content widths per column (characters), from table and value cells. */
  widths: Map<number, number>;
  /** Fixed widths that win over content. */
  fixed: Map<number, number>;
  /** Where the plan's explanations are recorded (made when first read). */
  explanations: ExplanationSink;
}

/** A value with its explanation. */
export function explained(v: PlanValue, label: string, formula: string, inputs: string[] = []): ExplainedValue {
  return { v, x: { label, formula, inputs } };
}

/** A value whose explanation is made only when the plan's explanations are read (for the many figures of a register). */
export function explainedLater(v: PlanValue, make: () => Omit<Explanation, "address">): ExplainedValue {
  return { v, later: make };
}

const isExplained = (c: CellContent): c is ExplainedValue => c !== null && typeof c === "object";

/** Starts a sheet plan. */
export function newSheet(key: SheetPlan["key"], name: string, tabColor?: string): Sheet {
  const plan = emptyPlan(key, name);
  plan.tabColor = tabColor;
  plan.showGridlines = false;
  return { plan, row: 0, widths: new Map(), fixed: new Map(), explanations: lazyExplanations(plan) };
}

/** A single cell of text (not counted for column widths). */
export function writeText(s: Sheet, row: number, col: number, value: string, style?: CellStyle): void {
  s.plan.blocks.push({ row, col, values: [[value]], style });
}

/** Title (big, bold) in row 1 and the stamp line in row 2; the cursor moves to row 4. */
export function title(s: Sheet, heading: string, stamp: string): void {
  writeText(s, 0, 0, heading, { bold: true, fontSize: 18, fontColor: COLORS.title });
  writeText(s, 1, 0, stamp, { italic: true, fontColor: COLORS.muted, fontSize: 9 });
  s.plan.rowHeights = [{ row: 0, height: 28 }];
  s.row = 3;
}

/** A section heading (bold, underlined by a border) at the cursor; the cursor moves below it. */
export function heading(s: Sheet, value: string, cols = 6, col = 0): void {
  s.plan.blocks.push({ row: s.row, col, values: [[value, ...new Array<PlanValue>(cols - 1).fill(null)]],
    style: { bold: true, fontSize: 13, fontColor: COLORS.heading, border: "bottom" } });
  s.row += 1;
}

/** An italic note line at the cursor; the cursor moves below it. */
export function writeNote(s: Sheet, value: string, col = 0): void {
  writeText(s, s.row, col, value, { italic: true, fontColor: COLORS.muted, fontSize: 9 });
  s.row += 1;
}

/** Widest text a column is sized for; longer texts wrap (kit/wrap.ts) rather than widen the sheet past a page. */
const MAX_TEXT_WIDTH = 50;

/** Characters a number format adds around the digits (its currency text), by format. */
const symbolWidths = new Map<string, number>();
function symbolWidth(format: string): number {
  let w = symbolWidths.get(format);
  if (w === undefined) symbolWidths.set(format, (w = format.replace(/\[[^\]]*\]|"([^"]*)"|[#,0.;-]/g, "$1").length));
  return w;
}

/** Characters of a whole number ≥ 0 as text (its digits; exponent form from 1e21 on, as toString writes it). */
function digitCount(n: number): number {
  if (!(n < 1e21)) return n.toString().length;
  let d = 1;
  for (let p = 10; p <= n; p *= 10) d++;
  return d;
}

function widthOf(v: PlanValue, format?: string): number {
  if (v === null) return 0;
  if (typeof v === "number") {
    // Amounts: their digits with thousands separators and the currency text of the format (e.g. "A$"#,##0 → A$12,345,678).
    if (!format?.includes("#,##0")) return 8;
    const digits = digitCount(Math.round(Math.abs(v)));
    const symbol = symbolWidth(format);
    return Math.max(8, digits + Math.floor((digits - 1) / 3) + symbol + (v < 0 ? 1 : 0));
  }
  if (typeof v === "boolean") return 6;
  return v.length;
}

/** Writes rows of values at (row, col), records their explanations and widths; returns the range written. */
export function writeRows(
  s: Sheet, row: number, col: number, rows: CellContent[][],
  opts: { formats?: (string | undefined)[]; numberFormat?: string; style?: CellStyle; countWidths?: boolean } = {},
): RangeRef {
  const cols = rows.reduce((m, r) => Math.max(m, r.length), 1);
  const values: PlanValue[][] = rows.map((r) => {
    const out = r.map((c) => (isExplained(c) ? c.v : c));
    while (out.length < cols) out.push(null);
    return out;
  });
  const explanations = s.explanations;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    for (let j = 0; j < r.length; j++) {
      const c = r[j];
      if (!isExplained(c)) continue;
      if (c.x) explanations.push({ address: a1(row + i, col + j), label: c.x.label, formula: c.x.formula, inputs: c.x.inputs });
      else if (c.later) explanations.push({ address: a1(row + i, col + j), make: c.later });
    }
  }
  if (opts.countWidths !== false) {
    // Widest content per column over the rows first, then one update per column (a register has 200k cells).
    const formats = Array.from({ length: cols }, (_, j) => opts.formats?.[j] ?? opts.numberFormat);
    const widest: number[] = new Array<number>(cols).fill(0);
    for (const r of values) {
      for (let j = 0; j < r.length; j++) {
        const w = widthOf(r[j], formats[j]);
        if (w > widest[j]) widest[j] = w;
      }
    }
    widest.forEach((w, j) => {
      if (w > (s.widths.get(col + j) ?? 0)) s.widths.set(col + j, w);
    });
  }
  if (values.length > 0) {
    s.plan.blocks.push({ row, col, values, columnFormats: opts.formats, numberFormat: opts.numberFormat, style: opts.style });
  }
  return { row, col, rows: values.length, cols };
}

export interface TableSpec {
  name: string;
  headers: string[];
  rows: CellContent[][];
  formats?: (string | undefined)[];
  /** Row written when there are no rows (a table needs one data row). */
  empty?: string;
  col?: number;
  style?: string;
}

/** Writes an Excel table (header + rows) at the cursor; the cursor moves two rows below it. Returns the data range. */
export function writeTable(s: Sheet, t: TableSpec): { header: RangeRef; data: RangeRef; all: RangeRef } {
  const col = t.col ?? 0;
  const rows = t.rows.length > 0 ? t.rows : [[t.empty ?? "None", ...new Array<CellContent>(t.headers.length - 1).fill(null)]];
  const headerRow = s.row;
  writeRows(s, headerRow, col, [t.headers], { style: { bold: true, wrap: true, vAlign: "center" }, countWidths: false });
  t.headers.forEach((h, j) => {
    const w = Math.min(h.length, 12);
    if (w > (s.widths.get(col + j) ?? 0)) s.widths.set(col + j, w);
  });
  const data = writeRows(s, headerRow + 1, col, rows, { formats: t.formats });
  const all = { row: headerRow, col, rows: rows.length + 1, cols: t.headers.length };
  if (t.headers.some((h) => h.length > 12)) (s.plan.rowHeights ??= []).push({ row: headerRow, height: 30 });
  s.plan.tables.push({ name: t.name, range: all, style: t.style ?? "TableStyleMedium2" });
  s.row = headerRow + rows.length + 2;
  return { header: { row: headerRow, col, rows: 1, cols: t.headers.length }, data: { ...data, cols: t.headers.length }, all };
}

/** A column of a range (0-based within it). */
export function column(r: RangeRef, j: number): RangeRef {
  return { row: r.row, col: r.col + j, rows: r.rows, cols: 1 };
}

/** Sets column widths from content (clamped 6–50, plus padding; longer text wraps), fixed widths winning; returns the plan. */
export function finishSheet(s: Sheet): SheetPlan {
  const cols = new Set([...s.widths.keys(), ...s.fixed.keys()]);
  s.plan.columnWidths = [...cols].sort((a, b) => a - b).map((col) => ({
    col, width: s.fixed.get(col) ?? Math.min(MAX_TEXT_WIDTH, Math.max(6, (s.widths.get(col) ?? 0) + 2)),
  }));
  return s.plan;
}

/** Finishes a sheet whose pillar was not assessed: one "Not assessed: why" note in a wide column A. */
export function notAssessed(s: Sheet, why: string): SheetPlan {
  writeNote(s, `${NOT_ASSESSED}: ${why}`);
  s.fixed.set(0, 40);
  return finishSheet(s);
}

/**
 * A key-figures list at the cursor: each label merged across columns 0…valueCol−1 (so it never widens column A),
 * each value in valueCol with its own number format. Returns the range of the value cells.
 */
export function keyFigures(s: Sheet, rows: [label: string, value: CellContent, format?: string][], valueCol: number): RangeRef {
  const top = s.row;
  rows.forEach(([label, value, format], i) => {
    writeRows(s, top + i, 0, [[label]], { style: { bold: true }, countWidths: false });
    if (valueCol > 1) s.plan.merges.push({ row: top + i, col: 0, rows: 1, cols: valueCol });
    const long = typeof value === "string" && value.length > 16;
    writeRows(s, top + i, valueCol, [[value]], { formats: [format], countWidths: !long, style: { hAlign: long ? "left" : "right" } });
  });
  s.row = top + rows.length + 1;
  return { row: top, col: valueCol, rows: rows.length, cols: 1 };
}

/** Raises a finished plan's column width to at least `width`. */
export function minWidth(plan: SheetPlan, col: number, width: number): SheetPlan {
  const w = plan.columnWidths.find((x) => x.col === col);
  if (w) w.width = Math.max(w.width, width);
  else plan.columnWidths.push({ col, width });
  return plan;
}
