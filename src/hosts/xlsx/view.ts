/**
 * The public read API for drawing an ExcelJS worksheet (the browser workbench's grid): where its tables, merges and
 * conditional formats are, in 1-based bounds. It hides how ExcelJS 4.4 keeps them (loosely typed internals).
 */
import type { Worksheet } from "exceljs";
import { parseRangeRef, tableBounds, tablesOf, type TableBounds } from "./tables";

/** 1-based bounds of a range on its sheet. */
export type RangeBounds = TableBounds;

/** A table's area and whether its first row is a header row. */
export interface TableArea {
  bounds: RangeBounds;
  headerRow: boolean;
}

interface CfColor {
  argb?: string;
}
/** The style a conditional-format rule paints. */
export interface CfStyle {
  fill?: { fgColor?: CfColor; bgColor?: CfColor };
  font?: { bold?: boolean; color?: CfColor };
}
/** One conditional-format rule, as ExcelJS models it. */
export interface CfRule {
  type: string;
  operator?: string;
  formulae?: unknown[];
  style?: CfStyle;
  color?: CfColor | CfColor[];
  cfvo?: { type: string; value?: number }[];
  iconSet?: string;
}
/** The rules on one range reference (possibly several space-separated ranges). */
export interface CfSource {
  ref: string;
  rules: CfRule[];
}

/** Bounds of an A1 reference such as "B2:D9" or "$C$5"; null when it is not one. */
export function rangeBounds(ref: string): RangeBounds | null {
  return parseRangeRef(ref);
}

/** The tables on a worksheet (a table without readable bounds is left out). */
export function tableAreas(ws: Worksheet): TableArea[] {
  const out: TableArea[] = [];
  for (const t of tablesOf(ws)) {
    const bounds = tableBounds(t) ?? (t.ref ? parseRangeRef(t.ref) : null);
    if (bounds) out.push({ bounds, headerRow: t.headerRow !== false });
  }
  return out;
}

/** The merged ranges of a worksheet. */
export function mergedAreas(ws: Worksheet): RangeBounds[] {
  const list = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  return list.map(parseRangeRef).filter((b): b is RangeBounds => b !== null);
}

/** The conditional formats of a worksheet. */
export function conditionalFormatsOf(ws: Worksheet): CfSource[] {
  return (ws as unknown as { conditionalFormattings?: CfSource[] }).conditionalFormattings ?? [];
}
