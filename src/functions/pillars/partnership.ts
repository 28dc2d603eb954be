/**
 * Partnership pillar custom functions: PARTNERSHIPINDEX, PERCEPTIONGAP.
 * The JSDoc of each exported function is its declaration: custom-functions-metadata turns it into functions.json (id,
 * parameters, help), scripts/function-examples.ts reads its @example, the fuzz harness its parameters, and
 * src/functions/functions.ts re-exports it for Node. Export nothing else from this file: every export is a custom function.
 */
import { partnershipIndex as partnershipIndexOf, perceptionGap as perceptionGapOf } from "../../imm";
import { badValue, nothingToCompute } from "../../imm/errors";
import { badShape } from "../../imm/checks";
import { isBlank, parseNonNegative, parseRating } from "../../imm/scales";
import type { Grid } from "../args";
import { cellName, flatten, isOmitted, shapeOf, showShape, toGrid } from "../args";
import { located, numberOrNull } from "../cells";
import { guard } from "../guard";
import type { ErrorValue } from "../result-error";
import { numberSetting } from "../settings";

/**
 * Partnership index = 100 × Σ w (r − 1) / ((scaleMax − 1) Σ w), r the factor's rating (or the mean of its public and
 * private ratings in a two-column range). Blank ratings are skipped with their weights. One row is always a list of
 * factors: a 1×2 row is two factors, as a 1×3 row is three.
 * @customfunction PARTNERSHIPINDEX
 * @helpurl https://localhost:3000/help/functions.html#PARTNERSHIPINDEX
 * @param ratings Factor ratings 1–scaleMax: one row or one column (a rating per factor), or two columns (public, private) of two or more rows, one row per factor.
 * @param [weights] One weight ≥ 0 per factor (blank → 1; default all 1).
 * @param [scaleMax] Top of the rating scale (default 5).
 * @returns The partnership index, 0–100.
 * @example =IMM.PARTNERSHIPINDEX({4;3;5}) → 75
 * Three factor ratings on a 1–5 scale: 100 × (3 + 2 + 4) / (4 × 3).
 */
export function partnershipIndex(ratings: any[][], weights?: any[][], scaleMax?: number): number | string | ErrorValue {
  return guard("PARTNERSHIPINDEX", ["ratings", "weights"], () => {
    const top = numberSetting(scaleMax, "scaleMax", 5);
    if (!(top > 1)) badValue("scaleMax", "a number > 1", scaleMax);
    let R: Grid = toGrid(ratings, "ratings");
    let shape = shapeOf(R);
    if (shape.rows === 0) nothingToCompute("ratings", "the range is empty");
    // One row is always a list of factors (never one factor's public/private pair), so that a 1×2 and a 1×3 row are
    // read the same way; a pair per factor needs the two-column layout.
    if (shape.rows === 1 && shape.cols > 1) {
      R = R[0].map((v) => [v]);
      shape = shapeOf(R);
    }
    if (shape.cols > 2) badShape("ratings", "one column, or two (public, private)", `a ${showShape(shape)} range`);
    const table: (number | null)[][] = R.map((row, r) =>
      row.map((v, c) => (isBlank(v) ? null : parseRating(v, cellName("ratings", shape, r, c), top))),
    );
    let w: number[] | undefined;
    if (!isOmitted(weights)) {
      const cells = flatten(toGrid(weights, "weights"));
      if (cells.length !== shape.rows) badShape("weights", `${shape.rows} cells (one per factor)`, `${cells.length} cells`);
      w = cells.map((v, i) => (isBlank(v) ? 1 : parseNonNegative(v, cells.length > 1 ? `weights item ${i + 1}` : "weights")));
    }
    return partnershipIndexOf(table, w, top);
  });
}

/**
 * Perception gap = weighted mean |public − private| over factors rated by both sides; a gap ≥ 1 flags a relationship at risk.
 * @customfunction PERCEPTIONGAP
 * @helpurl https://localhost:3000/help/functions.html#PERCEPTIONGAP
 * @param publicRatings Public-sector ratings, one per factor (blank → skipped).
 * @param privateRatings Private-sector ratings, one per factor (blank → skipped).
 * @param [weights] One weight ≥ 0 per factor (blank → 1; default all 1).
 * @returns The mean gap, on the rating scale.
 * @example =IMM.PERCEPTIONGAP({4;3;5}, {3;3;3}) → 1
 * Mean |public − private| rating: a gap of 1 or more flags a relationship at risk.
 */
export function perceptionGap(publicRatings: any[][], privateRatings: any[][], weights?: any[][]): number | string | ErrorValue {
  return guard("PERCEPTIONGAP", ["publicRatings", "privateRatings", "weights"], () => {
    const P = toGrid(publicRatings, "publicRatings");
    const Q = toGrid(privateRatings, "privateRatings");
    const pub = flatten(P);
    const priv = flatten(Q);
    if (pub.length === 0) nothingToCompute("publicRatings", "the range is empty");
    if (priv.length !== pub.length) {
      badShape("privateRatings", `as many cells as publicRatings (${showShape(shapeOf(P))})`, `a ${showShape(shapeOf(Q))} range`);
    }
    const name = (arg: string, i: number): string => (pub.length > 1 ? `${arg} item ${i + 1}` : arg);
    const a = pub.map((v, i) => numberOrNull(v, name("publicRatings", i)));
    const b = priv.map((v, i) => numberOrNull(v, name("privateRatings", i)));
    let w: number[] | undefined;
    if (!isOmitted(weights)) {
      const cells = flatten(toGrid(weights, "weights"));
      if (cells.length !== pub.length) badShape("weights", `${pub.length} cells (one per factor)`, `${cells.length} cells`);
      w = cells.map((v, i) => (isBlank(v) ? 1 : parseNonNegative(v, name("weights", i))));
    }
    return located({ public: "publicRatings", private: "privateRatings" }, () => perceptionGapOf(a, b, w));
  });
}

