/**
 * Co-authoring safety for writes (issue 9 §6). Every write run has its own id; its hidden work sheets carry that id
 * and a time stamp in their names, so a run removes only what it made and never a co-author's sheet in progress.
 * While a run writes, a workbook-scoped name `IMM_Writing` holds its id and start time: a second run that sees a
 * fresh one stops before writing anything ("another Generate is writing"), so two overlapping runs never interleave
 * their writes. A lock or work sheet older than STALE_MS is a crashed run's leftover and may be removed.
 */
import { TEMP_SHEET_PREFIX } from "../sheet-names";

/** The lock name (a constant string name: ="<run id> <ms since 1970>"). */
export const LOCK_NAME = "IMM_Writing";

/** After 15 minutes a lock or work sheet is a leftover: no Generate takes that long (10k risks write in seconds). */
export const STALE_MS = 15 * 60 * 1000;

/** A new run id: time stamp (base 36, 8 characters until 2059) + 4 random characters; unique per run. */
export function newRunId(now = Date.now(), random = Math.random): string {
  return `${now.toString(36)}${Math.floor(random() * 36 ** 4).toString(36).padStart(4, "0")}`;
}

/** The start time encoded in a run id (NaN when it is not one). */
export function runStart(runId: string): number {
  return /^[0-9a-z]{12}$/.test(runId) ? parseInt(runId.slice(0, 8), 36) : NaN;
}

/** The name of this run's i-th hidden work sheet: "~IMM writing <run id> <i>" (≤ 31 characters). */
export function workSheetName(runId: string, i: number): string {
  return `${TEMP_SHEET_PREFIX}${runId} ${i + 1}`;
}

/** The run id a hidden work sheet name carries; "" for names of earlier versions ("~IMM writing 1"); null when not one. */
export function runOfWorkSheet(name: string): string | null {
  if (!name.startsWith(TEMP_SHEET_PREFIX)) return null;
  const m = /^([0-9a-z]{12}) \d+$/.exec(name.slice(TEMP_SHEET_PREFIX.length));
  return m ? m[1] : "";
}

/** The formula of the lock name for a run. */
export function lockFormula(runId: string): string {
  return `="${runId}"`;
}

/** The run id held by a lock name's value (Excel may show the string with or without quotes). */
export function lockHolder(value: string): string {
  const m = /([0-9a-z]{12})/.exec(value);
  return m ? m[1] : "";
}

/** True when a run id is older than STALE_MS (or unreadable), i.e. its lock or work sheets are leftovers. */
export function isStale(runId: string, now = Date.now()): boolean {
  const t = runStart(runId);
  return !Number.isFinite(t) || now - t > STALE_MS;
}
