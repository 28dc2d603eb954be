/** OfficeHost: the WorkbookHost port over Office.js, through an injected Excel.run-like runner. */
import type { SheetPlan } from "../../review/kit/plan";
import { SHEET_REGISTRY, type SheetRegistry } from "../../review/sheets/registry";
import type { PlainCell, WorkbookSnapshot } from "../../tables/types";
import type { CellRef, OwnedSheet, Progress, WorkbookHost, WriteResult } from "../port";
import { readCells } from "./read-cells";
import { readSnapshot } from "./read-snapshot";
import { detectFeatures, type ExcelRunner, type Features, officeIsSetSupported, type OfficeHostOptions } from "./runner";
import * as selection from "./selection";
import { onWorkbookChanged } from "./changes";
import { settingsPlan, updateSettings } from "./settings";
import { queueWorkbookInfo } from "./workbook-info";
import { runWrite } from "./write-run";
import { recordedUsed } from "./write-targets";
import { ownershipMarker } from "../ownership";
import { asString } from "./cells";

/** Default payload budget per sync: 4 MB, under Excel on the web's 5 MB request limit. */
export const DEFAULT_PAYLOAD_BUDGET = 4_000_000;

/** The Office.js WorkbookHost. Production: `new OfficeHost(Excel.run)`; tests: `new OfficeHost(fake.run, {…})`. */
export class OfficeHost implements WorkbookHost {
  private readonly features: Features;
  private readonly budget: number;
  private readonly source: string;
  private readonly sheets: SheetRegistry;

  constructor(private readonly run: ExcelRunner, options: OfficeHostOptions = {}) {
    this.features = detectFeatures(options.isSetSupported ?? officeIsSetSupported);
    this.budget = options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
    this.source = options.source ?? "Excel workbook";
    this.sheets = options.sheets ?? SHEET_REGISTRY;
  }

  /** Reads what the review can use (IMM tables, settings, plain ranges), each cell once, every response under 4 MB. */
  readSnapshot(): Promise<WorkbookSnapshot> {
    return this.run((ctx) => readSnapshot(ctx, this.source));
  }

  /** Sheets recorded as generated (IMM_Owned_<key> names that still point at a sheet). */
  listOwnedSheets(): Promise<OwnedSheet[]> {
    return this.run(async (ctx) => {
      const info = queueWorkbookInfo(ctx, this.sheets);
      await ctx.sync();
      const { owned, names } = info();
      // One more sync: each owned sheet's used range against the one recorded in its ownership name's comment.
      const used = owned.map((o) => ctx.workbook.worksheets.getItem(o.name).getUsedRangeOrNullObject(true).load("address"));
      if (owned.length) await ctx.sync();
      const comments = new Map(names.map((n) => [n.name.toLowerCase(), n.comment]));
      return owned.map((o, i) => {
        const marker = ownershipMarker(o.key, this.sheets);
        const recorded = marker ? recordedUsed(comments.get(marker.toLowerCase()) ?? "") : null;
        const now = used[i].isNullObject ? "" : asString(used[i].address).replace(/^.*!/, "");
        return { ...o, edited: recorded !== null && recorded !== now };
      });
    });
  }

  /** Writes review sheets: regenerates owned ones in place, never touches user sheets; old state or new, never a mix. */
  applyPlans(plans: SheetPlan[], progress?: Progress): Promise<WriteResult> {
    return runWrite(this.run, plans, { features: this.features, budget: this.budget, mode: "owned", sheets: this.sheets, progress });
  }

  /** Inserts input-table templates as new user sheets (never replacing; clashing names take "(2)"). */
  insertTemplates(plans: SheetPlan[]): Promise<WriteResult> {
    return runWrite(this.run, plans, { features: this.features, budget: this.budget, mode: "templates" });
  }

  /** Updates/appends IMM_Settings entries, creating the table on a new sheet when absent. */
  async writeSettings(entries: [key: string, value: string | number][]): Promise<void> {
    const updated = await this.run((ctx) => updateSettings(ctx, entries, this.features.tableResize));
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

  /** Subscribes to cell edits on any sheet (ExcelApi 1.9); the returned function unsubscribes. */
  onWorkbookChanged(handler: () => void): () => void {
    return onWorkbookChanged(this.run, this.features, handler);
  }
}
