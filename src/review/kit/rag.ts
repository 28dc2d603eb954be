/**
 * RAG status of an index, decided on the index AS DISPLAYED. Rule: an index is shown to 1 decimal place, and its
 * Green / Amber / Red status is decided on the index rounded to that precision (half away from zero, as Excel's "0.0"
 * format shows it) — so with an Amber threshold of 60, 59.998 shows 60.0 and is Amber, 59.94 shows 59.9 and is Red.
 * Every place that shows an index with a status (review sheets, traffic-light icons, dashboard, CLI and task-pane
 * summaries) goes through these helpers, so a status never disagrees with the number beside it.
 */
import { status } from "../../imm";
import type { ImmSettings } from "../../imm/defaults";
import type { Rag } from "../assess/assessment";

/** Decimal places an index is displayed at (number format "0.0"). */
export const INDEX_DECIMALS = 1;
const SCALE = 10 ** INDEX_DECIMALS;

/** Drops binary noise below Excel's 15 significant digits (84.49999999999999 → 84.5). */
const excelDigits = (x: number): number => Number(x.toPrecision(15));

/** The index as displayed: round(index, 1), half away from zero on Excel's 15 significant digits (59.998 → 60, 59.95 → 60). */
export function roundIndex(index: number): number {
  if (!Number.isFinite(index)) return index;
  const r = Math.sign(index) * Math.round(excelDigits(Math.abs(index) * SCALE)) / SCALE;
  return r === 0 ? 0 : r;
}

/** The index as text at display precision: 59.998 → "60.0". */
export function fmtIndex(index: number): string {
  return roundIndex(index).toFixed(INDEX_DECIMALS);
}

/** STATUS of the displayed index: STATUS(round(index, 1), amber, green) — see the rule above. */
export function indexStatus(index: number, settings: Pick<ImmSettings, "amberThreshold" | "greenThreshold">): Rag {
  return status(roundIndex(index), settings.amberThreshold, settings.greenThreshold) as Rag;
}

/**
 * The raw-value cut-off at which a traffic-light icon (Excel compares the cell's raw value, ≥) switches, so that the
 * icon follows the rule above: round(x, 1) ≥ t ⇔ x ≥ ⌈t⌉₀.₁ − 0.05 (t rounded up to the display grid, less half a step).
 * E.g. threshold 60 → 59.95.
 */
export function iconThreshold(threshold: number): number {
  const up = Math.ceil(excelDigits(threshold * SCALE)) / SCALE;
  return excelDigits(up - 0.5 / SCALE);
}
