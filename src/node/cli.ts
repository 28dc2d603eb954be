/**
 * Node entry, CLI and .xlsx part: review workbooks from code the way `imm` does, or drive the
 * xlsx host directly. Re-exported from src/node/index.ts.
 */
export { runCli, nodeIo, parseArgs, UsageError, USAGE, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from "../cli";
export type { CliIo, Command, PathKind, ReviewEngine, ReviewHost } from "../cli";
export { defaultEngine } from "../cli/engine";
export { XlsxHost, WorkbookFileError } from "../hosts/xlsx";
export type { OpenFailure, SnapshotOptions } from "../hosts/xlsx";
