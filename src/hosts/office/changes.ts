/** Workbook changes: the user's cell edits, heard through worksheets.onChanged (ExcelApi 1.9; nothing before). */
import type { ExcelRunner, Features } from "./runner";
import { type Subscription, unsubscriber } from "./subscription";


/**
 * Subscribes to cell edits on every sheet. Before ExcelApi 1.9 there is no workbook-wide change event, so the
 * handler is never called there; the task pane then checks again when it gains focus (see useStaleness).
 */
export function onWorkbookChanged(run: ExcelRunner, features: Features, handler: () => void): () => void {
  if (!features.worksheetsChangedEvent) return () => undefined;
  let disposed = false;
  let sub: Subscription | null = null;
  const ready = run(async (ctx) => {
    sub = ctx.workbook.worksheets.onChanged.add(async () => {
      if (!disposed) handler();
    });
    await ctx.sync();
  }).catch(() => undefined);
  return unsubscriber(ready, () => sub, () => {
    disposed = true;
  });
}
