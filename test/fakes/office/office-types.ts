/**
 * Ties the fake to @types/office-js: each fake class `implements` the Office.js members it provides, so a member whose
 * name or signature drifts from Office.js fails type-check (not only the one cast in runner.ts).
 * - `OfficeProps<T, K>`: properties, with their Office.js types.
 * - `OfficeMethods<T, K>`: methods that accept Office.js's arguments (the last overload, which takes the string forms
 *   of enums; a range argument is a fake range). Results are not compared: methods return fake proxies, which only
 *   mirror the members in use.
 */
import type { FakeRange } from "./range";

type MethodKeys<T> = { [K in keyof T]-?: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T];

export type OfficeProps<T, K extends keyof T> = Pick<T, K>;

/** An Office.js argument as the fake takes it: a range argument is one of the fake's own ranges. */
type FakeArg<T> = T extends Excel.Range ? FakeRange : T;
type FakeArgs<A extends unknown[]> = { [I in keyof A]: FakeArg<A[I]> };

export type OfficeMethods<T, K extends MethodKeys<T>> = {
  [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: FakeArgs<A>) => unknown : never;
};

type LoadByNames = (propertyNames?: string | string[]) => unknown;

/** `load` as the fake offers it: the Office.js overload of `T` that takes property names (`T` must have one). */
export type OfficeLoad<T extends { load: LoadByNames }> = { load: T["load"] extends LoadByNames ? LoadByNames : never };
