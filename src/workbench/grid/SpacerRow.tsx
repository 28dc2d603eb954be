/** A blank row standing for the rows above or below the drawn window, so the scrollbar matches the whole sheet. */
import * as React from "react";
import { useGridStyles } from "./styles";

/** Nothing when `height` is 0. */
export function SpacerRow({ height, span }: { height: number; span: number }): React.JSX.Element | null {
  const styles = useGridStyles();
  if (height <= 0) return null;
  return (
    <tr aria-hidden>
      <td className={styles.spacer} colSpan={span} style={{ height: `${height}px` }} />
    </tr>
  );
}
