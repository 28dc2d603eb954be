/**
 * Ownership of generated sheets: one workbook-scoped defined name per review sheet, `IMM_Owned_<key>`,
 * referring to A1 of the sheet (e.g. IMM_Owned_risk → 'IMM Risk Review'!$A$1). Excel keeps such names
 * pointing at the sheet when the user renames it, ExcelJS round-trips them, and the Office host can read the
 * same names — so one mechanism serves every host. A name whose sheet no longer exists is ignored.
 */
import type { Workbook } from "exceljs";
import type { SheetKey } from "../../review/kit/plan";
import type { OwnedSheet } from "../port";

export const OWNED_PREFIX = "IMM_Owned_";
const KEYS: readonly SheetKey[] = ["risk", "partnership", "performance", "integrated", "dashboard"];

/** The defined name recording ownership of a review sheet. */
export function ownedName(key: SheetKey): string {
  return `${OWNED_PREFIX}${key}`;
}

/** The sheet name in a reference such as "'IMM Risk Review'!$A$1" or "Sheet1!$A$1"; null if none. */
export function sheetOfRef(ref: string): string | null {
  const quoted = /^'((?:[^']|'')+)'!/.exec(ref);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const plain = /^([^!']+)!/.exec(ref);
  return plain ? plain[1] : null;
}

/** A sheet-qualified absolute A1 reference, quoting the sheet name. */
export function a1RefOf(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!$A$1`;
}

/** Sheets recorded as generated, whose sheets still exist, in key order. */
export function readOwned(wb: Workbook): OwnedSheet[] {
  const byName = new Map<string, string[]>();
  for (const dn of wb.definedNames.model) byName.set(dn.name.toLowerCase(), dn.ranges);
  const out: OwnedSheet[] = [];
  for (const key of KEYS) {
    const ranges = byName.get(ownedName(key).toLowerCase());
    const sheet = ranges && ranges.length ? sheetOfRef(ranges[0]) : null;
    const ws = sheet ? wb.getWorksheet(sheet) : undefined;
    if (ws) out.push({ key, name: ws.name });
  }
  return out;
}

/** Removes every reference of a defined name. */
export function removeName(wb: Workbook, name: string): void {
  const existing = wb.definedNames.model.find((dn) => dn.name.toLowerCase() === name.toLowerCase());
  if (!existing) return;
  for (const r of existing.ranges) {
    try {
      wb.definedNames.remove(r, existing.name);
    } catch {
      // a reference ExcelJS cannot parse is dropped with the rest of the model below
    }
  }
  if (wb.definedNames.model.some((dn) => dn.name === existing.name)) {
    wb.definedNames.model = wb.definedNames.model.filter((dn) => dn.name !== existing.name);
  }
}

/** Records `sheet` as the generated sheet for `key` (replacing any earlier record). */
export function recordOwned(wb: Workbook, key: SheetKey, sheet: string): void {
  const name = ownedName(key);
  removeName(wb, name);
  wb.definedNames.add(a1RefOf(sheet), name);
}
