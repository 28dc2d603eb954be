/**
 * The workbench's WorkbookHost: delegates reading and writing to an inner host (the xlsx host) and plays the part of
 * Excel's UI — it holds the selection, fires selection events, and tells the grid when the workbook changed.
 */
import type { CellRef, OwnedSheet, Progress, WorkbookHost, WriteResult } from "../hosts/port";
import type { SheetPlan } from "../review/kit/plan";
import type { PlainCell, WorkbookSnapshot } from "../tables/types";

type Listener<T> = (value: T) => void;

export class WorkbenchHost implements WorkbookHost {
  private selection: CellRef | null = null;
  private readonly selectionListeners = new Set<Listener<CellRef>>();
  private readonly changeListeners = new Set<Listener<void>>();

  /** `sheetExists` lets selection reject unknown sheets, as Excel would. */
  constructor(private readonly inner: WorkbookHost, private readonly sheetExists: (name: string) => boolean) {}

  /** Reads through the inner host. */
  readSnapshot(): Promise<WorkbookSnapshot> {
    return this.inner.readSnapshot();
  }

  /** Owned sheets from the inner host. */
  listOwnedSheets(): Promise<OwnedSheet[]> {
    return this.inner.listOwnedSheets();
  }

  /** Writes plans, then notifies the grid. */
  async applyPlans(plans: SheetPlan[], progress?: Progress): Promise<WriteResult> {
    try {
      return await this.inner.applyPlans(plans, progress);
    } finally {
      this.changed();
    }
  }

  /** Inserts templates, then notifies the grid. */
  async insertTemplates(plans: SheetPlan[]): Promise<WriteResult> {
    try {
      return await this.inner.insertTemplates(plans);
    } finally {
      this.changed();
    }
  }

  /** Writes settings, then notifies the grid. */
  async writeSettings(entries: [string, string | number][]): Promise<void> {
    try {
      await this.inner.writeSettings(entries);
    } finally {
      this.changed();
    }
  }

  /** Reads a small range through the inner host. */
  readCells(ref: CellRef): Promise<PlainCell[][]> {
    return this.inner.readCells(ref);
  }

  /** Selects a cell: records it and fires selection listeners (like Excel's onSelectionChanged). */
  async selectCell(ref: CellRef): Promise<void> {
    if (!this.sheetExists(ref.sheet)) throw new Error(`There is no sheet named "${ref.sheet}".`);
    const address = ref.address.replace(/\$/g, "").toUpperCase();
    this.selection = { sheet: ref.sheet, address };
    for (const l of [...this.selectionListeners]) l({ ...this.selection });
  }

  /** The current selection. */
  async getSelection(): Promise<CellRef | null> {
    return this.selection ? { ...this.selection } : null;
  }

  /** Subscribes to selection changes. */
  onSelectionChanged(handler: (ref: CellRef) => void): () => void {
    this.selectionListeners.add(handler);
    return () => this.selectionListeners.delete(handler);
  }

  /** Subscribes to workbook changes (writes); for the grid. */
  onWorkbookChanged(handler: () => void): () => void {
    this.changeListeners.add(handler);
    return () => this.changeListeners.delete(handler);
  }

  private changed(): void {
    for (const l of [...this.changeListeners]) l();
  }
}
