/**
 * The sheets the review does not read back, from the package's defined names: exactly as XlsxHost.readSnapshot
 * decides (its generated sheets, by their `IMM_Owned_<key>` marks, except those read back such as IMM History).
 */
import { notReadBack, SHEET_REGISTRY, type SheetRegistry } from "../../../review/sheets/registry";
import { ownedSheets } from "../../ownership";
import type { DefinedName, PackageSheet } from "./workbook-part";

/** A `skip` option for readPackage: the owned generated sheets not read back. */
export function skipOwned(registry: SheetRegistry = SHEET_REGISTRY) {
  return ({ sheets, definedNames }: { sheets: readonly PackageSheet[]; definedNames: readonly DefinedName[] }): string[] => {
    const names = definedNames.filter((d) => d.value !== "").map((d) => ({ name: d.name, ref: d.value }));
    const worksheets = sheets.filter((s) => s.kind === "worksheet").map((s) => s.name);
    return notReadBack(ownedSheets(names, worksheets, registry), registry);
  };
}
