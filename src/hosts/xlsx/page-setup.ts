/** A plan's print set-up (review/kit/print.ts) applied to an ExcelJS worksheet: page set-up, print titles and area, header/footer. */
import type { PageSetup, Worksheet } from "exceljs";
import { rangeA1, type HeaderFooterText, type PageSetupPlan } from "../../review/kit/plan";

/** SpreadsheetML paper size codes. */
const PAPER: Record<PageSetupPlan["paperSize"], number> = { Letter: 1, A4: 9 };

/** "&L…&C…&R…": the sections of a header or footer in one Excel string. */
export function headerFooterString(t: HeaderFooterText): string {
  return `${t.left ? `&L${t.left}` : ""}${t.center ? `&C${t.center}` : ""}${t.right ? `&R${t.right}` : ""}`;
}

/** Sets paper, orientation, fit (one page wide), title rows, print area and header/footer. */
export function applyPageSetup(ws: Worksheet, page: PageSetupPlan): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER[page.paperSize] as PageSetup["paperSize"],
    orientation: page.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: page.fitToHeight,
    horizontalCentered: page.fitToHeight === 1,
    ...(page.titleRows ? { printTitlesRow: `${page.titleRows.first + 1}:${page.titleRows.last + 1}` } : {}),
    ...(page.printArea ? { printArea: rangeA1(page.printArea) } : {}),
  };
  ws.headerFooter = { ...ws.headerFooter, oddHeader: headerFooterString(page.header), oddFooter: headerFooterString(page.footer) };
}
