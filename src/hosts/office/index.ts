/** The Office.js host (see office-host.ts). */
export { OfficeHost, DEFAULT_PAYLOAD_BUDGET } from "./office-host";
export type { ExcelRunner, IsSetSupported, OfficeHostOptions } from "./runner";
