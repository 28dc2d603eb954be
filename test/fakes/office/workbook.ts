/** workbook and application proxies, and the request context object handed to batches. */
import type { FakeContextCore } from "./context";
import { type EventRegistry, FakeEventHandlers } from "./events";
import { FakeNamedItemCollection } from "./names";
import { FakeRange } from "./range";
import type { WorkbookModel } from "./state";
import { FakeTableCollection } from "./tables";
import { FakeWorksheetCollection } from "./worksheets";
import type { OfficeMethods } from "./office-types";

/** workbook.application */
export class FakeApplication implements OfficeMethods<Excel.Application, "suspendApiCalculationUntilNextSync"> {
  constructor(private readonly core: FakeContextCore) {}
  /** Suspends calculation until the next sync (counted in the ledger). */
  suspendApiCalculationUntilNextSync(): void {
    this.core.ledger.suspendCalls += 1;
    this.core.enqueue({ o: "application", a: "suspendApiCalculationUntilNextSync" }, () => undefined);
  }
}

/** The workbook proxy. */
export class FakeWorkbook implements OfficeMethods<Excel.Workbook, "getSelectedRange"> {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly application: FakeApplication;
  readonly onSelectionChanged: FakeEventHandlers;

  constructor(private readonly core: FakeContextCore, private readonly wb: WorkbookModel, registry: EventRegistry) {
    this.worksheets = new FakeWorksheetCollection(core, "worksheets", wb, registry);
    this.tables = new FakeTableCollection(core, "tables", wb, this.worksheets, null);
    this.names = new FakeNamedItemCollection(core, "names", wb);
    this.application = new FakeApplication(core);
    this.onSelectionChanged = new FakeEventHandlers(core, () => "workbook", registry);
  }

  /** The selected range (InvalidOperation at sync when nothing is selected). */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.core, "workbook.getSelectedRange()", () => this.wb.selection, this.wb);
  }
}

/** The object batches receive: `workbook`, `application` and `sync()`, structurally like Excel.RequestContext. */
export class FakeRequestContext implements OfficeMethods<Excel.RequestContext, "sync"> {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  constructor(readonly core: FakeContextCore, wb: WorkbookModel, registry: EventRegistry) {
    this.workbook = new FakeWorkbook(core, wb, registry);
    this.application = this.workbook.application;
  }
  /** Sends queued operations and loads. */
  sync(): Promise<void> {
    return this.core.sync();
  }
}
