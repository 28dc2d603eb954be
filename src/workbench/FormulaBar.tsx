/** The formula bar: the selected cell's "Sheet!A1" name box and its displayed text. */
import * as React from "react";
import { useWorkbenchStyles } from "./workbenchStyles";

/** The bar above the grid. */
export function FormulaBar({ sheetName, address, text }: { sheetName: string; address: string | null; text: string }): React.JSX.Element {
  const styles = useWorkbenchStyles();
  return (
    <div className={styles.formulaBar}>
      <span className={styles.nameBox} data-testid="name-box" aria-label="Selected cell">
        {address ? `${sheetName}!${address}` : "No cell selected"}
      </span>
      <span className={styles.cellText} data-testid="cell-text">{text}</span>
    </div>
  );
}
