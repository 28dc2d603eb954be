/** The sample workbook as plain data and as a WorkbookSnapshot (no ExcelJS; for the writer see ./write-xlsx). */
export type { SampleWorkbook, SampleSheet, SampleTable } from "./types";
export { hospitalSample, HOSPITAL_REVIEW_DATE } from "./hospital";
export { sampleToSnapshot } from "./to-snapshot";
export { excelSerial, serialToDate } from "./dates";
