/** Which input tables a workbook has already, so Start inserts only the missing ones. */
import type { TemplateKey } from "../../templates/templates";
import { findTables } from "../../tables";
import type { WorkbookSnapshot } from "../../tables/types";

export interface ExistingTable {
  key: TemplateKey;
  /** Where it is, e.g. "Risks!A3:H27". */
  where: string;
}

/**
 * Splits the chosen templates into those to insert and those the workbook has already. A table counts as present
 * however the review would find it (by its Excel table name, an alias, or its headers): inserting a second one
 * would only make an unused "IMM_Risks2".
 */
export function splitTemplates(snapshot: WorkbookSnapshot, chosen: readonly TemplateKey[]): { insert: TemplateKey[]; existing: ExistingTable[] } {
  const found = findTables(snapshot);
  const insert: TemplateKey[] = [];
  const existing: ExistingTable[] = [];
  for (const key of chosen) {
    const t = found[key];
    if (t) existing.push({ key, where: `${t.sheet}!${t.range}` });
    else insert.push(key);
  }
  return { insert, existing };
}
