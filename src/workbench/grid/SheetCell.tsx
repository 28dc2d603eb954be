/** One cell of the grid: formatted text, fill and font, data bar or icon, spill of left-aligned text, selection. */
import * as React from "react";
import { mergeClasses } from "@fluentui/react-components";
import type { GridCell, SheetView } from "../sheetView";
import { GRID_LINE, ICON, useGridStyles } from "./styles";

export interface SheetCellProps {
  cell: GridCell | null;
  address: string;
  selected: boolean;
  /** Left-aligned text may run into the next cell when that one is empty (as in Excel). */
  nextEmpty: boolean;
  span?: { rowSpan: number; colSpan: number };
  showGridlines: SheetView["showGridlines"];
  onSelect: (address: string) => void;
}

function cellStyle(cell: GridCell | null, showGridlines: boolean): React.CSSProperties {
  const st = cell?.style;
  const line = showGridlines && !st?.fill ? `1px solid ${GRID_LINE}` : "1px solid transparent";
  return {
    backgroundColor: st?.fill,
    color: st?.color,
    fontWeight: st?.bold ? 700 : undefined,
    fontStyle: st?.italic ? "italic" : undefined,
    fontSize: st?.fontSize ? `${Math.round((st.fontSize * 4) / 3)}px` : undefined,
    textAlign: st?.align ?? (cell?.numeric ? "right" : "left"),
    verticalAlign: st?.valign,
    lineHeight: st?.fontSize ? 1.15 : undefined,
    borderRight: line,
    borderBottom: st?.borderBottom ? "1px solid #404040" : line,
  };
}

/** A `<td>` of the grid. */
export function SheetCell({ cell, address, selected, nextEmpty, span, showGridlines, onSelect }: SheetCellProps): React.JSX.Element {
  const styles = useGridStyles();
  const spills = !!cell && !cell.numeric && !cell.style.wrap && (cell.style.align ?? "left") === "left" && nextEmpty;
  return (
    <td
      data-address={address}
      data-selected={selected ? "true" : undefined}
      rowSpan={span?.rowSpan}
      colSpan={span?.colSpan}
      className={mergeClasses(styles.cell, spills && styles.spill, cell?.style.wrap && styles.wrap, selected && styles.selected)}
      onClick={() => onSelect(address)}
      style={cellStyle(cell, showGridlines)}
    >
      {cell?.bar && <span className={styles.bar} style={{ width: `calc(${Math.round(cell.bar.fraction * 100)}% - 4px)`, backgroundColor: cell.bar.color }} />}
      {cell?.icon && <span className={styles.icon} style={{ backgroundColor: ICON[cell.icon] }} aria-label={cell.icon} role="img" />}
      {cell?.text ? <span className={styles.text}>{cell.text}</span> : null}
    </td>
  );
}
