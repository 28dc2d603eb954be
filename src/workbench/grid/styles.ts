/** The grid's look: Excel-like headers, gridlines, selection outline, data bars and traffic-light icons. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { GridCell } from "../sheetView";

export const GRID_LINE = "#E1E1E1";
export const HEADER_BG = "#F3F3F3";
const SELECT = "#107C41";
/** Excel's default row height (15 pt) and column width (8.43 characters) in pixels at 100%. */
export const DEFAULT_ROW_PX = 20;
export const DEFAULT_COL_PX = 64;
/** The sticky column-letter row and row-number column. */
export const HEADER_ROW_PX = 20;
export const ROW_HEADER_PX = 40;
export const ICON: Record<NonNullable<GridCell["icon"]>, string> = { green: "#107C41", amber: "#F2B800", red: "#C50F1F" };

export const useGridStyles = makeStyles({
  frame: { display: "flex", flexDirection: "column", flexGrow: 1, minHeight: 0 },
  scroll: {
    flexGrow: 1,
    overflow: "auto",
    position: "relative",
    backgroundColor: "#FFFFFF",
    outlineStyle: "none",
    ":focus-visible": { boxShadow: `inset 0 0 0 2px ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontFamily: "Calibri, Carlito, 'Segoe UI', Arial, sans-serif",
    fontSize: "14px",
    color: "#000000",
  },
  colHead: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    height: `${HEADER_ROW_PX}px`,
    backgroundColor: HEADER_BG,
    color: "#424242",
    fontWeight: 400,
    fontSize: "12px",
    textAlign: "center",
    borderRight: `1px solid ${GRID_LINE}`,
    borderBottom: "1px solid #C8C8C8",
    userSelect: "none",
  },
  corner: { left: 0, zIndex: 3, width: `${ROW_HEADER_PX}px` },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    width: `${ROW_HEADER_PX}px`,
    backgroundColor: HEADER_BG,
    color: "#424242",
    fontWeight: 400,
    fontSize: "12px",
    textAlign: "center",
    borderRight: "1px solid #C8C8C8",
    borderBottom: `1px solid ${GRID_LINE}`,
    userSelect: "none",
  },
  headActive: { backgroundColor: "#D2D2D2", color: "#0B4A26", fontWeight: 600 },
  spacer: { padding: 0, border: "none" },
  cell: {
    height: `${DEFAULT_ROW_PX}px`,
    padding: "0 4px",
    boxSizing: "border-box",
    whiteSpace: "nowrap",
    overflow: "hidden",
    cursor: "cell",
    verticalAlign: "bottom",
    position: "relative",
  },
  spill: { overflow: "visible" },
  wrap: { whiteSpace: "normal", overflowWrap: "anywhere", verticalAlign: "top" },
  selected: { outline: `2px solid ${SELECT}`, outlineOffset: "-2px", zIndex: 1 },
  bar: { position: "absolute", left: "2px", top: "3px", bottom: "3px", opacity: 0.55, pointerEvents: "none" },
  text: { position: "relative" },
  icon: { display: "inline-block", width: "10px", height: "10px", borderRadius: "50%", marginRight: "4px", verticalAlign: "middle" },
});
