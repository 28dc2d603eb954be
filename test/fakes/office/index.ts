/** Strict in-memory Office.js (Excel) fake for tests and benches. See fake-excel.ts. */
export { FakeExcel, type FakeCell, type FakeExcelOptions } from "./fake-excel";
export { FakeOfficeError } from "./errors";
export { dumpSheet, dumpUserData, type SheetDump } from "./user-data";
export { formatAt } from "./range-format";
export type { FakeRequestContext } from "./workbook";
export type { SheetModel, WorkbookModel } from "./state";
export { excelRunner, fakeRun } from "./runner";
export { seedImmWorkbook, type SeedOptions } from "./seed-imm";
export { UserLinks } from "./links";
