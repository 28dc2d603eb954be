/**
 * A sample workbook as plain data: sheets holding Excel tables (and optional free text),
 * independent of ExcelJS and Office.js so tests and tools can use it directly.
 */
import type { RawCell } from "../tables/types";

/** One Excel table: name, headers and data rows (dates as Excel serial numbers). */
export interface SampleTable {
  /** Excel table name, e.g. "IMM_Risks". */
  name: string;
  headers: string[];
  rows: RawCell[][];
  /** Number format per column ("0%", "£#,##0", "dd mmm yyyy"); undefined = General. */
  columnFormats?: (string | undefined)[];
  /** Column widths in Excel character units, per column. */
  columnWidths?: number[];
  /** Number formats of single cells overriding the column format (row is the 0-based data row). */
  cellFormats?: { row: number; col: number; format: string }[];
  /** Horizontal alignment per column; undefined = centred when the column mixes numbers and short words, else Excel's default. */
  columnAlign?: ("left" | "center" | "right" | undefined)[];
  /** Data-validation list per column (allowed values); undefined = none. */
  columnLists?: (readonly string[] | undefined)[];
}

/** One worksheet: an optional heading in A1, tables from A3 (stacked, one blank row between), or free text lines. */
export interface SampleSheet {
  name: string;
  /** A heading written in A1; tables start at A3 (A1 when there is no title). */
  title?: string;
  tables: SampleTable[];
  /** Free text lines written one per row in column A below the title (user sheets such as "Notes"). */
  text?: string[];
}

/** A whole sample workbook. */
export interface SampleWorkbook {
  name: string;
  sheets: SampleSheet[];
}
