/** Removing an Office.js event handler that was added inside an Excel.run batch. */

/** What `onChanged.add` / `onSelectionChanged.add` return (Office's EventHandlerResult). */
export interface Subscription {
  remove(): void;
  context: { sync(): Promise<void> };
}

/**
 * The unsubscribe function of a handler being added in `ready`: `dispose` stops the handler at once (it checks a flag),
 * and the subscription (`current()`, once `ready` settles) is removed; failures are ignored (the workbook may be gone).
 */
export function unsubscriber(ready: Promise<unknown>, current: () => Subscription | null, dispose: () => void): () => void {
  return () => {
    dispose();
    void ready
      .then(async () => {
        const s = current();
        if (s) {
          s.remove();
          await s.context.sync();
        }
      })
      .catch(() => undefined);
  };
}
