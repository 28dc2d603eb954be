/**
 * Where each plan goes, decided and validated from one read of the workbook BEFORE the first write (issue 9 §3):
 * a plan whose key has an owned sheet is rewritten in place on that sheet (same sheet object, same table names, so
 * the user's links survive — issue 9 §2); any other plan is written on a hidden work sheet first. Every final sheet,
 * table and name is chosen here, clashes included, so no write fails on a name.
 */
import type { SheetPlan, TablePlan } from "../../review/kit/plan";
import { rangeA1 } from "../../tables/problems";
import { cleanSheetName, cleanTableName, uniqueSheetName, uniqueTableName } from "../sheet-names";
import { ownershipMarker } from "../ownership";
import type { SheetRegistry } from "../../review/sheets/registry";
import type { WorkbookInfo } from "./workbook-info";
import { LOCK_NAME, runOfWorkSheet, isStale, workSheetName } from "./write-lock";

const lower = (s: string): string => s.toLowerCase();

/** One plan's destination. */
export interface Target {
  plan: SheetPlan;
  /** The owned sheet rewritten in place (its current name), or null for a new sheet. */
  existing: string | null;
  /** The sheet's name once written. */
  name: string;
  /** The hidden work sheet a new sheet is written on (null in place). */
  work: string | null;
  /** Final name of each plan table, in plan order. */
  tableNames: string[];
  /** In place: the sheet's tables kept (final names that already exist on it) and those to delete. */
  kept: Set<string>;
  dropped: string[];
  /** The recording name (owned review sheets only). */
  ownerName: string | null;
}

export interface TargetSet {
  targets: Target[];
  notes: string[];
  /** Hidden work sheets to remove first: this run's own (a resumed run) and crashed runs' leftovers. */
  sweep: string[];
}

/** A problem found before writing; nothing was changed. */
export class WritePlanError extends Error {}

/**
 * A1 address ("A1:K240") of the cells of a plan that hold a value once written — block values, and table header
 * cells (Excel names a blank one "Column1") — i.e. the sheet's used range of values; "" when none.
 */
export function planUsedAddress(plan: SheetPlan): string {
  let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
  for (const t of plan.tables) {
    r0 = Math.min(r0, t.range.row); r1 = Math.max(r1, t.range.row);
    c0 = Math.min(c0, t.range.col); c1 = Math.max(c1, t.range.col + t.range.cols - 1);
  }
  for (const b of plan.blocks) {
    b.values.forEach((row, i) => row.forEach((v, j) => {
      if (v === null || v === "" || (typeof v === "number" && !Number.isFinite(v))) return;
      r0 = Math.min(r0, b.row + i); r1 = Math.max(r1, b.row + i); c0 = Math.min(c0, b.col + j); c1 = Math.max(c1, b.col + j);
    }));
  }
  if (r1 < 0) return "";
  return rangeA1(r0, c0, r1, c1);
}

function overlaps(a: TablePlan["range"], b: TablePlan["range"]): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** Throws a WritePlanError for a plan Excel would refuse halfway (a table over merged cells or over another table). */
function checkPlan(plan: SheetPlan): void {
  plan.tables.forEach((t, i) => {
    const merged = plan.merges.find((m) => overlaps(m, t.range));
    if (merged) throw new WritePlanError(`${plan.name}: table ${t.name} would cover merged cells; nothing was written.`);
    if (plan.tables.slice(0, i).some((u) => overlaps(u.range, t.range))) throw new WritePlanError(`${plan.name}: table ${t.name} would overlap another table; nothing was written.`);
  });
}

/** Decides and validates every destination and name. Throws WritePlanError before anything is written. */
export function planTargets(
  plans: SheetPlan[], info: WorkbookInfo, mode: "owned" | "templates", runId: string, registry?: SheetRegistry,
): TargetSet {
  const markerOf = (key: string): string | null => (mode === "owned" ? ownershipMarker(key, registry) : null);
  plans.forEach(checkPlan);
  const owned = new Map(mode === "owned" ? info.owned.map((o) => [o.key as string, o.name]) : []);
  const inPlace = new Set(plans.flatMap((p) => (owned.has(p.key) ? [lower(owned.get(p.key) as string)] : [])));
  // This run's own work sheets go whatever their state (an interrupted run may have added one and not hidden it yet);
  // another run's only when hidden and stale.
  const sweep = info.sheets
    .filter((s) => !inPlace.has(lower(s.name)))
    .filter((s) => { const run = runOfWorkSheet(s.name); return run !== null && (run === runId || (s.visibility !== "Visible" && isStale(run))); })
    .map((s) => s.name);

  // Names the workbook uses that a table or recording name must not take (tables and names share one namespace).
  const swept = new Set(sweep.map(lower));
  const tableTaken = new Set([...info.tables.filter((t) => !swept.has(lower(t.sheet))).map((t) => lower(t.name)), ...info.names.map((n) => lower(n.name))]);
  for (const reserved of [LOCK_NAME, ...plans.flatMap((p) => markerOf(p.key) ?? [])]) {
    const t = info.tables.find((x) => lower(x.name) === lower(reserved));
    if (t) throw new WritePlanError(`The table ${t.name} on sheet "${t.sheet}" uses a name IMM needs (${reserved}); rename that table and run again. Nothing was written.`);
  }
  const sheetTaken = new Set(info.sheets.map((s) => lower(s.name)).filter((n) => !sweep.some((w) => lower(w) === n)));

  const notes: string[] = [];
  const targets = plans.map((plan, i): Target => {
    const existing = owned.get(plan.key) ?? null;
    if (existing !== null) sheetTaken.delete(lower(existing));
    const name = uniqueSheetName(plan.name, sheetTaken);
    sheetTaken.add(lower(name));
    if (name !== cleanSheetName(plan.name)) notes.push(`"${cleanSheetName(plan.name)}" is a sheet of yours: wrote "${name}" instead.`);
    const onSheet = existing === null ? [] : info.tables.filter((t) => lower(t.sheet) === lower(existing)).map((t) => t.name);
    const kept = new Set<string>();
    const tableNames = plan.tables.map((t) => {
      // In place, a plan table keeps the sheet's table of the same name, or of that name with a number that a user's
      // table forced earlier (IMM_RiskRegister2), so structured references to it survive.
      const base = cleanTableName(t.name);
      const mine = onSheet.find((n) => !kept.has(n) && new RegExp(`^${base.replace(/\./g, "\\.")}\\d*$`, "i").test(n));
      if (mine) { kept.add(mine); return mine; }
      return uniqueTableName(t.name, tableTaken);
    });
    const dropped = onSheet.filter((n) => !kept.has(n));
    const ownerName = markerOf(plan.key);
    return { plan, existing, name, work: existing === null ? workSheetName(runId, i) : null, tableNames, kept, dropped, ownerName };
  });
  return { targets, notes, sweep };
}

/** The comment recording what a generated sheet held when written: its used range ("IMM used A1:K240"). */
export function ownerComment(plan: SheetPlan): string {
  return `IMM used ${planUsedAddress(plan) || "none"}`;
}

/** The used range recorded in an owner comment, or null when there is none (names of earlier versions). */
export function recordedUsed(comment: string): string | null {
  const m = /^IMM used (\S+)$/.exec(comment.trim());
  return m ? (m[1] === "none" ? "" : m[1]) : null;
}
