/** The `imm` command line as a library: runCli with injectable I/O and engine. */
export { runCli } from "./run";
export { parseArgs, UsageError, USAGE } from "./args";
export type { Command } from "./args";
export type { CliIo, PathKind } from "./io";
export type { ReviewEngine, ReviewHost } from "./prepare";
export { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from "./commands";
export { nodeIo } from "./node-io";
