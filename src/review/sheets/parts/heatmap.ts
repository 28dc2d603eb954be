/**
 * The heat map as a coloured grid: likelihood on rows (highest at the top), consequence on columns (1 → max),
 * each cell filled by the rating band of L × C and holding the count of open threats placed there.
 */
import { riskRating } from "../../../imm";
import type { HeatMap, Rating } from "../../assess/assessment";
import { writeRows, explained, type CellContent, type Sheet } from "../../kit/layout";
import type { RangeRef } from "../../kit/plan";
import { FMT, RATING_STYLE } from "../../kit/styles";

/** Rows a heat map occupies (caption, header, one per likelihood). */
export function heatMapHeight(h: HeatMap): number {
  return h.likelihoodMax + 2;
}

/** The grid's orientation in words from the scale maxima, e.g. "rows L5→L1, columns C1→C5". */
export function heatMapAxes(h: HeatMap): string {
  return `rows L${h.likelihoodMax}→L1, columns C1→C${h.consequenceMax}`;
}

/**
 * The reading note of a heat map: likelihood top to bottom, consequence left to right (scale words on 5-point scales),
 * and with the rating bands the colours' words (never colour alone, issue 11 §5).
 */
export function heatMapNote(h: HeatMap, bands?: readonly number[]): string {
  const l = h.likelihoodMax === 5 ? "likelihood 5 (Almost certain) at the top down to 1 (Rare)" : `likelihood ${h.likelihoodMax} at the top down to 1`;
  const c = h.consequenceMax === 5 ? "consequence 1 (Insignificant) to 5 (Severe)" : `consequence 1 to ${h.consequenceMax}`;
  const legend = bands ? `: green Low ≤ ${bands[0]}, yellow Medium ≤ ${bands[1]}, orange High ≤ ${bands[2]}, red Extreme above` : "";
  return `Rows: ${l}; columns: ${c}. Cell colour = rating of L × C${legend}.`;
}

/** Writes a heat map with its caption at (row, col); returns the count cells' range. */
export function writeHeatMap(
  s: Sheet, row: number, col: number, h: HeatMap, caption: string, which: "inherent" | "residual", bands: readonly number[],
): RangeRef {
  writeRows(s, row, col, [[caption]], { style: { bold: true }, countWidths: false });
  const header: CellContent[] = ["L \\ C"];
  for (let c = 1; c <= h.consequenceMax; c++) header.push(`C${c}`);
  writeRows(s, row + 1, col, [header], { style: { bold: true, hAlign: "center", fill: "#F2F2F2", border: "thin" } });
  const rows: CellContent[][] = [];
  for (let l = h.likelihoodMax; l >= 1; l--) {
    const r: CellContent[] = [`L${l}`];
    for (let c = 1; c <= h.consequenceMax; c++) {
      const n = h.counts[l - 1][c - 1];
      const ids = h.ids[l - 1][c - 1];
      const rating = riskRating(l * c, bands) as Rating;
      r.push(explained(n, `${which === "inherent" ? "Inherent" : "Residual"} heat map, likelihood ${l} × consequence ${c}`,
        `Count of open threats in this cell = ${n}; cell score ${l} × ${c} = ${l * c} (${rating})`,
        ids.length > 0 ? [`Threats: ${ids.join(", ")}`] : ["No open threats here"]));
    }
    rows.push(r);
  }
  writeRows(s, row + 2, col, rows.map((r) => [r[0]]), { style: { bold: true, hAlign: "center", fill: "#F2F2F2", border: "thin" } });
  const grid = writeRows(s, row + 2, col + 1, rows.map((r) => r.slice(1)), {
    numberFormat: FMT.count, style: { bold: true, hAlign: "center", vAlign: "center", border: "thin", fontSize: 12 },
  });
  for (let i = 0; i < h.likelihoodMax; i++) {
    const l = h.likelihoodMax - i;
    for (let c = 1; c <= h.consequenceMax; c++) {
      const st = RATING_STYLE[riskRating(l * c, bands) as Rating];
      s.plan.styles.push({ range: { row: row + 2 + i, col: col + c, rows: 1, cols: 1 }, style: { fill: st.fill, fontColor: st.fontColor } });
    }
  }
  return grid;
}
