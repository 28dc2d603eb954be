/**
 * The worksheet part of an applied plan, in CT_Worksheet order: sheetPr (tab colour, fit to page), dimension,
 * sheetViews (freeze panes, gridlines), cols (widths, hidden), sheetData (numbers, booleans, inline strings;
 * blank cells only where they carry a format), mergeCells, conditionalFormatting, dataValidations, print set-up,
 * drawing, tableParts and the data-bar extensions. The cells go straight into UTF-8 bytes (byte-writer.ts).
 */
import type { SheetPlan } from "../../../review/kit/plan";
import { rangeA1 } from "../../../review/kit/plan";
import { columnLetters } from "../../../tables/problems";
import { argb } from "../styles";
import type { AppliedSheet } from "./apply-plan";
import { FIT_TO_PAGE, pageXml } from "./page-xml";
import { validationsXml, type ConditionalXml } from "./rules-xml";
import { ByteWriter } from "./byte-writer";
import { escapeXml, textElement } from "./xml-text";

/** ExcelJS's default column width: a column of exactly this width and not hidden is not written. */
const DEFAULT_WIDTH = 9;

function viewsXml(plan: SheetPlan): string {
  const grid = plan.showGridlines ?? true ? "" : ' showGridLines="0"';
  const freeze = plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0) ? plan.freeze : undefined;
  if (!freeze) return `<sheetViews><sheetView workbookViewId="0"${grid}/></sheetViews>`;
  const pane = freeze.cols && freeze.rows ? "bottomRight" : freeze.cols ? "topRight" : "bottomLeft";
  const split = `${freeze.cols ? ` xSplit="${freeze.cols}"` : ""}${freeze.rows ? ` ySplit="${freeze.rows}"` : ""}`;
  const topLeft = rangeA1({ row: freeze.rows, col: freeze.cols, rows: 1, cols: 1 });
  return `<sheetViews><sheetView workbookViewId="0"${grid}><pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`;
}

/** `<cols>`: widths and hidden flags, equal neighbours in one range (as ExcelJS groups them). */
function colsXml(plan: SheetPlan): string {
  const width: (number | undefined)[] = [];
  const hidden: boolean[] = [];
  let last = -1;
  for (const { col, width: w } of plan.columnWidths) {
    width[col] = w;
    last = Math.max(last, col);
  }
  for (const col of plan.hiddenColumns ?? []) {
    hidden[col] = true;
    last = Math.max(last, col);
  }
  const out: string[] = [];
  let open: { min: number; max: number; width: number | undefined; hidden: boolean } | null = null;
  const flush = () => {
    if (open) out.push(`<col min="${open.min + 1}" max="${open.max + 1}" width="${open.width ?? DEFAULT_WIDTH}"${open.hidden ? ' hidden="1"' : ""} customWidth="1"/>`);
    open = null;
  };
  for (let c = 0; c <= last; c++) {
    const w = width[c];
    const h = !!hidden[c];
    if ((w === undefined || w === DEFAULT_WIDTH) && !h) {
      flush();
      continue;
    }
    if (open && open.width === w && open.hidden === h) open.max = c;
    else {
      flush();
      open = { min: c, max: c, width: w, hidden: h };
    }
  }
  flush();
  return out.length ? `<cols>${out.join("")}</cols>` : "";
}

/** `<c r="` and the column letters of a 0-based column, memoised. */
const cellOpen: string[] = [];
const cellOpenOf = (col: number): string => (cellOpen[col] ??= `<c r="${columnLetters(col)}`);

/** Text cells up to this length (labels such as "Threat", "Open", "High") are remembered by the writer's text cache; longer ones are mostly unique. */
const CACHED_TEXT = 24;

/**
 * Writes `<sheetData>` to `w`, cell format indices through `xfOf`; returns the used range ("A1" when the sheet has no
 * cells). A cell is written piece by piece (its column's opening, the row number, the format attribute, the value),
 * each piece made once per column, row, format or repeated text: a large register has hundreds of thousands of cells.
 */
function writeCells(a: AppliedSheet, xfOf: (style: number) => number, w: ByteWriter): string {
  const heights = new Map<number, number>();
  for (const { row, height } of a.plan.rowHeights ?? []) heights.set(row, height);
  w.write("<sheetData>");
  let minRow = Infinity, maxRow = -1, minCol = Infinity, maxCol = -1;
  let rowCount = a.grid.rows.length;
  for (const r of heights.keys()) rowCount = Math.max(rowCount, r + 1);
  /** `" s="N"` (or `"`) closing a cell's reference, by style id. */
  const styleAttr: string[] = [];
  const texts = new Map<string, string>();
  for (let r = 0; r < rowCount; r++) {
    const cells = a.grid.rows[r];
    const rowNumber = String(r + 1);
    const height = heights.get(r);
    const ht = height !== undefined ? ` ht="${height}" customHeight="1"` : "";
    let open = false;
    if (cells) {
      const { values, styles: ids } = cells;
      const width = Math.max(values.length, ids.length);
      for (let c = 0; c < width; c++) {
        const v = values[c] ?? null;
        const id = ids[c] ?? 0;
        let attr = styleAttr[id];
        if (attr === undefined) {
          const xf = xfOf(id);
          styleAttr[id] = attr = xf ? `" s="${xf}"` : '"';
        }
        if (v === null && attr.length === 1) continue;
        if (!open) {
          w.write(`<row r="${rowNumber}"${ht}>`);
          open = true;
        }
        w.write(cellOpenOf(c));
        w.write(rowNumber);
        w.write(attr);
        if (v === null) w.write("/>");
        else if (typeof v === "number") {
          w.write("><v>");
          if (Number.isInteger(v) && Math.abs(v) < 1e15 && !Object.is(v, -0)) w.writeInt(v);
          else w.write(String(v));
          w.write("</v></c>");
        } else if (typeof v === "boolean") w.write(v ? ' t="b"><v>1</v></c>' : ' t="b"><v>0</v></c>');
        else if (v.length > CACHED_TEXT) {
          w.write(' t="inlineStr"><is>');
          w.write(textElement(v));
          w.write("</is></c>");
        } else {
          let text = texts.get(v);
          if (text === undefined) texts.set(v, (text = ` t="inlineStr"><is>${textElement(v)}</is></c>`));
          w.write(text);
        }
        if (c < minCol) minCol = c;
        if (c > maxCol) maxCol = c;
      }
    }
    if (open) {
      w.write("</row>");
      if (r < minRow) minRow = r;
      maxRow = r;
    } else if (height !== undefined) w.write(`<row r="${rowNumber}"${ht}/>`);
  }
  w.write("</sheetData>");
  return maxRow < 0 ? "A1" : rangeA1({ row: minRow, col: minCol, rows: maxRow - minRow + 1, cols: maxCol - minCol + 1 });
}

/** Relationship ids the sheet part refers to. */
export interface SheetRels {
  tables: string[];
  drawing?: string;
}

/**
 * The worksheet part of an applied plan, as UTF-8 bytes: cell format indices through `xfOf` (a style id's cellXfs
 * index), its conditional formats as `cf` (rules-xml.ts).
 */
export function sheetXml(a: AppliedSheet, xfOf: (style: number) => number, rels: SheetRels, cf: ConditionalXml): Uint8Array {
  const { plan } = a;
  const tab = argb(plan.tabColor);
  // Room for the cells at about 48 bytes each, so a large sheet's buffer is not copied while it grows.
  const cells = new ByteWriter(Math.max(1 << 16, 48 * a.grid.rows.reduce((n, r) => n + (r ? r.values.length : 0), 0)));
  const dimension = writeCells(a, xfOf, cells);
  const merges = a.merges.map((m) => `<mergeCell ref="${rangeA1(m)}"/>`);
  const head = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    `<sheetPr>${tab ? `<tabColor rgb="${tab}"/>` : ""}${FIT_TO_PAGE}</sheetPr>`,
    `<dimension ref="${dimension}"/>`,
    viewsXml(plan),
    '<sheetFormatPr defaultRowHeight="15"/>',
    colsXml(plan),
  ].join("");
  const tail = [
    merges.length ? `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>` : "",
    cf.xml,
    validationsXml(a.validations),
    pageXml(plan),
    rels.drawing ? `<drawing r:id="${escapeXml(rels.drawing)}"/>` : "",
    rels.tables.length ? `<tableParts count="${rels.tables.length}">${rels.tables.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>` : "",
    cf.ext,
    "</worksheet>",
  ].join("");
  const body = cells.bytes();
  const out = new ByteWriter(body.length + 3 * (head.length + tail.length));
  out.write(head);
  out.append(body);
  out.write(tail);
  return out.bytes();
}
