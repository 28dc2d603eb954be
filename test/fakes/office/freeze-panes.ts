/** worksheet.freezePanes */
import { parseRect } from "./address";
import type { FakeContextCore } from "./context";
import { fail } from "./errors";
import type { FakeRange } from "./range";
import type { SheetModel } from "./state";
import type { OfficeMethods } from "./office-types";

/** Freeze panes proxy. */
export class FakeFreezePanes implements OfficeMethods<Excel.WorksheetFreezePanes, "freezeRows" | "freezeColumns" | "freezeAt" | "unfreeze"> {
  constructor(private readonly ctx: FakeContextCore, private readonly path: string, private readonly sheet: () => SheetModel) {}
  private set(a: string, data: Record<string, unknown>, f: (s: SheetModel) => void): void {
    this.ctx.enqueue({ o: this.path, a, ...data }, () => f(this.sheet()));
  }
  /** Freezes the top rows. */
  freezeRows(count = 1): void {
    this.set("freezeRows", { n: count }, (s) => { s.freeze = { rows: count, cols: 0 }; });
  }
  /** Freezes the left columns. */
  freezeColumns(count = 1): void {
    this.set("freezeColumns", { n: count }, (s) => { s.freeze = { rows: 0, cols: count }; });
  }
  /** Freezes the cells above and left of a range's bottom-right... as Excel: the range is the frozen area from A1. */
  freezeAt(frozenRange: string | FakeRange): void {
    this.set("freezeAt", { r: typeof frozenRange === "string" ? frozenRange : frozenRange.path }, (s) => {
      const rect = typeof frozenRange === "string" ? parseRect(frozenRange) : frozenRange.resolve().rect;
      if (rect.row !== 0 || rect.col !== 0) fail("InvalidArgument", "freezeAt expects a range starting at A1 in the fake");
      s.freeze = { rows: rect.rows, cols: rect.cols };
    });
  }
  /** Removes frozen panes. */
  unfreeze(): void {
    this.set("unfreeze", {}, (s) => { s.freeze = null; });
  }
}
