/** workbook.worksheets: add, getItem, getItemOrNullObject, getActiveWorksheet, items, onSelectionChanged, onChanged. */
import { FakeCollection } from "./collection";
import type { FakeContextCore } from "./context";
import { CHANGED_SOURCE, type EventRegistry, FakeEventHandlers } from "./events";
import { findSheet, newSheet, type SheetModel, type WorkbookModel } from "./state";
import { checkSheetName, FakeWorksheet } from "./worksheet";
import type { WorksheetFactory } from "./worksheet-factory";
import type { OfficeLoad, OfficeMethods } from "./office-types";

/** The worksheet collection proxy. */
export class FakeWorksheetCollection extends FakeCollection<SheetModel, FakeWorksheet>
  implements
    WorksheetFactory,
    OfficeMethods<Excel.WorksheetCollection, "getItem" | "getItemOrNullObject" | "getActiveWorksheet" | "add">,
    OfficeLoad<Excel.WorksheetCollection> {
  protected readonly itemProps = ["name", "id", "position", "visibility", "tabColor", "showGridlines"] as const;
  readonly onSelectionChanged: FakeEventHandlers;
  /** Cell edits on any sheet (ExcelApi 1.9). */
  readonly onChanged: FakeEventHandlers;

  constructor(ctx: FakeContextCore, path: string, private readonly wb: WorkbookModel, private readonly registry: EventRegistry) {
    super(ctx, path, () => [...wb.sheets]);
    this.onSelectionChanged = new FakeEventHandlers(ctx, () => "worksheets", registry);
    this.onChanged = new FakeEventHandlers(ctx, () => CHANGED_SOURCE, registry);
  }

  /** A worksheet proxy over any resolver (used by tables and the workbook too). */
  byResolver(path: string, resolver: () => SheetModel | null, orNull = false): FakeWorksheet {
    return new FakeWorksheet(this.ctx, path, resolver, this.wb, this, this.registry, orNull);
  }

  protected itemProxy(item: SheetModel): FakeWorksheet {
    return this.byResolver(`worksheets[${item.id}]`, () => item);
  }

  /** A sheet by name or id (ItemNotFound at sync when missing). */
  getItem(key: string): FakeWorksheet {
    return this.byResolver(`worksheets[${key}]`, () => findSheet(this.wb, key) ?? null);
  }

  /** A sheet or a null object. */
  getItemOrNullObject(key: string): FakeWorksheet {
    return this.byResolver(`worksheets[${key}]?`, () => findSheet(this.wb, key) ?? null, true);
  }

  /** The active sheet. */
  getActiveWorksheet(): FakeWorksheet {
    return this.byResolver("worksheets.active", () => this.wb.activeSheet);
  }

  /** Adds a sheet at the end (ItemAlreadyExists / InvalidArgument at sync for a bad or taken name). */
  add(name?: string): FakeWorksheet {
    let created: SheetModel | null = null;
    this.ctx.enqueue({ o: this.path, a: "add", n: name ?? null }, () => {
      let n = name;
      if (n === undefined) {
        let i = this.wb.sheets.length + 1;
        while (findSheet(this.wb, `Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      checkSheetName(this.wb, n);
      const s = newSheet(this.wb, n);
      this.wb.sheets.push(s);
      created = s;
    });
    return this.byResolver(`worksheets.add(${name ?? ""})`, () => created);
  }
}
