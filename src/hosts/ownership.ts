/**
 * Ownership of generated sheets, shared by both hosts: one workbook-scoped defined name per generated sheet, its
 * registry entry's marker `IMM_Owned_<key>`, referring to A1 of the sheet (IMM_Owned_risk → 'IMM Risk Review'!$A$1).
 * Excel keeps such names pointing at the sheet when the user renames it, ExcelJS round-trips them and Office.js reads
 * them — so one mechanism serves every host. A name whose sheet no longer exists (#REF!) is ignored. The owned sheets
 * are the registry's review sheets and the portfolio's (registry.ts `ownedEntries`).
 * The pure part lives here; reading and writing the names (Office.js, ExcelJS) stays in each host.
 */
import { OWNED_PREFIX, ownedEntries, SHEET_REGISTRY, type SheetRegistry } from "../review/sheets/registry";
import type { OwnedSheet } from "./port";

export { OWNED_PREFIX };

/** The ownership marker (defined name) of a plan key; null for plans that are not generated sheets (templates, settings). */
export function ownershipMarker(key: string, registry: SheetRegistry = SHEET_REGISTRY): string | null {
  return ownedEntries(registry).find((e) => e.key === key)?.marker ?? null;
}

/** A sheet-qualified absolute reference to A1, the sheet name always quoted: 'IMM Risk Review'!$A$1. */
export function refToA1(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!$A$1`;
}

/**
 * The sheet of a name's reference such as "'IMM Risk Review'!$A$1", "=Sheet1!$A$1" (Office.js prefixes "=");
 * null for #REF! and anything else without a sheet. An unquoted sheet name never holds ' or # (Excel quotes those).
 */
export function sheetOfRef(ref: string): string | null {
  const r = ref.replace(/^=/, "");
  const quoted = /^'((?:[^']|'')+)'!/.exec(r);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const plain = /^([^!'#]+)!/.exec(r);
  return plain ? plain[1] : null;
}

/**
 * The owned sheets, in registry order (review sheets, then the portfolio's), from the workbook's defined names (name → reference; names are
 * case-insensitive) and its sheet names: a registry marker whose reference points at an existing sheet (matched
 * case-insensitively, as Excel does) owns that sheet, under the sheet's actual name.
 */
export function ownedSheets(
  names: readonly { name: string; ref: string }[], sheets: readonly string[], registry: SheetRegistry = SHEET_REGISTRY,
): OwnedSheet[] {
  const byName = new Map(names.map((n) => [n.name.toLowerCase(), n.ref]));
  const live = new Map(sheets.map((s) => [s.toLowerCase(), s]));
  const out: OwnedSheet[] = [];
  for (const { key, marker } of ownedEntries(registry)) {
    const ref = byName.get(marker.toLowerCase());
    const sheet = ref ? sheetOfRef(ref) : null;
    const actual = sheet ? live.get(sheet.toLowerCase()) : undefined;
    if (actual) out.push({ key, name: actual });
  }
  return out;
}
