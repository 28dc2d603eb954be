/**
 * Every custom function has a worked example (the @example tag of its JSDoc), and every example's result is what the
 * real function (the Node entry, the same code Excel runs) returns.
 */
import * as api from "../../src/node";
import { declaredFunctions, loadFunctionMetadata } from "../../scripts/function-catalog";
import type { FunctionExample } from "../../scripts/function-examples";
import { ExampleCell, examplesOf, formatResult, formulaArgs, parseExample } from "../../scripts/function-examples";

const DECLARED = declaredFunctions();
const IDS = DECLARED.map((d) => d.id);
let EXAMPLES: Record<string, FunctionExample> = {};

beforeAll(async () => {
  EXAMPLES = examplesOf(DECLARED, await loadFunctionMetadata());
}, 30_000);

function fnFor(id: string): (...args: unknown[]) => unknown {
  const name = Object.keys(api).find((k) => k.toUpperCase() === id);
  if (!name) throw new Error(`no export for ${id} in src/node`);
  return (api as unknown as Record<string, (...args: unknown[]) => unknown>)[name];
}

/** A result as compared: errors as text, numbers to 2 decimals, a 1×1 spill as its one value (Excel shows it so). */
function normalise(v: unknown): unknown {
  if (v instanceof Error) return `error ${(v as Error & { code?: string }).code ?? ""}: ${v.message}`;
  if (typeof v === "number") return Math.round(v * 100) / 100;
  if (Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return normalise(v[0][0]);
  if (Array.isArray(v)) return v.map(normalise);
  return v;
}

test("there is exactly one example per @customfunction id", () => {
  expect(IDS.length).toBeGreaterThanOrEqual(17);
  expect(Object.keys(EXAMPLES).sort()).toEqual([...IDS].sort());
});

test.each(IDS)("the %s example gives the documented result", async (id) => {
  const ex = EXAMPLES[id];
  expect(ex.formula.startsWith(`=IMM.${id}(`)).toBe(true);
  expect(ex.note.length).toBeGreaterThan(10);
  expect(normalise(await fnFor(id)(...ex.args))).toEqual(normalise(ex.result));
});

test("an example's formula becomes the arguments Excel passes", () => {
  expect(formulaArgs('=IMM.X({4;3}, {5,"a, b"}, 0.9, "Higher")', [true, true, false, true])).toEqual([[[4], [3]], [[5, "a, b"]], 0.9, [["Higher"]]]);
  expect(parseExample("X", '=IMM.X({1;2}) → {"Low";"High"} Two ratings.', [true])).toEqual({
    formula: "=IMM.X({1;2})", args: [[[1], [2]]], result: [["Low"], ["High"]], note: "Two ratings.",
  });
  expect(parseExample("X", "=IMM.X(1) → Improving Rising.", [false]).result).toBe("Improving");
  expect(() => parseExample("X", "=IMM.X(1) = 2", [false])).toThrow('@example of X: expected "=IMM.X(…) → result"');
});

test("results are shown as Excel shows them", () => {
  const spill: ExampleCell[][] = [[20], [12]];
  expect(formatResult(spill)).toBe("{20;12}");
  expect(formatResult([["Low"], ["High"]])).toBe('{"Low";"High"}');
  expect(formatResult([[312]])).toBe("312");
  expect(formatResult(30866.4825)).toBe("30866.48");
  expect(formatResult("Improving")).toBe("Improving");
});
