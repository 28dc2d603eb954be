/**
 * Error values returned (never thrown) by the custom functions: a `CustomFunctions.Error` in Excel, and in Node (no
 * `CustomFunctions` global) a plain `Error` whose `code` is the Excel error text ("#VALUE!", "#N/A") and `message` the reason.
 */
import { ImmInputError } from "../imm/errors";

/** What a custom function returns for a bad input: the Excel error code and a message naming the argument. */
export interface ErrorValue {
  readonly code: string;
  readonly message: string;
}

/** "value" → #VALUE! (bad input), "na" → #N/A (nothing to compute). */
export type ErrorKind = "value" | "na";

/** The slice of the Office `CustomFunctions` global this module uses (looked up at call time, so tests can install one). */
interface CustomFunctionsGlobal {
  Error: new (code: string, message?: string) => ErrorValue;
  ErrorCode: { invalidValue: string; notAvailable: string };
}

/** Longest message kept (Excel shows it in the cell's error tooltip). */
const MAX_MESSAGE = 255;

function customFunctionsGlobal(): CustomFunctionsGlobal | undefined {
  const g = (globalThis as { CustomFunctions?: CustomFunctionsGlobal }).CustomFunctions;
  return g !== undefined && typeof g.Error === "function" && g.ErrorCode !== undefined ? g : undefined;
}

/** Makes an error value: `CustomFunctions.Error(invalidValue | notAvailable, message)` in Excel, else an Error with `code`. */
export function errorValue(kind: ErrorKind, message: string): ErrorValue {
  const text = message.length > MAX_MESSAGE ? message.slice(0, MAX_MESSAGE - 1) + "…" : message;
  const cf = customFunctionsGlobal();
  if (cf !== undefined) return new cf.Error(kind === "na" ? cf.ErrorCode.notAvailable : cf.ErrorCode.invalidValue, text);
  return Object.assign(new Error(text), { code: kind === "na" ? "#N/A" : "#VALUE!" });
}

/** Turns anything caught into an error value: ImmInputError keeps its kind and message; anything else is #VALUE! naming the function. */
export function errorFrom(caught: unknown, functionName: string): ErrorValue {
  if (caught instanceof ImmInputError) return errorValue(caught.code, caught.message);
  const why = caught instanceof Error ? caught.message : String(caught);
  return errorValue("value", `${functionName}: unexpected problem: ${why}`);
}

/** True for an error value made by errorValue (either host). */
export function isErrorValue(value: unknown): value is ErrorValue {
  if (typeof value !== "object" || value === null) return false;
  const code = (value as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("#") && typeof (value as { message?: unknown }).message === "string";
}
