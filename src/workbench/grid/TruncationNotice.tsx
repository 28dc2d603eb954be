/** Says so, above the grid, when a sheet is larger than the workbench draws: data is never hidden silently. */
import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { SheetView } from "../sheetView";

const count = (n: number): string => n.toLocaleString("en-US");

/** A warning bar for a truncated sheet; nothing otherwise. */
export function TruncationNotice({ sheet }: { sheet: SheetView }): React.JSX.Element | null {
  if (!sheet.truncated) return null;
  return (
    <MessageBar intent="warning" data-testid="grid-truncated">
      <MessageBarBody>
        {`${sheet.name} is too large to show in full: showing ${count(sheet.rowCount)} of ${count(sheet.totalRows)} rows and ` +
          `${count(sheet.colCount)} of ${count(sheet.totalCols)} columns. Open the workbook in Excel to see the rest.`}
      </MessageBarBody>
    </MessageBar>
  );
}
