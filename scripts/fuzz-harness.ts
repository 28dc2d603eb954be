/**
 * Fuzzing of the IMM custom functions: random arguments (numbers incl. NaN/±Infinity, strings, descriptor words, booleans,
 * null, "", 1×1 / mismatched / ragged / empty arrays) for each function; every result must be a value, a spill of values
 * and error values, or an error value whose message names one of the function's arguments — never a thrown exception.
 * Used by the jest test (≥ 10,000 sets per function) and by `npm run fuzz` (≥ 100,000).
 */
import fc from "fast-check";
import { isErrorValue } from "../src/functions/result-error";
import type { FunctionsMetadata } from "./manifest/function-ids";
import { functionFor, loadFunctionMetadata } from "./function-catalog";

type Fn = (...args: never[]) => unknown;

/** A custom function under fuzz: its Excel id, implementation, and argument kinds ("range", "scalar" or "text"). */
export interface FuzzTarget {
  readonly id: string;
  readonly fn: Fn;
  readonly params: readonly { readonly name: string; readonly kind: "range" | "scalar" | "text"; readonly optional?: boolean }[];
}

/**
 * The fuzz targets of the metadata (functions.json, from the JSDoc declarations): a matrix parameter is a range, a
 * string parameter text, any other a scalar. Throws when an id has no exported function (riskScore for RISKSCORE).
 */
export function targetsOf(metadata: FunctionsMetadata): FuzzTarget[] {
  return metadata.functions.map((f) => {
    const fn = functionFor(f.id);
    if (fn === undefined) throw new Error(`custom function ${f.id} has no export in src/functions/functions.ts`);
    const params = (f.parameters ?? []).map((p) => ({
      name: p.name,
      kind: p.dimensionality === "matrix" ? ("range" as const) : p.type === "string" ? ("text" as const) : ("scalar" as const),
      optional: p.optional === true,
    }));
    return { id: f.id, fn, params };
  });
}

/** Every custom function as a fuzz target (metadata built when fresh, else generated from the declarations). */
export async function loadTargets(): Promise<FuzzTarget[]> {
  return targetsOf(await loadFunctionMetadata());
}

const WORDS = [
  "Rare", "likely", "ALMOST CERTAIN", "Major", "severe", "None", "Partial", "Full", "Higher", "lower is better", "Threat",
  "opportunity", "50%", "0.3", "3", " 2 ", "1,000", "abc", "#VALUE!", "=1+1", "",
];

/** One cell as Excel or a Node caller might pass it. */
export const cellArb: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.integer({ min: -2, max: 30 }), weight: 5 },
  { arbitrary: fc.double({ min: 0, max: 1, noNaN: true }), weight: 3 },
  { arbitrary: fc.double(), weight: 2 },
  { arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, 0, -0, 1e308, 1e-320), weight: 1 },
  { arbitrary: fc.constantFrom(...WORDS), weight: 3 },
  { arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constantFrom(null, undefined, "", "  "), weight: 2 },
  { arbitrary: fc.constantFrom<unknown>({}, [], [[]], { code: "#N/A" }), weight: 1 },
);

/** A range argument: usually a rectangular grid (often 1×1), sometimes empty, ragged, 1-D or a bare scalar. */
export const rangeArb: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: cellArb.map((v) => [[v]]), weight: 4 },
  {
    arbitrary: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 })).chain(([rows, cols]) =>
      fc.array(fc.array(cellArb, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows })),
    weight: 5,
  },
  { arbitrary: fc.constantFrom<unknown>([], [[]], [[], []]), weight: 1 },
  { arbitrary: fc.array(fc.array(cellArb, { maxLength: 3 }), { minLength: 2, maxLength: 3 }), weight: 1 },
  { arbitrary: fc.array(cellArb, { maxLength: 3 }), weight: 1 },
  { arbitrary: cellArb, weight: 1 },
);

/** A scalar setting argument: mostly numbers (small iteration counts), sometimes anything at all. */
export const scalarArb: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.integer({ min: -2, max: 200 }), weight: 4 },
  { arbitrary: fc.double({ min: 0, max: 1, noNaN: true }), weight: 2 },
  { arbitrary: cellArb, weight: 2 },
  { arbitrary: rangeArb, weight: 1 },
);

/** A plausible cell: mostly in-domain ratings, fractions, costs, blanks and words, rarely anything at all. */
const plausibleCellArb: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 5 }), weight: 6 },
  { arbitrary: fc.double({ min: 0, max: 1, noNaN: true }), weight: 4 },
  { arbitrary: fc.constantFrom(null, "Threat", "Opportunity", "Likely", "Major", "Partial", "Lower", "Higher"), weight: 2 },
  { arbitrary: cellArb, weight: 1 },
);

/** Arguments drawn independently (often mismatched), or all ranges sharing one shape of plausible cells. */
function argsArb(target: FuzzTarget): fc.Arbitrary<unknown[]> {
  const shared = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 2 })).chain(([rows, cols]) => {
    const grid = fc.array(fc.array(plausibleCellArb, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
    const parts = target.params.map((p) => {
      const arb: fc.Arbitrary<unknown> = p.kind === "range" ? grid
        : p.kind === "text" ? fc.constantFrom("Higher", "Lower", "")
          : target.id === "EXPOSURESIM" && p.name === "iterations" ? fc.integer({ min: 1, max: 200 })
            : fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 100 }));
      return p.optional ? fc.option(arb, { nil: undefined }) : arb;
    });
    return fc.tuple(...parts);
  });
  return fc.oneof(independentArgsArb(target), shared);
}

function independentArgsArb(target: FuzzTarget): fc.Arbitrary<unknown[]> {
  const parts = target.params.map((p) => {
    const base = p.kind === "range" ? rangeArb : p.kind === "text" ? fc.oneof(fc.constantFrom(...WORDS), cellArb) : scalarArb;
    // EXPOSURESIM: keep iteration counts small so a fuzz run stays fast (the default, 10,000, is still drawn sometimes).
    const arb = target.id === "EXPOSURESIM" && p.name === "iterations"
      ? fc.oneof({ arbitrary: fc.integer({ min: -1, max: 50 }), weight: 20 }, { arbitrary: scalarArb, weight: 1 })
      : base;
    return p.optional ? fc.oneof({ arbitrary: fc.constant(undefined), weight: 1 }, { arbitrary: arb, weight: 3 }) : arb;
  });
  return fc.tuple(...parts).map((xs) => {
    const out = [...xs];
    while (out.length > 0 && out[out.length - 1] === undefined) out.pop(); // trailing omitted → fewer arguments
    return out;
  });
}

/** What a fuzz run saw. */
export interface FuzzStats {
  readonly id: string;
  runs: number;
  values: number;
  spills: number;
  errors: number;
  spillErrors: number;
  failures: string[];
}

/** Why a result is not acceptable, or null when it is (a finite number, a string, a spill, or an error value naming an argument). */
export function checkResult(target: FuzzTarget, result: unknown): string | null {
  const names = target.params.map((p) => p.name);
  const checkCell = (v: unknown): string | null => {
    if (typeof v === "number") return Number.isFinite(v) ? null : `non-finite number ${v}`;
    if (typeof v === "string") return null;
    if (isErrorValue(v)) {
      if (v.code !== "#VALUE!" && v.code !== "#N/A") return `error code ${v.code}`;
      return names.some((n) => v.message.includes(n)) ? null : `error message names no argument: ${v.message}`;
    }
    return `not a value: ${String(v)}`;
  };
  if (Array.isArray(result)) {
    if (result.length === 0) return "empty spill";
    for (const row of result) {
      if (!Array.isArray(row) || row.length === 0) return "spill row is not a non-empty array";
      for (const v of row) {
        const why = checkCell(v);
        if (why !== null) return why;
      }
    }
    return null;
  }
  return checkCell(result);
}

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return typeof v === "object" && v !== null && typeof (v as { then?: unknown }).then === "function";
}

function show(args: readonly unknown[]): string {
  return JSON.stringify(args, (_k, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v === undefined ? "undefined" : v));
}

/**
 * Calls target with `runs` generated argument sets (seeded), classifying results; collects up to 5 failures. A function
 * that returns a promise (a long, cancelable one: EXPOSURESIM) is awaited; a rejection counts as a throw.
 */
export async function fuzzTarget(target: FuzzTarget, runs: number, seed = 1): Promise<FuzzStats> {
  const stats: FuzzStats = { id: target.id, runs: 0, values: 0, spills: 0, errors: 0, spillErrors: 0, failures: [] };
  const chunk = 5000;
  for (let done = 0; done < runs; done += chunk) {
    const sets = fc.sample(argsArb(target), { numRuns: Math.min(chunk, runs - done), seed: seed + done });
    for (const args of sets) {
      stats.runs++;
      let result: unknown;
      try {
        result = (target.fn as (...a: unknown[]) => unknown)(...args);
        if (isThenable(result)) result = await result;
      } catch (e) {
        if (stats.failures.length < 5) stats.failures.push(`threw ${String(e)} for ${show(args)}`);
        continue;
      }
      const why = checkResult(target, result);
      if (why !== null) {
        if (stats.failures.length < 5) stats.failures.push(`${why} for ${show(args)}`);
        continue;
      }
      if (Array.isArray(result)) {
        stats.spills++;
        if (result.some((row: unknown[]) => row.some(isErrorValue))) stats.spillErrors++;
      } else if (isErrorValue(result)) stats.errors++;
      else stats.values++;
    }
  }
  return stats;
}
