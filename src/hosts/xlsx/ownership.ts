/**
 * Ownership of generated sheets in an ExcelJS workbook: reading and writing the `IMM_Owned_<key>` defined names.
 * The mechanism and its pure part (markers, references, matching) are shared with the Office host: ../ownership.ts.
 */
import type { Workbook } from "exceljs";
import type { SheetRegistry } from "../../review/sheets/registry";
import { ownedSheets, refToA1 } from "../ownership";
import type { OwnedSheet } from "../port";

/** Sheets recorded as generated, whose sheets still exist, in registry order. */
export function readOwned(wb: Workbook, registry?: SheetRegistry): OwnedSheet[] {
  const names = wb.definedNames.model.filter((dn) => dn.ranges.length > 0).map((dn) => ({ name: dn.name, ref: dn.ranges[0] }));
  return ownedSheets(names, wb.worksheets.map((ws) => ws.name), registry);
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

/** Records `sheet` as the generated sheet of an ownership marker (replacing any earlier record). */
export function recordOwned(wb: Workbook, marker: string, sheet: string): void {
  removeName(wb, marker);
  wb.definedNames.add(refToA1(sheet), marker);
}
