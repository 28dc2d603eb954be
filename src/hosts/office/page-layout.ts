/** A plan's print set-up (review/kit/print.ts) queued on a worksheet's pageLayout (ExcelApi 1.9). */
import type { PageSetupPlan } from "../../review/kit/plan";

/** Queues paper, orientation, fit (one page wide), title rows, print area and header/footer. */
export function applyPageLayout(sheet: Excel.Worksheet, page: PageSetupPlan): void {
  const layout = sheet.pageLayout;
  layout.paperSize = page.paperSize === "Letter" ? "Letter" : "A4";
  layout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  // 0 pages tall = as many as needed (Office.js takes null for "automatic").
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: page.fitToHeight > 0 ? page.fitToHeight : (null as unknown as number) };
  if (page.fitToHeight === 1) layout.centerHorizontally = true;
  if (page.titleRows) layout.setPrintTitleRows(`$${page.titleRows.first + 1}:$${page.titleRows.last + 1}`);
  if (page.printArea) {
    const a = page.printArea;
    layout.setPrintArea(sheet.getRangeByIndexes(a.row, a.col, a.rows, a.cols));
  }
  const all = layout.headersFooters.defaultForAllPages;
  all.leftHeader = page.header.left ?? "";
  all.centerHeader = page.header.center ?? "";
  all.rightHeader = page.header.right ?? "";
  all.leftFooter = page.footer.left ?? "";
  all.centerFooter = page.footer.center ?? "";
  all.rightFooter = page.footer.right ?? "";
}
