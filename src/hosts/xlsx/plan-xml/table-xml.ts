/**
 * A table part as ExcelJS writes one for the plan's tables: header row, an autofilter with every button shown,
 * one `<tableColumn>` per header name (an ST_Xstring, escaped like the header cell's text), the plan's table style
 * with row stripes.
 */
import { rangeA1 } from "../../../review/kit/plan";
import type { SheetTable } from "./apply-plan";
import { escapeCellText, escapeXml } from "./xml-text";

/** The table part for `t` with workbook-unique `id`. */
export function tableXml(t: SheetTable, id: number): string {
  const ref = rangeA1(t.range);
  const name = escapeXml(t.name);
  const filters = t.columns.map((_, j) => `<filterColumn colId="${j}" hiddenButton="0"/>`).join("");
  const columns = t.columns.map((c, j) => `<tableColumn id="${j + 1}" name="${escapeCellText(c)}"${j === 0 ? ' totalsRowLabel="Total"' : ' totalsRowFunction="none"'}/>`).join("");
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="1" headerRowCount="1">`,
    `<autoFilter ref="${ref}">${filters}</autoFilter>`,
    `<tableColumns count="${t.columns.length}">${columns}</tableColumns>`,
    `<tableStyleInfo name="${escapeXml(t.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>`,
    "</table>",
  ].join("");
}
