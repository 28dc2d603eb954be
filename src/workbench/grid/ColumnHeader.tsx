/** The grid's column widths (`<colgroup>`) and its sticky row of column letters, for the drawn column window. */
import * as React from "react";
import { mergeClasses } from "@fluentui/react-components";
import { a1 } from "../../review/kit/plan";
import type { AxisWindow } from "./useGridWindow";
import { ROW_HEADER_PX, useGridStyles } from "./styles";

function columnLetters(col: number): string {
  return a1(0, col).replace(/\d+$/, "");
}

export interface ColumnHeaderProps {
  cols: AxisWindow;
  width: (col: number) => number;
  activeCol: number | undefined;
}

/** `<colgroup>` and `<thead>`; spacer columns stand for the columns outside the window. */
export function ColumnHeader({ cols, width, activeCol }: ColumnHeaderProps): React.JSX.Element {
  const styles = useGridStyles();
  return (
    <>
      <colgroup>
        <col style={{ width: `${ROW_HEADER_PX}px` }} />
        {cols.before > 0 && <col style={{ width: `${cols.before}px` }} />}
        {cols.indexes.map((c) => (
          <col key={c} style={{ width: `${width(c)}px` }} />
        ))}
        {cols.after > 0 && <col style={{ width: `${cols.after}px` }} />}
      </colgroup>
      <thead>
        <tr>
          <th className={mergeClasses(styles.colHead, styles.corner)} aria-label="Row and column headers" />
          {cols.before > 0 && <th className={styles.colHead} aria-hidden />}
          {cols.indexes.map((c) => (
            <th key={c} scope="col" className={mergeClasses(styles.colHead, activeCol === c && styles.headActive)}>
              {columnLetters(c)}
            </th>
          ))}
          {cols.after > 0 && <th className={styles.colHead} aria-hidden />}
        </tr>
      </thead>
    </>
  );
}
