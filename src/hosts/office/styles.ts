/** CellStyle (plan) → range.format properties, set on whole ranges. */
import type { CellStyle } from "../../review/kit/plan";
import type { Features } from "./runner";

const H: Record<NonNullable<CellStyle["hAlign"]>, "Left" | "Center" | "Right"> = { left: "Left", center: "Center", right: "Right" };
const V: Record<NonNullable<CellStyle["vAlign"]>, "Top" | "Center" | "Bottom"> = { top: "Top", center: "Center", bottom: "Bottom" };

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

function edge(range: Excel.Range, index: Edge, weight: "Thin" | "Thick"): void {
  const b = range.format.borders.getItem(index);
  b.style = "Continuous";
  b.weight = weight;
}

/** Upper bound of operations applyStyle queues (reserve this before calling it). */
export const MAX_STYLE_OPS = 24;

/** Queues the style's format properties on a range; returns the number of operations queued. */
export function applyStyle(range: Excel.Range, style: CellStyle, features: Features, multiRow: boolean, multiCol: boolean): number {
  let ops = 0;
  const f = range.format;
  if (style.bold !== undefined) { f.font.bold = style.bold; ops++; }
  if (style.italic !== undefined) { f.font.italic = style.italic; ops++; }
  if (style.fontSize !== undefined) { f.font.size = style.fontSize; ops++; }
  if (style.fontColor !== undefined) { f.font.color = style.fontColor; ops++; }
  if (style.fill !== undefined) { f.fill.color = style.fill; ops++; }
  if (style.hAlign !== undefined) { f.horizontalAlignment = H[style.hAlign]; ops++; }
  if (style.vAlign !== undefined) { f.verticalAlignment = V[style.vAlign]; ops++; }
  if (style.wrap !== undefined) { f.wrapText = style.wrap; ops++; }
  if (style.indent !== undefined && features.indent) { f.indentLevel = style.indent; ops++; }
  if (style.border === "thin") {
    const edges: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    if (multiRow) edges.push("InsideHorizontal");
    if (multiCol) edges.push("InsideVertical");
    for (const e of edges) edge(range, e, "Thin");
    ops += edges.length * 2;
  } else if (style.border === "bottom") {
    edge(range, "EdgeBottom", "Thin");
    ops += 2;
  } else if (style.border === "thickBottom") {
    edge(range, "EdgeBottom", "Thick");
    ops += 2;
  }
  return ops;
}

/** Excel character-unit column width → points (Office.js columnWidth is in points). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
