/** Selection: select a cell, read the active cell, subscribe to selection changes (feature-detected events). */
import { parseA1 } from "../../review/kit/plan";
import type { CellRef } from "../port";
import type { ExcelRunner, Features } from "./runner";
import { type Subscription, unsubscriber } from "./subscription";

/** Sheet and top-left cell of an address like "'IMM Risk Review'!C5:D9" (sheet from `fallbackSheet` when absent). */
export function refOfAddress(address: string, fallbackSheet = ""): CellRef | null {
  const bang = address.lastIndexOf("!");
  const sheetPart = bang >= 0 ? address.slice(0, bang) : fallbackSheet;
  const sheet = sheetPart.startsWith("'") ? sheetPart.slice(1, -1).replace(/''/g, "'") : sheetPart;
  const cell = (bang >= 0 ? address.slice(bang + 1) : address).split(":")[0].replace(/\$/g, "");
  const p = parseA1(cell);
  return p && sheet ? { sheet, address: cell.toUpperCase() } : null;
}

/** Selects (and scrolls to) a cell. */
export async function selectCell(run: ExcelRunner, ref: CellRef): Promise<void> {
  await run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(ref.sheet);
    ws.activate();
    ws.getRange(ref.address).select();
    await ctx.sync();
  });
}

/** The active cell (top-left of the selection), or null. */
export async function getSelection(run: ExcelRunner): Promise<CellRef | null> {
  try {
    return await run(async (ctx) => {
      const r = ctx.workbook.getSelectedRange().load("address");
      await ctx.sync();
      return refOfAddress(r.address);
    });
  } catch {
    return null;
  }
}


/** Subscribes to selection changes (worksheets.onSelectionChanged on ExcelApi 1.9, else workbook.onSelectionChanged). */
export function onSelectionChanged(run: ExcelRunner, features: Features, handler: (ref: CellRef) => void): () => void {
  let disposed = false;
  let sub: Subscription | null = null;
  const sheetName = (id: string): Promise<string> => run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(id).load("name");
    await ctx.sync();
    return ws.name;
  });
  const ready = run(async (ctx) => {
    if (features.worksheetsSelectionEvent) {
      sub = ctx.workbook.worksheets.onSelectionChanged.add(async (args) => {
        if (disposed) return;
        const ref = refOfAddress(args.address, await sheetName(args.worksheetId));
        if (ref && !disposed) handler(ref);
      });
    } else {
      sub = ctx.workbook.onSelectionChanged.add(async () => {
        if (disposed) return;
        const ref = await getSelection(run);
        if (ref && !disposed) handler(ref);
      });
    }
    await ctx.sync();
  });
  return unsubscriber(ready, () => sub, () => {
    disposed = true;
  });
}
