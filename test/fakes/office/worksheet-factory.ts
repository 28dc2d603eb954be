/** Lets tables and events create worksheet proxies without importing worksheet.ts (no import cycle). */
import type { SheetModel } from "./state";
import type { FakeWorksheet } from "./worksheet";

export interface WorksheetFactory {
  /** A worksheet proxy resolved lazily at sync time. */
  byResolver(path: string, resolver: () => SheetModel | null, orNull?: boolean): FakeWorksheet;
}
