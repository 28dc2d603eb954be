/**
 * Writing sheet plans safely: every plan is built on a new HIDDEN sheet under a temporary name; only when all are
 * written does one final batch delete the owned sheets they replace, rename and reveal the new ones, rename their
 * tables and record ownership names. A failure before that leaves the workbook as it was (the hidden sheets are
 * removed, or swept at the next run). User sheets are never touched: a clashing name makes "Name (2)".
 */
import type { SheetPlan } from "../../review/kit/plan";
import type { Progress, WriteResult } from "../port";
import { Batcher, OP_OVERHEAD } from "./batcher";
import { cleanSheetName, TEMP_SHEET_PREFIX, uniqueSheetName, uniqueTableName } from "../sheet-names";
import type { SheetRegistry } from "../../review/sheets/registry";
import { ownershipMarker, refToA1 } from "../ownership";
import type { Features } from "./runner";
import { queueWorkbookInfo, type WorkbookInfo } from "./workbook-info";
import { type PendingTable, writeSheet } from "./write-sheet";

export interface WritePlansOptions {
  features: Features;
  budget: number;
  /** Review sheets (replace owned, record ownership) or templates (plain new user sheets). */
  mode: "owned" | "templates";
  /** The sheet registry deciding which plans are owned (default: the built-in one). */
  sheets?: SheetRegistry;
  progress?: Progress;
}

const lower = (s: string): string => s.toLowerCase();

/** Writes the plans in one Excel.run batch function: 1 read sync, then syncs only as the payload budget requires. */
export async function writePlans(ctx: Excel.RequestContext, plans: SheetPlan[], opts: WritePlansOptions): Promise<WriteResult> {
  const readInfo = queueWorkbookInfo(ctx, opts.sheets);
  await ctx.sync();
  const info = readInfo();
  const batch = new Batcher(ctx, opts.budget, opts.features.suspendCalc);
  const order = await sweepLeftovers(ctx, info, batch);
  const owned = new Map(opts.mode === "owned" ? info.owned.map((o) => [o.key, o.name]) : []);
  const state: SwapState = { order, taken: new Set(order.map(lower)), owned };
  const tableNames = tableNamer(info, new Set(plans.flatMap((p) => (owned.has(p.key) ? [owned.get(p.key) as string] : []))));

  const tempSheets: string[] = [];
  try {
    const pending: PendingTable[] = [];
    const notes: string[] = [];
    for (let i = 0; i < plans.length; i++) {
      opts.progress?.(i, plans.length, plans[i].name);
      const temp = uniqueSheetName(`${TEMP_SHEET_PREFIX}${i + 1}`, state.taken);
      state.taken.add(lower(temp));
      await batch.reserve(2 * OP_OVERHEAD);
      const ws = ctx.workbook.worksheets.add(temp);
      ws.visibility = "Hidden";
      tempSheets.push(temp);
      const written = await writeSheet(ws, temp, plans[i], batch, { features: opts.features, tableNames });
      pending.push(...written.tables);
      notes.push(...written.notes);
    }
    // The swap: reserved as a whole so it is never split across syncs, then queued in order.
    await batch.reserve((8 * plans.length + pending.length) * OP_OVERHEAD);
    const result = plans.map((plan, i) =>
      swapIn(ctx, plan, tempSheets[i], state, info, opts.mode === "owned" ? ownershipMarker(plan.key, opts.sheets) : null, notes));
    for (const t of pending) {
      if (t.tempName !== t.finalName) ctx.workbook.tables.getItem(t.tempName).name = t.finalName;
    }
    await batch.flush();
    opts.progress?.(plans.length, plans.length, "done");
    return { sheets: result, notes };
  } catch (e) {
    await removeSheets(ctx, tempSheets);
    throw e;
  }
}

/** Sheet order and names in use while the new sheets are swapped in, and the owned sheets they replace (key → name). */
interface SwapState {
  order: string[];
  taken: Set<string>;
  owned: Map<string, string>;
}

/** Queues the deletion of hidden temporary sheets a failed earlier run left; returns the remaining sheet order. */
async function sweepLeftovers(ctx: Excel.RequestContext, info: WorkbookInfo, batch: Batcher): Promise<string[]> {
  const leftovers = info.sheets.filter((s) => s.name.startsWith(TEMP_SHEET_PREFIX) && s.visibility !== "Visible").map((s) => s.name);
  for (const name of leftovers) {
    await batch.reserve(OP_OVERHEAD);
    ctx.workbook.worksheets.getItem(name).delete();
  }
  return info.sheets.map((s) => s.name).filter((n) => !leftovers.includes(n));
}

/**
 * Table names for the new sheets: a temporary name while old and new sheets coexist, and the final name it takes in
 * the swap (free once the replaced sheets' tables are gone, and never one of the user's tables or defined names).
 */
function tableNamer(info: WorkbookInfo, replaced: Set<string>): (desired: string) => { tempName: string; finalName: string } {
  const nameTaken = info.names.map((n) => lower(n.name));
  const finals = new Set([...info.tables.filter((t) => !replaced.has(t.sheet)).map((t) => lower(t.name)), ...nameTaken]);
  const temps = new Set([...info.tables.map((t) => lower(t.name)), ...nameTaken]);
  return (desired) => {
    const finalName = uniqueTableName(desired, finals);
    temps.add(lower(finalName));
    const tempName = uniqueTableName(`${finalName}_w`, temps);
    finals.add(lower(tempName));
    return { tempName, finalName };
  };
}

/**
 * Queues one plan's swap: reveals its hidden sheet, deletes the owned sheet it replaces (taking that sheet's tab
 * position), names it (a user's sheet of the same name makes "Name (2)", with a note) and records ownership under
 * `marker` (null: not an owned sheet).
 */
function swapIn(
  ctx: Excel.RequestContext, plan: SheetPlan, tempSheet: string, state: SwapState, info: WorkbookInfo,
  marker: string | null, notes: string[],
): string {
  const sheets = ctx.workbook.worksheets;
  const ws = sheets.getItem(tempSheet);
  ws.visibility = "Visible";
  const old = state.owned.get(plan.key);
  let at = -1;
  if (old !== undefined) {
    sheets.getItem(old).delete();
    at = state.order.indexOf(old);
    state.order.splice(at, 1);
    state.taken.delete(lower(old));
  }
  state.taken.delete(lower(tempSheet));
  const name = uniqueSheetName(plan.name, state.taken);
  if (name !== cleanSheetName(plan.name)) notes.push(`"${cleanSheetName(plan.name)}" is a sheet of yours: wrote "${name}" instead.`);
  state.taken.add(lower(name));
  ws.name = name;
  if (at >= 0) {
    ws.position = at;
    state.order.splice(at, 0, name);
  } else {
    state.order.push(name);
  }
  if (marker) {
    if (info.names.some((x) => lower(x.name) === lower(marker))) ctx.workbook.names.getItem(marker).delete();
    ctx.workbook.names.add(marker, `=${refToA1(name)}`);
  }
  return name;
}

/** Best-effort removal of the hidden sheets of a failed write (a later run sweeps any that remain). */
async function removeSheets(ctx: Excel.RequestContext, names: string[]): Promise<void> {
  try {
    for (const n of names) ctx.workbook.worksheets.getItemOrNullObject(n).delete();
    await ctx.sync();
  } catch {
    // leave them hidden; the next write removes leftovers
  }
}
