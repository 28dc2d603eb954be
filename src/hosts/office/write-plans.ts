/**
 * Writing sheet plans safely: every plan is built on a new HIDDEN sheet under a temporary name; only when all are
 * written does one final batch delete the owned sheets they replace, rename and reveal the new ones, rename their
 * tables and record ownership names. A failure before that leaves the workbook as it was (the hidden sheets are
 * removed, or swept at the next run). User sheets are never touched: a clashing name makes "Name (2)".
 */
import type { SheetPlan } from "../../review/plan";
import type { Progress, WriteResult } from "../port";
import { Batcher, OP_OVERHEAD } from "./batcher";
import { cleanSheetName, TEMP_SHEET_PREFIX, uniqueSheetName, uniqueTableName } from "../sheet-names";
import { isSheetKey, ownedName, refTo } from "./ownership";
import type { Features } from "./runner";
import { queueWorkbookInfo } from "./workbook-info";
import { type PendingTable, writeSheet } from "./write-sheet";

export interface WritePlansOptions {
  features: Features;
  budget: number;
  /** Review sheets (replace owned, record ownership) or templates (plain new user sheets). */
  mode: "owned" | "templates";
  progress?: Progress;
}

const lower = (s: string): string => s.toLowerCase();

/** Writes the plans in one Excel.run batch function: 1 read sync, then syncs only as the payload budget requires. */
export async function writePlans(ctx: Excel.RequestContext, plans: SheetPlan[], opts: WritePlansOptions): Promise<WriteResult> {
  const readInfo = queueWorkbookInfo(ctx);
  await ctx.sync();
  const info = readInfo();
  const batch = new Batcher(ctx, opts.budget, opts.features.suspendCalc);
  const sheets = ctx.workbook.worksheets;

  const leftovers = info.sheets.filter((s) => s.name.startsWith(TEMP_SHEET_PREFIX) && s.visibility !== "Visible").map((s) => s.name);
  for (const name of leftovers) {
    await batch.reserve(OP_OVERHEAD);
    sheets.getItem(name).delete();
  }
  const order = info.sheets.map((s) => s.name).filter((n) => !leftovers.includes(n));
  const taken = new Set(order.map(lower));
  const owned = new Map(opts.mode === "owned" ? info.owned.map((o) => [o.key as string, o.name]) : []);
  const replaced = new Set(plans.flatMap((p) => (owned.has(p.key) ? [owned.get(p.key) as string] : [])));

  const nameTaken = info.names.map((n) => lower(n.name));
  const finals = new Set([...info.tables.filter((t) => !replaced.has(t.sheet)).map((t) => lower(t.name)), ...nameTaken]);
  const temps = new Set([...info.tables.map((t) => lower(t.name)), ...nameTaken]);
  const tableNames = (desired: string): { tempName: string; finalName: string } => {
    const finalName = uniqueTableName(desired, finals);
    temps.add(lower(finalName));
    const tempName = uniqueTableName(`${finalName}_w`, temps);
    finals.add(lower(tempName));
    return { tempName, finalName };
  };

  const tempSheets: string[] = [];
  try {
    const pending: PendingTable[] = [];
    const notes: string[] = [];
    for (let i = 0; i < plans.length; i++) {
      opts.progress?.(i, plans.length, plans[i].name);
      const temp = uniqueSheetName(`${TEMP_SHEET_PREFIX}${i + 1}`, taken);
      taken.add(lower(temp));
      await batch.reserve(2 * OP_OVERHEAD);
      const ws = sheets.add(temp);
      ws.visibility = "Hidden";
      tempSheets.push(temp);
      const written = await writeSheet(ws, temp, plans[i], batch, { features: opts.features, tableNames });
      pending.push(...written.tables);
      notes.push(...written.notes);
    }

    // The swap: reserved as a whole so it is never split across syncs, then queued in order.
    await batch.reserve((8 * plans.length + pending.length) * OP_OVERHEAD);
    const result: string[] = [];
    for (let i = 0; i < plans.length; i++) {
      const plan = plans[i];
      const ws = sheets.getItem(tempSheets[i]);
      ws.visibility = "Visible";
      const old = owned.get(plan.key);
      let at = -1;
      if (old !== undefined) {
        sheets.getItem(old).delete();
        at = order.indexOf(old);
        order.splice(at, 1);
        taken.delete(lower(old));
      }
      taken.delete(lower(tempSheets[i]));
      const name = uniqueSheetName(plan.name, taken);
      if (name !== cleanSheetName(plan.name)) notes.push(`"${cleanSheetName(plan.name)}" is a sheet of yours: wrote "${name}" instead.`);
      taken.add(lower(name));
      ws.name = name;
      if (at >= 0) {
        ws.position = at;
        order.splice(at, 0, name);
      } else {
        order.push(name);
      }
      if (opts.mode === "owned" && isSheetKey(plan.key)) {
        const n = ownedName(plan.key);
        if (info.names.some((x) => lower(x.name) === lower(n))) ctx.workbook.names.getItem(n).delete();
        ctx.workbook.names.add(n, refTo(name));
      }
      result.push(name);
    }
    for (const t of pending) {
      if (t.tempName === t.finalName) continue;
      ctx.workbook.tables.getItem(t.tempName).name = t.finalName;
    }
    await batch.flush();
    opts.progress?.(plans.length, plans.length, "done");
    return { sheets: result, notes };
  } catch (e) {
    await removeSheets(ctx, tempSheets);
    throw e;
  }
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
