/**
 * Node entry (package.json "main"): every IMM custom function under its camelCase name (IMM.RISKSCORE → riskScore), the
 * same function objects Excel calls, plus the engine as the `engine` namespace. Errors come back as values: an `Error`
 * with `code` ("#VALUE!", "#N/A") and `message`, as Excel gets them.
 */
export * from "../functions/functions";
export type { ErrorValue } from "../functions/result-error";
export { isErrorValue } from "../functions/result-error";
export * as engine from "../imm";

// The CLI and .xlsx review API.
export * from "./cli";
