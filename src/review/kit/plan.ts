/**
 * Sheet plans: plain data describing a generated sheet. The generator returns them; every host applies them
 * the same way. Coordinates are 0-based (row 0 / col 0 is A1). Knows nothing of Office.js or ExcelJS.
 */
import { cellA1, rangeA1 as cornersA1 } from "../../tables/problems";

/** A literal cell value. Strings are ALWAYS written as text, never parsed as formulas. */
export type PlanValue = string | number | boolean | null;

export interface RangeRef {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Colours are "#RRGGBB". */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "center" | "bottom";
  wrap?: boolean;
  /** Border drawn around every cell of the range, or only under it. */
  border?: "thin" | "bottom" | "thickBottom";
  indent?: number;
}

/** A rectangle of values written in one go, top-left at (row, col). */
export interface Block {
  row: number;
  col: number;
  values: PlanValue[][];
  /** One number format for the whole block (e.g. "0.0", "£#,##0", "0%", "dd mmm yyyy"). */
  numberFormat?: string;
  /** Per-column number formats (index = column within the block); overrides numberFormat. */
  columnFormats?: (string | undefined)[];
  style?: CellStyle;
}

/** Extra styling over a range (e.g. a fill on a tile, a rating colour baked in). Applied after blocks, in order. */
export interface StyleRun {
  range: RangeRef;
  style: CellStyle;
}

export interface TablePlan {
  /** Excel table name, unique in the workbook (hosts may suffix to keep it unique). */
  name: string;
  /** Including the header row. */
  range: RangeRef;
  style: string; // e.g. "TableStyleMedium2"
}

export type ConditionalFormatPlan =
  | {
      kind: "cellValue";
      range: RangeRef;
      operator: "between" | "greaterThan" | "lessThan" | "equal" | "greaterThanOrEqual" | "lessThanOrEqual";
      value1: number;
      value2?: number;
      style: { fill?: string; fontColor?: string; bold?: boolean };
    }
  | {
      /** Cell text equal to `text` (case-insensitive), e.g. rating words "Extreme", RAG "Red". */
      kind: "textEquals";
      range: RangeRef;
      text: string;
      style: { fill?: string; fontColor?: string; bold?: boolean };
    }
  | {
      kind: "colorScale";
      range: RangeRef;
      /** Colours at the lowest value, optional midpoint (50th percentile), highest value. */
      minColor: string;
      midColor?: string;
      maxColor: string;
    }
  | { kind: "dataBar"; range: RangeRef; color: string }
  | {
      kind: "iconSet";
      range: RangeRef;
      icons: "3TrafficLights" | "3Arrows" | "3Symbols";
      /** Number thresholds for the middle and top icon (e.g. amber 60, green 80). */
      thresholds: [number, number];
    };

export interface ChartPlan {
  /** Used for the chart name and by hosts without native charts. */
  title: string;
  kind: "bar" | "column" | "line";
  /** Data incl. a header row (series names) and a first column (categories). Series are columns. */
  data: RangeRef;
  /** Where the chart sits, in cells. */
  anchor: RangeRef;
  /** Axis bounds where fixed (indices: 0–100). */
  yMin?: number;
  yMax?: number;
}

export interface ValidationPlan {
  range: RangeRef;
  /** A list of allowed values (dropdown) or a whole/decimal number range. */
  rule:
    | { kind: "list"; values: string[] }
    | { kind: "decimal"; min: number; max: number }
    | { kind: "whole"; min: number; max: number };
  /** Message shown when the input is rejected. */
  error: string;
}

/** How a generated cell was computed, for the Explain flow. */
export interface Explanation {
  /** A1 address on this sheet, e.g. "C5". */
  address: string;
  /** What the cell is, e.g. "Residual score of R-07". */
  label: string;
  /** The formula in words and symbols, e.g. "RESIDUALSCORE(L, C, e) = L × C × (1 − e) = 4 × 5 × (1 − 0.5) = 10". */
  formula: string;
  /** The inputs with their source cells, e.g. ["Likelihood 4 (Risks!E7)", "Consequence 5 (Risks!F7)"]. */
  inputs: string[];
}

/**
 * A cell that is a hyperlink to a file or web address. Hosts write it as a real hyperlink (an external relationship in
 * the .xlsx, `range.hyperlink` through Office.js), never as a HYPERLINK formula: the text stays literal text.
 */
export interface LinkPlan {
  row: number;
  col: number;
  /** The target: a URL, or a path relative to the workbook's folder (forward slashes, percent-encoded). */
  target: string;
  /** The cell's text (the same as its block value). */
  text: string;
  /** Shown on hover. */
  tooltip?: string;
}

/** Paper sizes the review prints on (see kit/locale.ts for how one is chosen). */
export type PaperSize = "A4" | "Letter";

/**
 * Header or footer sections, in Excel's header/footer code language, which both hosts pass through as is:
 * "&P" page number, "&N" number of pages, "&A" sheet name, "&&" a literal ampersand.
 */
export interface HeaderFooterText {
  left?: string;
  center?: string;
  right?: string;
}

/** How a sheet prints. */
export interface PageSetupPlan {
  paperSize: PaperSize;
  orientation: "portrait" | "landscape";
  /** Pages tall to fit on (always one page wide); 0 = as many as needed. */
  fitToHeight: number;
  /** Rows repeated at the top of every printed page (0-based, inclusive). */
  titleRows?: { first: number; last: number };
  /** The printed range (chart helper data left out). */
  printArea?: RangeRef;
  header: HeaderFooterText;
  footer: HeaderFooterText;
}

export interface SheetPlan {
  /** Stable identity: the sheet-registry key of a generated sheet (review/sheets/registry.ts), the table name of a template. */
  key: string;
  /** Desired sheet name, e.g. "IMM Risk Review" (≤ 31 chars). */
  name: string;
  tabColor?: string;
  showGridlines?: boolean;
  blocks: Block[];
  styles: StyleRun[];
  /** Column widths in Excel character units, by 0-based column. */
  columnWidths: { col: number; width: number }[];
  /** 0-based columns hidden (chart helper data, kept out of sight and out of print; charts plot hidden cells). */
  hiddenColumns?: number[];
  /** Print set-up (paper, orientation, fit, title rows, header and footer); set for every generated sheet. */
  page?: PageSetupPlan;
  /** Row heights in points, by 0-based row. */
  rowHeights?: { row: number; height: number }[];
  merges: RangeRef[];
  freeze?: { rows: number; cols: number };
  tables: TablePlan[];
  conditionalFormats: ConditionalFormatPlan[];
  charts: ChartPlan[];
  validations: ValidationPlan[];
  /** Hyperlink cells (the portfolio's links to the contract files); none when absent. */
  links?: LinkPlan[];
  explanations: Explanation[];
}

/** Converts 0-based (row, col) to "A1" (the one implementation lives with the table reader's located messages). */
export const a1 = cellA1;

/** Converts a RangeRef to "A1:C5" (or "A1" for one cell), with the table reader's formatter. */
export function rangeA1(r: RangeRef): string {
  return cornersA1(r.row, r.col, r.row + r.rows - 1, r.col + r.cols - 1);
}

/** Parses "C5" (or "$C$5", "c5") to 0-based { row, col }; null when not an A1 cell address. The one A1 parser of the program. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Parses "B3:F20" (or one cell "B3"; corners in any order, "$" allowed) to a 0-based RangeRef; null when not a cell range. */
export function parseRangeA1(ref: string): RangeRef | null {
  const parts = ref.trim().split(":");
  if (parts.length > 2) return null;
  const a = parseA1(parts[0]);
  const b = parts.length === 2 ? parseA1(parts[1]) : a;
  if (!a || !b || parts.some((x) => x !== x.trim())) return null;
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
}

/** An empty plan to fill in. */
export function emptyPlan(key: SheetPlan["key"], name: string): SheetPlan {
  return {
    key, name, blocks: [], styles: [], columnWidths: [], merges: [], tables: [],
    conditionalFormats: [], charts: [], validations: [], explanations: [],
  };
}
