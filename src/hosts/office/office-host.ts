/** OfficeHost: the WorkbookHost port over Office.js, through an injected Excel.run-like runner. */
import type { SheetPlan } from "../../review/plan";
import type { PlainCell, WorkbookSnapshot } from "../../tables/types";
import type { CellRef, OwnedSheet, Progress, WorkbookHost, WriteResult } from "../port";
import { readCells } from "./read-cells";
import { readSnapshot } from "./read-snapshot";
import { detectFeatures, type ExcelRunner, type Features, officeIsSetSupported, type OfficeHostOptions } from "./runner";
import * as selection from "./selection";
import { settingsPlan, updateSettings } from "./settings";
import { queueWorkbookInfo } from "./workbook-info";
import { writePlans } from "./write-plans";

/** Default payload budget per sync: 4 MB, under Excel on the web's 5 MB request limit. */
export const DEFAULT_PAYLOAD_BUDGET = 4_000_000;

/** The Office.js WorkbookHost. Production: `new OfficeHost(Excel.run)`; tests: `new OfficeHost(fake.run, {…})`. */
export class OfficeHost implements WorkbookHost {
  private readonly features: Features;
  private readonly budget: number;
  private readonly source: string;

  constructor(private readonly run: ExcelRunner, options: OfficeHostOptions = {}) {
    this.features = detectFeatures(options.isSetSupported ?? officeIsSetSupported);
    this.budget = options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
    this.source = options.source ?? "Excel workbook";
  }

  /** Reads what the review can use (IMM tables, settings, plain ranges), each cell once, every response under 4 MB. */
  readSnapshot(): Promise<WorkbookSnapshot> {
    return this.run((ctx) => readSnapshot(ctx, this.source));
  }

  /** Sheets recorded as generated (IMM_Owned_<key> names that still point at a sheet). */
  listOwnedSheets(): Promise<OwnedSheet[]> {
    return this.run(async (ctx) => {
      const info = queueWorkbookInfo(ctx);
      await ctx.sync();
      return info().owned;
    });
  }

  /** Writes review sheets: replaces owned ones, never touches user sheets; all-or-nothing up to the final swap. */
  applyPlans(plans: SheetPlan[], progress?: Progress): Promise<WriteResult> {
    return this.run((ctx) => writePlans(ctx, plans, { features: this.features, budget: this.budget, mode: "owned", progress }));
  }

  /** Inserts input-table templates as new user sheets (never replacing; clashing names take "(2)"). */
  insertTemplates(plans: SheetPlan[]): Promise<WriteResult> {
    return this.run((ctx) => writePlans(ctx, plans, { features: this.features, budget: this.budget, mode: "templates" }));
  }

  /** Updates/appends IMM_Settings entries, creating the table on a new sheet when absent. */
  async writeSettings(entries: [key: string, value: string | number][]): Promise<void> {
    const updated = await this.run((ctx) => updateSettings(ctx, entries));
    if (!updated) await this.insertTemplates([settingsPlan(entries)]);
  }

  /** The current values of a small range (one sync). */
  readCells(ref: CellRef): Promise<PlainCell[][]> {
    return this.run((ctx) => readCells(ctx, ref));
  }

  /** Selects (and scrolls to) a cell. */
  selectCell(ref: CellRef): Promise<void> {
    return selection.selectCell(this.run, ref);
  }

  /** The active cell, or null. */
  getSelection(): Promise<CellRef | null> {
    return selection.getSelection(this.run);
  }

  /** Subscribes to selection changes; the returned function unsubscribes. */
  onSelectionChanged(handler: (ref: CellRef) => void): () => void {
    return selection.onSelectionChanged(this.run, this.features, handler);
  }
}
