/**
 * How a generated sheet prints, as the ExcelJS path sets it (page-setup.ts, write-sheet.ts `pagesWide`):
 * `<printOptions>`, `<pageMargins>`, `<pageSetup>`, `<headerFooter>`, and the sheet's print titles and print area
 * as `_xlnm.Print_Titles` / `_xlnm.Print_Area` defined names scoped to the sheet.
 */
import type { SheetPlan } from "../../../review/kit/plan";
import { a1 } from "../../../review/kit/plan";
import { headerFooterString } from "../page-setup";
import { pagesWide } from "../write-sheet";
import { escapeXml } from "./xml-text";

/** SpreadsheetML paper size codes. */
const PAPER = { Letter: 1, A4: 9 } as const;

/** The sheet's fit-to-page flag for `<sheetPr>` (always set: every generated sheet fits its width to the page). */
export const FIT_TO_PAGE = '<pageSetUpPr fitToPage="1"/>';

/** printOptions … headerFooter of a sheet. */
export function pageXml(plan: SheetPlan): string {
  const page = plan.page;
  const setup: string[] = [];
  if (page) setup.push(`paperSize="${PAPER[page.paperSize]}"`);
  setup.push(`orientation="${page ? page.orientation : "landscape"}"`, 'horizontalDpi="4294967295"', 'verticalDpi="4294967295"', 'scale="100"');
  setup.push(`fitToWidth="${page ? 1 : pagesWide(plan)}"`, `fitToHeight="${page ? page.fitToHeight : 0}"`);
  const out = [
    page && page.fitToHeight === 1 ? '<printOptions horizontalCentered="1"/>' : "",
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    `<pageSetup ${setup.join(" ")}/>`,
  ];
  if (page) {
    const header = headerFooterString(page.header);
    const footer = headerFooterString(page.footer);
    if (header || footer) out.push(`<headerFooter>${header ? `<oddHeader>${escapeXml(header)}</oddHeader>` : ""}${footer ? `<oddFooter>${escapeXml(footer)}</oddFooter>` : ""}</headerFooter>`);
  }
  return out.join("");
}

/** An absolute cell reference ("$C$5"). */
const abs = (row: number, col: number): string => a1(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");

/** The sheet name as a formula prefix ('My Sheet'!, apostrophes doubled). */
const sheetPrefix = (name: string): string => `'${name.replace(/'/g, "''")}'!`;

/** The `<definedName>` elements of a sheet's print titles and print area (`localSheetId` = its index in the package). */
export function printNames(plan: SheetPlan, name: string, index: number): string[] {
  const page = plan.page;
  if (!page) return [];
  const out: string[] = [];
  const p = sheetPrefix(name);
  if (page.printArea) {
    const r = page.printArea;
    out.push(`<definedName name="_xlnm.Print_Area" localSheetId="${index}">${escapeXml(`${p}${abs(r.row, r.col)}:${abs(r.row + r.rows - 1, r.col + r.cols - 1)}`)}</definedName>`);
  }
  if (page.titleRows) out.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(`${p}$${page.titleRows.first + 1}:$${page.titleRows.last + 1}`)}</definedName>`);
  return out;
}
