/** The xlsx host (ExcelJS): for the CLI and the browser workbench. */
export { XlsxHost } from "./host";
export type { SnapshotOptions, XlsxHostOptions } from "./host";
export { WorkbookFileError } from "./open";
export type { OpenFailure } from "./open";
export { dateToSerial, serialToDate, toRawCell } from "./cells";
export { OWNED_PREFIX, ownershipMarker } from "../ownership";
export { rangeBounds, tableAreas, mergedAreas, conditionalFormatsOf } from "./view";
export type { RangeBounds, TableArea, CfRule, CfSource, CfStyle } from "./view";
