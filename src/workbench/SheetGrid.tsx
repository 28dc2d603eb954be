/**
 * A read-only, Excel-like grid of one sheet: column letters, row numbers, formatted values, fills, selection.
 * Rows and columns are virtualised, so every row and column of the sheet view can be scrolled to.
 */
import * as React from "react";
import { parseA1 } from "../review/kit/plan";
import type { SheetView } from "./sheetView";
import { mergeSlots } from "./grid/merges";
import { useGridWindow, useScrollToCell } from "./grid/useGridWindow";
import { arrowKeyHandler } from "./grid/arrowKeys";
import { ColumnHeader } from "./grid/ColumnHeader";
import { SpacerRow } from "./grid/SpacerRow";
import { SheetRow } from "./grid/SheetRow";
import { TruncationNotice } from "./grid/TruncationNotice";
import { DEFAULT_COL_PX, ROW_HEADER_PX, useGridStyles } from "./grid/styles";

/** Excel shows empty cells past the data: the grid is at least this big. */
const MIN_ROWS = 30;
const MIN_COLS = 12;

export interface SheetGridProps {
  sheet: SheetView;
  /** Selected A1 address on this sheet, or null. */
  selected: string | null;
  onSelect: (address: string) => void;
}

/** The grid of one sheet. */
export function SheetGrid({ sheet, selected, onSelect }: SheetGridProps): React.JSX.Element {
  const styles = useGridStyles();
  const scrollRef = React.useRef<HTMLDivElement>(null);
  const merges = React.useMemo(() => mergeSlots(sheet.merges), [sheet]);
  const sel = selected ? parseA1(selected) : null;
  const width = (c: number): number => sheet.colWidths[c] ?? DEFAULT_COL_PX;
  const win = useGridWindow({
    scrollRef,
    rowCount: Math.max(sheet.rowCount, (sel?.row ?? 0) + 1, MIN_ROWS),
    colCount: Math.max(sheet.colCount, (sel?.col ?? 0) + 1, MIN_COLS),
    rowHeights: sheet.rowHeights,
    colWidths: sheet.colWidths,
    merges: sheet.merges,
    view: sheet,
  });
  useScrollToCell(win, sel, sheet);
  const lastRow = win.rows.indexes[win.rows.indexes.length - 1] ?? -1;
  const span = 1 + win.cols.indexes.length + (win.cols.before > 0 ? 1 : 0) + (win.cols.after > 0 ? 1 : 0);
  return (
    <div className={styles.frame}>
      <TruncationNotice sheet={sheet} />
      <div
        ref={scrollRef}
        className={styles.scroll}
        tabIndex={0}
        role="region"
        aria-label={`Sheet ${sheet.name} (read-only). Arrow keys move the selection.`}
        onKeyDown={arrowKeyHandler(sel, onSelect)}
        data-testid="sheet-grid"
        data-sheet={sheet.name}
      >
        <table className={styles.table} style={{ width: `${ROW_HEADER_PX + win.colVirtualizer.getTotalSize()}px` }}>
          <ColumnHeader cols={win.cols} width={width} activeCol={sel?.col} />
          <tbody>
            <SpacerRow height={win.rows.before} span={span} />
            {win.rows.indexes.map((r) => (
              <SheetRow
                key={r}
                sheet={sheet}
                row={r}
                cols={win.cols}
                lastRow={lastRow}
                merges={merges}
                selected={selected}
                active={sel?.row === r}
                onSelect={onSelect}
                measure={win.rowVirtualizer.measureElement}
              />
            ))}
            <SpacerRow height={win.rows.after} span={span} />
          </tbody>
        </table>
      </div>
    </div>
  );
}
