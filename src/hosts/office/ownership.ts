/**
 * Ownership of generated sheets: one workbook-scoped name per review sheet, `IMM_Owned_<key>`, referring to A1
 * of the sheet (IMM_Owned_risk → ='IMM Risk Review'!$A$1) — the same mechanism as the xlsx host. Excel keeps the
 * name pointing at the sheet when the user renames it; after the sheet is deleted it reads #REF! and is ignored.
 */
import type { SheetKey } from "../../review/kit/plan";
import type { OwnedSheet } from "../port";

export const OWNED_PREFIX = "IMM_Owned_";
export const SHEET_KEYS: readonly SheetKey[] = ["risk", "partnership", "performance", "integrated", "dashboard"];

/** The defined name recording ownership of a review sheet. */
export function ownedName(key: SheetKey): string {
  return `${OWNED_PREFIX}${key}`;
}

/** The formula a name uses to refer to a sheet's A1. */
export function refTo(sheet: string): string {
  return `='${sheet.replace(/'/g, "''")}'!$A$1`;
}

/** The sheet in a name's value such as "'IMM Risk Review'!$A$1" or "Sheet1!$A$1"; null for #REF! and others. */
export function sheetOfRef(ref: string): string | null {
  const r = ref.replace(/^=/, "");
  const quoted = /^'((?:[^']|'')+)'!/.exec(r);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const plain = /^([^!'#]+)!/.exec(r);
  return plain ? plain[1] : null;
}

/** True for review sheet keys (templates are not owned). */
export function isSheetKey(key: string): key is SheetKey {
  return (SHEET_KEYS as readonly string[]).includes(key);
}

/** Owned sheets from loaded names (name → value) and existing sheet names, in key order. */
export function ownedFrom(names: { name: string; value: string }[], sheets: string[]): OwnedSheet[] {
  const byName = new Map(names.map((n) => [n.name.toLowerCase(), n.value]));
  const live = new Map(sheets.map((s) => [s.toLowerCase(), s]));
  const out: OwnedSheet[] = [];
  for (const key of SHEET_KEYS) {
    const value = byName.get(ownedName(key).toLowerCase());
    const sheet = value ? sheetOfRef(value) : null;
    const actual = sheet ? live.get(sheet.toLowerCase()) : undefined;
    if (actual) out.push({ key, name: actual });
  }
  return out;
}
