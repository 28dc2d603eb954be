/** The read-only view of a workbook that the workbench grid draws: formatted text and simple styles per cell. */

export interface GridStyle {
  bold?: boolean;
  italic?: boolean;
  /** CSS colours "#RRGGBB". */
  color?: string;
  fill?: string;
  fontSize?: number;
  align?: "left" | "center" | "right";
  /** Vertical alignment (Excel's default is bottom). */
  valign?: "top" | "middle" | "bottom";
  wrap?: boolean;
  borderBottom?: boolean;
}

export interface GridCell {
  /** The value as displayed (number format applied). */
  text: string;
  numeric: boolean;
  style: GridStyle;
  /** A data bar drawn in the cell: fraction 0–1 of the width. */
  bar?: { fraction: number; color: string };
  /** A traffic-light icon. */
  icon?: "green" | "amber" | "red";
}

export interface GridMerge {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface SheetView {
  name: string;
  rowCount: number;
  colCount: number;
  /** Pixel widths per column. */
  colWidths: number[];
  /** Pixel heights per row (undefined = default). */
  rowHeights: (number | undefined)[];
  /** cells[r][c], 0-based; null = empty. */
  cells: (GridCell | null)[][];
  merges: GridMerge[];
  showGridlines: boolean;
  tabColor?: string;
  /** The sheet's used rows and columns (more than rowCount/colCount when truncated). */
  totalRows: number;
  totalCols: number;
  /** True when the sheet was larger than the view and was cut (the grid then says so). */
  truncated: boolean;
}

export interface WorkbookView {
  sheetNames: string[];
  /** The view of one sheet (null when there is no such sheet). */
  sheet(name: string): SheetView | null;
}
