/**
 * The tables (ListObjects) of a worksheet from its table parts, before the sheet is read: name, area, whether the
 * part says it has a header or totals row, and the column names. The areas tell the reader which rows it needs.
 */
import { parseRangeA1 } from "../../../review/kit/plan";
import { parseRels, relsPathOf, resolveTarget } from "../package-xml";
import type { PackageParts } from "./package-parts";
import { elements } from "./xml";

/** A table of a worksheet as its part declares it (0-based area, header row included). */
export interface TablePart {
  name: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** `headerRowCount="1"` (ExcelJS reads anything else, the default included, as no header row until repaired). */
  headerRow: boolean;
  totalsRow: boolean;
  columns: string[];
}

const TABLE = /\/table$/;

/** The tables of a worksheet part, in its relationships' order. */
export function readTableParts(parts: PackageParts, sheetPart: string): TablePart[] {
  const rels = parseRels(parts.text(relsPathOf(sheetPart)) ?? "").filter((r) => TABLE.test(r.type));
  const out: TablePart[] = [];
  for (const r of rels) {
    const xml = parts.text(resolveTarget(sheetPart, r.target));
    const table = xml === null ? undefined : elements(xml, "table")[0];
    if (!xml || !table) continue;
    const { attrs } = table;
    const area = parseRangeA1(attrs.ref ?? "");
    const name = attrs.name ?? attrs.displayName;
    if (!area || name === undefined) continue;
    out.push({
      name,
      top: area.row, left: area.col, bottom: area.row + area.rows - 1, right: area.col + area.cols - 1,
      headerRow: attrs.headerRowCount === "1",
      totalsRow: attrs.totalsRowCount === "1",
      columns: elements(xml, "tableColumn").map((c) => c.attrs.name ?? ""),
    });
  }
  return out;
}
