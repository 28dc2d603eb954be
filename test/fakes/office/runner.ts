/** The one cast at the test boundary: the fake's run as an Excel.run-shaped runner for the Office host. */
import type { FakeExcel } from "./fake-excel";
import type { FakeRequestContext } from "./workbook";

/** Like Excel.run, on the fake. */
export function fakeRun<T>(x: FakeExcel, batch: (ctx: FakeRequestContext) => Promise<T>): Promise<T> {
  return x.run(batch);
}

/** An Excel.run-compatible runner over the fake (structural cast of the context, done once here). */
export function excelRunner(x: FakeExcel): <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T> {
  return <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => x.run((ctx) => batch(ctx as unknown as Excel.RequestContext));
}
