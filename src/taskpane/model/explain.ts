/** Finding the explanation of a selected cell among generated sheet plans, and the source cells it cites. */
import type { Explanation, SheetPlan } from "../../review/kit/plan";
import { parseA1 } from "../../review/kit/plan";
import type { CellRef, OwnedSheet } from "../../hosts/port";

/** A piece of an input line: plain text, or a cell reference that can be selected. */
export type InputPart = { kind: "text"; text: string } | { kind: "cell"; text: string; ref: CellRef };

export type ExplainResult =
  | { kind: "explained"; sheet: string; explanation: Explanation }
  | { kind: "noExplanation"; sheet: string; address: string }
  | { kind: "notGenerated"; ref: CellRef };

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
