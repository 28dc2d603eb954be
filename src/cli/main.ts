/** Entry point of the `imm` binary (bin/imm.js requires the compiled dist/node/cli/main.js). */
import { defaultEngine } from "./engine";
import { nodeIo } from "./node-io";
import { runCli } from "./run";

/** Runs the CLI with the process's arguments and sets the exit code. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  const code = await runCli(argv, nodeIo(), defaultEngine);
  process.exitCode = code;
  return code;
}

if (require.main === module) void main();
