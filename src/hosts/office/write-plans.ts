/**
 * Writing sheet plans so that the workbook ends in the old state or the new one, never a mix (issue 9 §2, §3, §6).
 *
 * 1. Read: sheets, names, tables (+ the owned sheets' tables, charts and used range). Every destination and name is
 *    decided and validated from this read (write-targets.ts): a clash or a bad plan stops here, nothing written.
 * 2. Prepare (invisible): take the write lock (write-lock.ts), remove this run's and crashed runs' hidden work sheets,
 *    and write each NEW sheet on a hidden work sheet named for this run. A failure here removes only what this run
 *    made and releases the lock: the workbook is as it was.
 * 3. Commit: record ownership of the new sheets (before they show, so a resumed run recognises them), rewrite each
 *    owned sheet IN PLACE (regenerate.ts: same sheet, same tables, so the user's links survive), reveal and name the
 *    new sheets, release the lock. Excel keeps the operations that ran before a failing one, so a failure here
 *    throws CommitInterrupted: every step of the commit is idempotent, and the caller runs the write once more under
 *    the same run id (the resumed run finds the ownership names and finishes in place) — the new state.
 * User sheets are never touched: a clashing name makes "Name (2)".
 */
import type { SheetPlan } from "../../review/kit/plan";
import type { Progress, WriteResult } from "../port";
import { Batcher, OP_OVERHEAD } from "./batcher";
import { clearOps, clearSheet, queueSheetDetails, type SheetDetails, wasEdited } from "./regenerate";
import { refToA1 } from "../ownership";
import type { SheetRegistry } from "../../review/sheets/registry";
import type { Features } from "./runner";
import { queueWorkbookInfo, type WorkbookInfo } from "./workbook-info";
import { isStale, LOCK_NAME, lockFormula, lockHolder } from "./write-lock";
import { writeSheet } from "./write-sheet";
import { ownerComment, planTargets, recordedUsed, type Target, WritePlanError } from "./write-targets";

export interface WritePlansOptions {
  features: Features;
  budget: number;
  /** Review sheets (replace owned, record ownership) or templates (plain new user sheets). */
  mode: "owned" | "templates";
  /** The sheet registry deciding which plans are owned (default: the built-in one). */
  sheets?: SheetRegistry;
  progress?: Progress;
  /** This run's id (write-lock.ts newRunId); a resumed run passes the same id. */
  runId: string;
  /** Owned sheets the user had edited, found by the first attempt of this run (a resumed run cannot tell any more). */
  edited?: string[];
}

/** The commit failed partway: part of the new state is written. Run the same write again (same run id) to finish. */
export class CommitInterrupted extends Error {
  constructor(readonly cause: unknown, readonly edited: string[]) {
    super(`Generate was interrupted while replacing the IMM sheets: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

const lower = (s: string): string => s.toLowerCase();

/** Writes the plans in one Excel.run batch function: 1–2 read syncs, then syncs only as the payload budget requires. */
export async function writePlans(ctx: Excel.RequestContext, plans: SheetPlan[], opts: WritePlansOptions): Promise<WriteResult> {
  const readInfo = queueWorkbookInfo(ctx, opts.sheets);
  await ctx.sync();
  const info = readInfo();
  checkLock(info, opts.runId);
  const { targets, notes, sweep } = planTargets(plans, info, opts.mode, opts.runId, opts.sheets);
  const details = await readOwnedSheets(ctx, targets);
  const edited = opts.edited ?? editedSheets(targets, details, info);
  for (const name of edited) notes.push(`"${name}" had changes of yours since IMM generated it; they were overwritten.`);

  const batch = new Batcher(ctx, opts.budget, opts.features.suspendCalc);
  const made: Excel.Worksheet[] = [];
  try {
    await prepare(ctx, targets, sweep, info, batch, opts, made, notes);
  } catch (e) {
    const holder = await undoMade(ctx, targets.flatMap((t) => (t.work ? [t.work] : [])), opts.runId);
    if (holder !== null && holder !== opts.runId) throw busy(); // another run took the lock between our read and write
    throw e;
  }
  try {
    await commit(ctx, targets, info, details, batch, opts, notes);
  } catch (e) {
    if (opts.mode === "owned") throw new CommitInterrupted(e, edited);
    // Templates are plain user sheets with no ownership to resume from: the sheets this run added (known by id,
    // loaded with the preparation's last sync) are removed again, whatever name they reached.
    await undoMade(ctx, made.map((ws) => ws.id), opts.runId);
    throw e;
  }
  opts.progress?.(plans.length, plans.length, "done");
  return { sheets: targets.map((t) => t.name), notes, edited };
}

/** Refuses to start while another run (a co-author's, or another task pane's) holds a fresh lock. */
function checkLock(info: WorkbookInfo, runId: string): void {
  const lock = info.names.find((n) => lower(n.name) === lower(LOCK_NAME));
  if (!lock) return;
  const holder = lockHolder(lock.value);
  if (holder === "") {
    throw new WritePlanError(`The workbook has a name ${lock.name} (${lock.value}) that IMM needs while it writes; rename it and run again. Nothing was written.`);
  }
  if (holder !== runId && !isStale(holder)) {
    throw busy();
  }
}

function busy(): WritePlanError {
  return new WritePlanError("Another Generate is writing to this workbook right now (perhaps a co-author's). Nothing was written; try again when it has finished.");
}

/** One more read sync, only when sheets are rewritten in place: their tables' ranges, charts and used range. */
async function readOwnedSheets(ctx: Excel.RequestContext, targets: Target[]): Promise<Map<Target, SheetDetails>> {
  const inPlace = targets.filter((t) => t.existing !== null);
  if (inPlace.length === 0) return new Map();
  const readers = inPlace.map((t) => queueSheetDetails(ctx, t));
  await ctx.sync();
  return new Map(inPlace.map((t, i) => [t, readers[i]()]));
}

/** Owned sheets whose used range differs from the one recorded when IMM wrote them (the user added or removed cells). */
function editedSheets(targets: Target[], details: Map<Target, SheetDetails>, info: WorkbookInfo): string[] {
  const comments = new Map(info.names.map((n) => [lower(n.name), n.comment]));
  return targets.filter((t) => {
    const d = details.get(t);
    const recorded = t.ownerName ? recordedUsed(comments.get(lower(t.ownerName)) ?? "") : null;
    return d !== undefined && wasEdited(recorded, d);
  }).map((t) => t.existing as string);
}

/** Phase 2: lock, sweep, and every new sheet written hidden under this run's work-sheet name. */
async function prepare(
  ctx: Excel.RequestContext, targets: Target[], sweep: string[], info: WorkbookInfo, batch: Batcher,
  opts: WritePlansOptions, made: Excel.Worksheet[], notes: string[],
): Promise<void> {
  await batch.reserve((3 + sweep.length) * OP_OVERHEAD);
  const names = ctx.workbook.names;
  if (info.names.some((n) => lower(n.name) === lower(LOCK_NAME))) names.getItem(LOCK_NAME).delete(); // ours, or stale
  names.add(LOCK_NAME, lockFormula(opts.runId));
  for (const s of sweep) ctx.workbook.worksheets.getItem(s).delete();
  let i = 0;
  for (const t of targets) {
    if (t.work === null) continue;
    opts.progress?.(i++, targets.length, t.plan.name);
    await batch.reserve(2 * OP_OVERHEAD);
    const ws = ctx.workbook.worksheets.add(t.work);
    ws.visibility = "Hidden";
    made.push(ws.load("id"));
    const written = await writeSheet(ws, t.plan, batch, { features: opts.features, target: t });
    notes.push(...written.notes);
  }
  // Review sheets: the commit may share the preparation's last sync (a failure there is resumed like any commit
  // failure: the resumed run sweeps this run's work sheets and starts again), so no extra sync. Templates are undone
  // by sheet id instead, which needs the ids loaded first.
  if (opts.mode === "templates") await batch.flush();
}

/** Phase 3 (idempotent): ownership first, then the in-place rewrites, then the new sheets shown, then the lock freed. */
async function commit(
  ctx: Excel.RequestContext, targets: Target[], info: WorkbookInfo, details: Map<Target, SheetDetails>, batch: Batcher,
  opts: WritePlansOptions, notes: string[],
): Promise<void> {
  const sheets = ctx.workbook.worksheets;
  const names = ctx.workbook.names;
  const fresh = targets.filter((t) => t.work !== null);
  const existingNames = new Set(info.names.map((n) => lower(n.name)));
  await batch.reserve(2 * fresh.length * OP_OVERHEAD);
  for (const t of fresh) {
    if (!t.ownerName) continue;
    if (existingNames.has(lower(t.ownerName))) names.getItem(t.ownerName).delete(); // a #REF! leftover of a deleted sheet
    names.add(t.ownerName, `=${refToA1(t.work as string)}`, ownerComment(t.plan));
  }
  let i = targets.length - fresh.length;
  for (const t of targets) {
    if (t.existing === null) continue;
    opts.progress?.(i++, targets.length, t.plan.name);
    const d = details.get(t) as SheetDetails;
    await batch.reserve((clearOps(t, d) + 3) * OP_OVERHEAD);
    const ws = sheets.getItem(t.existing);
    clearSheet(ws, t, d, opts.features);
    if (t.name !== t.existing) ws.name = t.name;
    if (t.ownerName) names.getItem(t.ownerName).comment = ownerComment(t.plan);
    const written = await writeSheet(ws, t.plan, batch, { features: opts.features, target: t, details: d });
    notes.push(...written.notes);
  }
  await batch.reserve((3 * fresh.length + 1) * OP_OVERHEAD);
  for (const t of fresh) {
    const ws = sheets.getItem(t.work as string);
    ws.visibility = "Visible";
    ws.name = t.name;
  }
  names.getItem(LOCK_NAME).delete();
  await batch.flush();
}

/**
 * Best-effort removal of the sheets this run made (by work-sheet name or id; nothing else) and of this run's lock.
 * Returns who holds the lock afterwards (null: nobody, or unknown).
 */
async function undoMade(ctx: Excel.RequestContext, sheets: string[], runId: string): Promise<string | null> {
  try {
    for (const n of sheets) ctx.workbook.worksheets.getItemOrNullObject(n).delete();
    const lock = ctx.workbook.names.getItemOrNullObject(LOCK_NAME).load("value");
    await ctx.sync();
    if (lock.isNullObject) return null;
    const holder = lockHolder(String(lock.value));
    if (holder === runId) {
      lock.delete();
      await ctx.sync();
      return null;
    }
    return holder;
  } catch {
    return null; // leave them hidden; a later run removes stale work sheets and locks
  }
}
