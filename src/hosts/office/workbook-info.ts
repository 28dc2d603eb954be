/** One load of the workbook's sheets, names and tables (queued together, read after one sync). */
import { asString } from "./cells";
import type { SheetRegistry } from "../../review/sheets/registry";
import { ownedSheets } from "../ownership";
import type { OwnedSheet } from "../port";

export interface WorkbookInfo {
  /** Sheet names in tab order with visibility. */
  sheets: { name: string; visibility: string }[];
  names: { name: string; value: string; comment: string }[];
  tables: { name: string; sheet: string }[];
  owned: OwnedSheet[];
}

/** Queues the loads; call the returned function after `ctx.sync()`. */
export function queueWorkbookInfo(ctx: Excel.RequestContext, registry?: SheetRegistry): () => WorkbookInfo {
  const sheets = ctx.workbook.worksheets.load("items/name, items/visibility");
  const names = ctx.workbook.names.load("items/name, items/value, items/comment");
  const tables = ctx.workbook.tables.load("items/name, items/worksheet/name");
  return () => {
    const info = {
      sheets: sheets.items.map((s) => ({ name: s.name, visibility: asString(s.visibility) })),
      names: names.items.map((n) => ({ name: n.name, value: asString(n.value), comment: asString(n.comment) })),
      tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    };
    const refs = info.names.map((n) => ({ name: n.name, ref: n.value }));
    return { ...info, owned: ownedSheets(refs, info.sheets.map((s) => s.name), registry) };
  };
}
