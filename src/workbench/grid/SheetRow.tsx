/** One drawn row of the grid: its row number and the cells of the column window (merges clipped to the window). */
import * as React from "react";
import { mergeClasses } from "@fluentui/react-components";
import { a1 } from "../../review/kit/plan";
import type { SheetView } from "../sheetView";
import type { AxisWindow } from "./useGridWindow";
import type { MergeSlot } from "./merges";
import { SheetCell } from "./SheetCell";
import { useGridStyles } from "./styles";

export interface SheetRowProps {
  sheet: SheetView;
  row: number;
  cols: AxisWindow;
  /** The last drawn row: a merge's row span stops there. */
  lastRow: number;
  merges: ReadonlyMap<string, MergeSlot>;
  selected: string | null;
  active: boolean;
  onSelect: (address: string) => void;
  measure: (el: Element | null) => void;
}

/** A `<tr>` of the grid, with spacer cells standing for the columns outside the window. */
export function SheetRow({ sheet, row, cols, lastRow, merges, selected, active, onSelect, measure }: SheetRowProps): React.JSX.Element {
  const styles = useGridStyles();
  const lastCol = cols.indexes[cols.indexes.length - 1] ?? -1;
  const h = sheet.rowHeights[row];
  return (
    <tr ref={measure} data-index={row} style={h ? { height: `${h}px` } : undefined}>
      <th scope="row" className={mergeClasses(styles.rowHead, active && styles.headActive)}>{row + 1}</th>
      {cols.before > 0 && <td className={styles.spacer} aria-hidden />}
      {cols.indexes.map((c) => {
        const slot = merges.get(`${row},${c}`);
        if (slot === "covered") return null;
        const address = a1(row, c);
        const span = slot && { rowSpan: Math.min(slot.rowSpan, lastRow - row + 1), colSpan: Math.min(slot.colSpan, lastCol - c + 1) };
        return (
          <SheetCell
            key={c}
            cell={sheet.cells[row]?.[c] ?? null}
            address={address}
            selected={selected === address}
            nextEmpty={!sheet.cells[row]?.[c + 1]?.text && !merges.has(`${row},${c + 1}`)}
            span={span}
            showGridlines={sheet.showGridlines}
            onSelect={onSelect}
          />
        );
      })}
      {cols.after > 0 && <td className={styles.spacer} aria-hidden />}
    </tr>
  );
}
