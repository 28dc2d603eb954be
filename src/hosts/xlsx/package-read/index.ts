/** The .xlsx package reader: the review's input straight from the bytes, bounded, without ExcelJS (read-package.ts). */
export { readPackage, type PackageRead, type ReadPackageOptions } from "./read-package";
export { skipOwned } from "./skip-owned";
export { PackageReadError } from "./errors";
export type { DefinedName, PackageSheet } from "./workbook-part";
export type { SheetStats } from "./sheet-read";
export type { InflateRaw } from "./entry-stream";
