/** Finding the explanation of a selected cell among generated sheet plans, and the source cells it cites. */
import type { Explanation, PlanValue, SheetPlan } from "../../review/kit/plan";
import { parseA1, rangeA1 } from "../../review/kit/plan";
import type { CellRef, OwnedSheet } from "../../hosts/port";
import type { PlainCell } from "../../tables/types";

/** A piece of an input line: plain text, a cell reference, or a generated sheet's name, that can be selected. */
export type InputPart =
  | { kind: "text"; text: string }
  | { kind: "cell"; text: string; ref: CellRef }
  | { kind: "sheet"; text: string; ref: CellRef };

export type ExplainResult =
  | { kind: "explained"; sheet: string; explanation: Explanation }
  | { kind: "noExplanation"; sheet: string; address: string }
  | { kind: "notGenerated"; ref: CellRef }
  /** The cell no longer holds what the review wrote there (rows sorted, cells edited, inputs changed since). */
  | { kind: "changed"; sheet: string; address: string };

/** A generated sheet's name as it appears in explanation text, and the cell a link on it selects. */
export interface SheetLink {
  name: string;
  ref: CellRef;
}

/** Normalises an A1 address ("$c$5" → "C5"); the input unchanged when not an address. */
function normalizeAddress(address: string): string {
  const first = address.split(":")[0];
  const p = parseA1(first);
  return p ? first.replace(/\$/g, "").toUpperCase() : address;
}

/**
 * Looks up the explanation for `ref`: the sheet must be one the add-in owns (matched by its current name,
 * which may be "IMM Risk Review (2)"), and the plan of the same key must explain that address.
 */
export function findExplanation(ref: CellRef, owned: readonly OwnedSheet[], plans: readonly SheetPlan[]): ExplainResult {
  const sheet = owned.find((o) => o.name === ref.sheet);
  const address = normalizeAddress(ref.address);
  if (!sheet) return { kind: "notGenerated", ref };
  const plan = plans.find((p) => p.key === sheet.key);
  const explanation = plan?.explanations.find((e) => normalizeAddress(e.address) === address);
  if (!explanation) return { kind: "noExplanation", sheet: ref.sheet, address };
  return { kind: "explained", sheet: ref.sheet, explanation };
}

/**
 * What the review wrote on the row of `address`: the block holding the cell (the last one, as later blocks are
 * written over earlier ones), cut to that row, as an A1 range and its values. Null when no block holds the cell.
 */
export function plannedRow(plan: SheetPlan, address: string): { address: string; values: PlanValue[] } | null {
  const at = parseA1(normalizeAddress(address));
  if (!at) return null;
  const block = [...plan.blocks].reverse().find((b) => at.row >= b.row && at.row < b.row + b.values.length
    && at.col >= b.col && at.col < b.col + (b.values[at.row - b.row]?.length ?? 0));
  if (!block) return null;
  const values = block.values[at.row - block.row];
  return { address: rangeA1({ row: at.row, col: block.col, rows: 1, cols: values.length }), values };
}

function plain(v: PlanValue | PlainCell): PlainCell {
  if (v === "" || v === null) return null;
  if (typeof v === "number" && !Number.isFinite(v)) return null;
  return typeof v === "string" ? v.trim() : v;
}

/**
 * True when a row read from the sheet still holds what the plan wrote in every cell the plan filled: equal texts
 * (trimmed), equal booleans, numbers equal to 1e-9 relative (Excel keeps 15 digits). Cells the plan left blank are
 * not compared (a merged cell reads as its anchor's value in some hosts); a sorted row differs in its filled cells.
 */
export function sameRow(planned: readonly PlanValue[], actual: readonly PlainCell[]): boolean {
  return planned.every((p, i) => {
    const a = plain(actual[i] ?? null);
    const e = plain(p);
    if (e === null) return true;
    if (typeof e === "number" && typeof a === "number") return Math.abs(e - a) <= 1e-9 * Math.max(1, Math.abs(e), Math.abs(a));
    return e === a;
  });
}

/**
 * Links for the generated sheets an explanation may name ("See IMM Partnership Review"): each plan's name, to its
 * sheet's current name, at the first cell explained there under the same label (or starting with it, e.g.
 * "Partnership index" → "Partnership index, 2025-Q4"), else A1.
 */
export function sheetLinks(label: string, owned: readonly OwnedSheet[], plans: readonly SheetPlan[]): SheetLink[] {
  return plans.map((p) => {
    const sheet = owned.find((o) => o.key === p.key)?.name ?? p.name;
    const same = p.explanations.find((e) => e.label === label) ?? p.explanations.find((e) => e.label.startsWith(label));
    return { name: p.name, ref: { sheet, address: same ? normalizeAddress(same.address) : "A1" } };
  });
}

/** Splits the text parts of an input line at the names of generated sheets (longest first) into links to them. */
export function withSheetLinks(parts: InputPart[], links: readonly SheetLink[]): InputPart[] {
  const sorted = [...links].sort((a, b) => b.name.length - a.name.length);
  let out = parts;
  for (const link of sorted) {
    out = out.flatMap((part) => {
      if (part.kind !== "text" || !part.text.includes(link.name)) return [part];
      const pieces = part.text.split(link.name);
      return pieces.flatMap((text, i): InputPart[] => [
        ...(text ? [{ kind: "text" as const, text }] : []),
        ...(i < pieces.length - 1 ? [{ kind: "sheet" as const, text: link.name, ref: link.ref }] : []),
      ]);
    });
  }
  return out;
}

const CELL_REF = /(?:'((?:[^']|'')+)'|([A-Za-z0-9_][A-Za-z0-9_.]*))!(\$?[A-Za-z]{1,3}\$?\d{1,7})/g;

/** Splits an input line such as "Likelihood 4 (Risks!E7)" into text and selectable cell references. */
export function splitInputRefs(line: string): InputPart[] {
  const parts: InputPart[] = [];
  let last = 0;
  for (const m of line.matchAll(CELL_REF)) {
    const start = m.index ?? 0;
    const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? "").trim();
    if (!sheet) continue;
    if (start > last) parts.push({ kind: "text", text: line.slice(last, start) });
    parts.push({ kind: "cell", text: m[0], ref: { sheet, address: m[3].replace(/\$/g, "").toUpperCase() } });
    last = start + m[0].length;
  }
  if (last < line.length) parts.push({ kind: "text", text: line.slice(last) });
  return parts;
}
