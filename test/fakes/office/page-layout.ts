/** worksheet.pageLayout (ExcelApi 1.9): settable properties, setPrintTitleRows, setPrintArea, headersFooters; recorded on the sheet. */
import type { FakeContextCore } from "./context";
import type { FakeRange } from "./range";
import { settableTree } from "./settable-tree";
import type { SheetModel } from "./state";

/** The page layout proxy (write-only in the fake): every set lands in the sheet's `page` record by path. */
export function fakePageLayout(ctx: FakeContextCore, path: string, sheet: () => SheetModel): Record<string, unknown> {
  const record = (k: string, v: unknown): void => { sheet().page[k] = v; };
  const node = settableTree(ctx, path, {
    paperSize: true, orientation: true, zoom: true, centerHorizontally: true, centerVertically: true,
    headersFooters: { defaultForAllPages: { leftHeader: true, centerHeader: true, rightHeader: true, leftFooter: true, centerFooter: true, rightFooter: true } },
  }, record);
  const ref = (r: string | FakeRange): string => (typeof r === "string" ? r : r.path);
  node.setPrintTitleRows = (r: string | FakeRange): void => {
    ctx.enqueue({ o: path, a: "setPrintTitleRows", r: ref(r) }, () => record("printTitleRows", ref(r)));
  };
  node.setPrintArea = (r: string | FakeRange): void => {
    ctx.enqueue({ o: path, a: "setPrintArea", r: ref(r) }, () => record("printArea", ref(r)));
  };
  return node;
}
