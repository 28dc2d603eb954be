/** Excel serial dates for sample data (1900 date system, days since 1899-12-30). */

const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Excel serial number of a calendar date (month 1–12), e.g. excelSerial(2026, 4, 15) → 46127. */
export function excelSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH_MS) / DAY_MS);
}

/** The UTC JS Date of an Excel serial number. */
export function serialToDate(serial: number): Date {
  return new Date(EPOCH_MS + serial * DAY_MS);
}
