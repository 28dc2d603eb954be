/** How the Office host reaches Excel: an injected batch runner (Excel.run in production, the fake in tests). */
import type { SheetRegistry } from "../../review/sheets/registry";

/** Runs a batch against a request context, like Excel.run. */
export type ExcelRunner = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Like Office.context.requirements.isSetSupported. */
export type IsSetSupported = (name: string, version: string) => boolean;

export interface OfficeHostOptions {
  /** Feature detection; defaults to Office.context.requirements.isSetSupported (false outside Office). */
  isSetSupported?: IsSetSupported;
  /** Bytes of queued operations per sync before flushing (default 4,000,000: below Excel on the web's 5 MB limit). */
  payloadBudget?: number;
  /** Name for the source stamp (default "Excel workbook"). */
  source?: string;
  /** The sheet registry: which plans are generated (owned) sheets (default: the built-in one). */
  sheets?: SheetRegistry;
}

/** Office's own requirement-set check; false when Office.js is not loaded. */
export function officeIsSetSupported(name: string, version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context.requirements.isSetSupported(name, version);
  } catch {
    return false;
  }
}

/** Requirement sets the host feature-detects, resolved once per host. */
export interface Features {
  /** ExcelApi 1.6: suspendApiCalculationUntilNextSync, conditional formats. */
  suspendCalc: boolean;
  conditionalFormats: boolean;
  /** ExcelApi 1.7: tabColor, worksheet.onSelectionChanged, range.hyperlink. */
  tabColor: boolean;
  hyperlinks: boolean;
  worksheetSelectionEvent: boolean;
  /** ExcelApi 1.8: showGridlines, data validation. */
  gridlines: boolean;
  validation: boolean;
  /** ExcelApi 1.9: indentLevel, worksheets.onSelectionChanged, worksheets.onChanged. */
  indent: boolean;
  worksheetsSelectionEvent: boolean;
  worksheetsChangedEvent: boolean;
  /** ExcelApi 1.9: worksheet.pageLayout (paper, orientation, fit, print titles and area, header/footer). */
  pageLayout: boolean;
  /** ExcelApi 1.13: Table.resize (regenerating a table in place keeps the links to it). */
  tableResize: boolean;
}

/** Resolves the feature flags from a requirement-set check. */
export function detectFeatures(isSet: IsSetSupported): Features {
  const at = (v: string): boolean => isSet("ExcelApi", v);
  return {
    suspendCalc: at("1.6"),
    conditionalFormats: at("1.6"),
    tabColor: at("1.7"),
    hyperlinks: at("1.7"),
    worksheetSelectionEvent: at("1.7"),
    gridlines: at("1.8"),
    validation: at("1.8"),
    indent: at("1.9"),
    worksheetsSelectionEvent: at("1.9"),
    worksheetsChangedEvent: at("1.9"),
    pageLayout: at("1.9"),
    tableResize: at("1.13"),
  };
}
