/**
 * Every custom function has a worked example in scripts/function-examples.ts, and every example's
 * result is what the real function (the Node entry, the same code Excel runs) returns.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as api from "../../src/node";
import { EXAMPLES, ExampleCell, formatResult } from "../../scripts/function-examples";
import { declaredIds } from "../../scripts/manifest/function-ids";

const SOURCE = readFileSync(join(__dirname, "..", "..", "src", "functions", "functions.ts"), "utf8");
const IDS = declaredIds(SOURCE).map((d) => d.id);

function fnFor(id: string): (...args: unknown[]) => unknown {
  const name = Object.keys(api).find((k) => k.toUpperCase() === id);
  if (!name) throw new Error(`no export for ${id} in src/node`);
  return (api as unknown as Record<string, (...args: unknown[]) => unknown>)[name];
}

function normalise(v: unknown): unknown {
  if (v instanceof Error) return `error ${(v as Error & { code?: string }).code ?? ""}: ${v.message}`;
  if (typeof v === "number") return Math.round(v * 100) / 100;
  if (Array.isArray(v)) return v.map(normalise);
  return v;
}

test("there is exactly one example per @customfunction id", () => {
  expect(IDS.length).toBeGreaterThanOrEqual(17);
  expect(Object.keys(EXAMPLES).sort()).toEqual([...IDS].sort());
});

test.each(Object.keys(EXAMPLES))("the %s example gives the documented result", (id) => {
  const ex = EXAMPLES[id];
  expect(ex.formula.startsWith(`=IMM.${id}(`)).toBe(true);
  expect(normalise(fnFor(id)(...ex.args))).toEqual(normalise(ex.result));
});

test("results are shown as Excel shows them", () => {
  const spill: ExampleCell[][] = [[20], [12]];
  expect(formatResult(spill)).toBe("{20;12}");
  expect(formatResult([["Low"], ["High"]])).toBe('{"Low";"High"}');
  expect(formatResult([[312]])).toBe("312");
  expect(formatResult(30866.4825)).toBe("30866.48");
  expect(formatResult("Improving")).toBe("Improving");
});
