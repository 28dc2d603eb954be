/**
 * Compile-time checks of office-types.ts (run by `tsc -p tsconfig.json`): a fake member whose signature drifts from
 * @types/office-js is a type error. Each `@ts-expect-error` below fails the type-check if the error goes away.
 */
import type { OfficeLoad, OfficeMethods, OfficeProps } from "./office-types";
import type { FakeRange } from "./range";

export class WrongArgument implements OfficeMethods<Excel.Range, "merge"> {
  // @ts-expect-error Office.js merges with a boolean `across`, not a string
  merge(_across: string): void {}
}

export class WrongProperty implements OfficeProps<Excel.Worksheet, "visibility"> {
  // @ts-expect-error a sheet's visibility is "Visible" | "Hidden" | "VeryHidden", not any string
  visibility = "Shown";
}

// @ts-expect-error the member is misspelt, so `activate` is missing
export class MissingMember implements OfficeMethods<Excel.Worksheet, "activate"> {
  activat(): void {}
}

export class RangeArgument implements OfficeMethods<Excel.Worksheet, "getRange"> {
  // @ts-expect-error Office.js lets getRange be called without an address
  getRange(address: string): FakeRange | null {
    return address ? null : null;
  }
}

// @ts-expect-error a type without a load-by-names overload is rejected
export type NoLoad = OfficeLoad<{ name: string }>;
