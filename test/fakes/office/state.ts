/** The in-memory workbook the fake's proxies read and write at sync time. Plain data plus a few helpers. */
import type { Rect } from "./address";
import { Grid } from "./grid";

export type CellScalar = string | number | boolean;

/** One formatting call recorded on a rectangle, applied in order (e.g. { "fill.color": "#FF0000" }). */
export interface FormatRecord {
  rect: Rect;
  props: Record<string, unknown>;
}

export interface TableModel {
  id: number;
  name: string;
  sheet: SheetModel;
  /** Including the header row. */
  rect: Rect;
  style: string;
}

export interface ChartModel {
  name: string;
  type: string;
  source: Rect;
  seriesBy: string;
  props: Record<string, unknown>;
  position: { start: string; end?: string } | null;
}

export interface ConditionalFormatModel {
  type: string;
  rect: Rect;
  /** Sub-object properties by path, e.g. { "cellValue.rule": {...}, "cellValue.format.fill.color": "#FF0000" }. */
  props: Record<string, unknown>;
}

export interface ValidationModel {
  rect: Rect;
  rule: unknown;
  errorAlert: unknown;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor: string;
  showGridlines: boolean;
  grid: Grid;
  formats: FormatRecord[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  merges: Rect[];
  freeze: { rows: number; cols: number } | null;
  charts: ChartModel[];
  conditionalFormats: ConditionalFormatModel[];
  validations: ValidationModel[];
  /** Hidden columns (range.columnHidden) and the page layout as set (worksheet.pageLayout, by property path). */
  hiddenColumns: Set<number>;
  page: Record<string, unknown>;
  /** Hyperlinks (range.hyperlink) by "row,col". */
  hyperlinks: Map<string, { address: string; textToDisplay?: string; screenTip?: string }>;
  deleted: boolean;
}

export interface NameModel {
  name: string;
  /** Referenced sheet (follows renames, like Excel); null after the sheet was deleted (#REF!). */
  sheet: SheetModel | null;
  rect: Rect | null;
  /** For constant names ("=42"), the formula text. */
  constant: string | null;
  comment: string;
}

export interface SelectionModel {
  sheet: SheetModel;
  rect: Rect;
}

/** The whole workbook. Sheet order is array order. */
export interface WorkbookModel {
  sheets: SheetModel[];
  tables: TableModel[];
  names: NameModel[];
  activeSheet: SheetModel | null;
  selection: SelectionModel | null;
  nextId: number;
}

/** A new empty sheet model. */
export function newSheet(wb: WorkbookModel, name: string): SheetModel {
  wb.nextId += 1;
  return {
    id: `{sheet-${wb.nextId}}`,
    name,
    visibility: "Visible",
    tabColor: "",
    showGridlines: true,
    grid: new Grid(),
    formats: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    merges: [],
    freeze: null,
    charts: [],
    conditionalFormats: [],
    validations: [],
    hiddenColumns: new Set(),
    page: {},
    hyperlinks: new Map(),
    deleted: false,
  };
}

/** A new empty workbook model. */
export function newWorkbook(): WorkbookModel {
  return { sheets: [], tables: [], names: [], activeSheet: null, selection: null, nextId: 0 };
}

/** Case-insensitive lookup of a live sheet by name or id. */
export function findSheet(wb: WorkbookModel, key: string): SheetModel | undefined {
  const k = key.toLowerCase();
  return wb.sheets.find((s) => s.name.toLowerCase() === k || s.id === key);
}

/** True when two rectangles overlap. */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
