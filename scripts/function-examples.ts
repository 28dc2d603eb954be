/**
 * One worked example per IMM custom function, for the help page and docs/functions.md, read from the `@example` tag of
 * the function's JSDoc (its one declaration):
 *
 *     @example =IMM.KPISCORE(95, 98, "Higher", 90) → 62.5
 *     Linear between the failure threshold (90 → 0) and the target (98 → 100).
 *
 * The formula is Excel syntax (array constants {a;b} for ranges, "text", numbers); the arguments Excel would pass are
 * derived from it and the function's metadata (a value for a range parameter becomes a 1×1 range).
 * test/unit/function-examples.test.ts runs every example through the real functions.
 */
import type { DeclaredId, FunctionsMetadata } from "./manifest/function-ids";

/** A cell value in an example result. */
export type ExampleCell = number | string | boolean;

/** One worked example of a custom function. */
export interface FunctionExample {
  /** The formula as typed in a cell. */
  formula: string;
  /** The arguments Excel passes (ranges and array constants as 2-D arrays, scalars as is). */
  args: unknown[];
  /** The result: one value, or the spilled column/grid. Numbers are compared to 2 decimals. */
  result: ExampleCell | ExampleCell[][];
  /** What the example shows, in a sentence. */
  note: string;
}

/** Splits text at `sep` outside double quotes and braces. */
function splitTop(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "{") depth++;
    else if (!quoted && ch === "}") depth--;
    else if (!quoted && depth === 0 && ch === sep) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim());
}

/** One Excel constant: "text" (with "" for a quote), TRUE/FALSE or a number; a bare word is text. */
function parseCell(text: string): ExampleCell {
  const t = text.trim();
  if (t.startsWith('"') && t.endsWith('"') && t.length >= 2) return t.slice(1, -1).replace(/""/g, '"');
  if (/^(true|false)$/i.test(t)) return t.toUpperCase() === "TRUE";
  const n = Number(t);
  return t !== "" && Number.isFinite(n) ? n : t;
}

/** An Excel constant: an array constant {1,2;3,4} (columns by comma, rows by semicolon) as a 2-D array, else one cell. */
export function parseConstant(text: string): ExampleCell | ExampleCell[][] {
  const t = text.trim();
  if (!t.startsWith("{")) return parseCell(t);
  return splitTop(t.slice(1, -1), ";").map((row) => splitTop(row, ",").map(parseCell));
}

/** The arguments Excel passes for a formula `=NS.ID(a, b, …)`: a constant for a range parameter always as a 2-D array. */
export function formulaArgs(formula: string, rangeParams: readonly boolean[]): unknown[] {
  const open = formula.indexOf("(");
  const inner = formula.slice(open + 1, formula.lastIndexOf(")")).trim();
  if (inner === "") return [];
  return splitTop(inner, ",").map((arg, i) => {
    const v = parseConstant(arg);
    return rangeParams[i] && !Array.isArray(v) ? [[v]] : v;
  });
}

/** Parses an `@example` text: "formula → result note…". Throws naming the id when the arrow is missing. */
export function parseExample(id: string, text: string, rangeParams: readonly boolean[]): FunctionExample {
  const arrow = text.indexOf(" → ");
  if (arrow < 0) throw new Error(`@example of ${id}: expected "=IMM.${id}(…) → result", got "${text}"`);
  const formula = text.slice(0, arrow).trim();
  const rest = text.slice(arrow + 3).trim();
  // The result is the first constant (an array constant may contain spaces), the note what follows it.
  const end = rest.startsWith("{") ? rest.indexOf("}") + 1 : rest.startsWith('"') ? rest.indexOf('"', 1) + 1 : rest.search(/\s|$/);
  return { formula, args: formulaArgs(formula, rangeParams), result: parseConstant(rest.slice(0, end)), note: rest.slice(end).trim() };
}

/** The worked examples, keyed by custom function id, from the declarations' @example tags and the metadata. */
export function examplesOf(declared: readonly DeclaredId[], metadata: FunctionsMetadata): Record<string, FunctionExample> {
  const out: Record<string, FunctionExample> = {};
  for (const d of declared) {
    if (d.example === undefined) continue;
    const meta = metadata.functions.find((f) => f.id === d.id);
    const ranges = (meta?.parameters ?? []).map((p) => p.dimensionality === "matrix");
    out[d.id] = parseExample(d.id, d.example, ranges);
  }
  return out;
}

/** Renders an example result as Excel shows it (a spill as {a;b;c}). */
export function formatResult(result: ExampleCell | ExampleCell[][]): string {
  const cell = (v: ExampleCell): string =>
    typeof v === "number" ? String(Math.round(v * 100) / 100) : typeof v === "boolean" ? String(v).toUpperCase() : `"${v}"`;
  if (!Array.isArray(result)) return typeof result === "string" ? result : cell(result);
  if (result.length === 1 && result[0].length === 1) return typeof result[0][0] === "string" ? result[0][0] : cell(result[0][0]);
  return `{${result.map((row) => row.map(cell).join(",")).join(";")}}`;
}
