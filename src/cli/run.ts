/**
 * runCli: argv in, exit code out; all output through the injected CliIo. Every failure is one sentence
 * ("imm: …"): usage errors (exit 2), input-file, output and internal-fault errors (exit 1). A raw JavaScript
 * message or stack never reaches the user; with IMM_DEBUG=1 the stack of an internal fault follows its sentence.
 */
import { parseArgs, usage, UsageError, type Command } from "./args";
import { checkOne, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, expandInputs, reviewOne, writeTemplate, type ReviewEngine } from "./commands";
import { debugDetails, InputFileError, InternalFault, OutputError, UNLOCATED_FAULT } from "./faults";
import type { CliIo } from "./io";
import { reviewFileName } from "./outputs";
import { runPortfolio } from "./portfolio";

/** Prints a failure as one "imm: …" line (plus the stack with IMM_DEBUG=1 for an unexpected one). */
function report(e: unknown, io: CliIo, file?: string): void {
  if (e instanceof InputFileError || e instanceof OutputError || e instanceof InternalFault) io.err(`imm: ${e.message}`);
  else io.err(`imm: ${file ? `${file}: ` : ""}${UNLOCATED_FAULT}`);
  const expected = e instanceof InputFileError || e instanceof OutputError;
  if (!expected && io.debug) io.err(debugDetails(e));
}

async function eachInput(inputs: string[], io: CliIo, run: (input: string, i: number) => Promise<number>): Promise<number> {
  let worst = EXIT_OK;
  for (let i = 0; i < inputs.length; i++) {
    if (inputs.length > 1) io.err(`[${i + 1}/${inputs.length}] ${inputs[i]}`);
    try {
      worst = Math.max(worst, await run(inputs[i], i));
    } catch (e) {
      if (e instanceof UsageError) throw e;
      if (io.progress) io.progress("");
      report(e, io, inputs[i]);
      worst = Math.max(worst, EXIT_PROBLEMS);
    }
  }
  if (inputs.length > 1) io.err(`Done: ${inputs.length} workbooks.`);
  return worst;
}

async function execute(cmd: Command, io: CliIo, engine: ReviewEngine): Promise<number> {
  switch (cmd.kind) {
    case "help":
      io.out(usage(engine.sheets));
      return EXIT_OK;
    case "version":
      io.out(io.version());
      return EXIT_OK;
    case "template":
      return writeTemplate(cmd.output, cmd.examples, cmd.force, io, engine);
    case "check":
      return eachInput(await expandInputs(cmd.inputs, io), io, (input) => checkOne(input, io, engine));
    case "portfolio": {
      return runPortfolio(cmd, await expandInputs(cmd.inputs, io), io, engine, io.cores?.() ?? 1);
    }
    case "review": {
      const inputs = await expandInputs(cmd.inputs, io);
      let outDir: string | undefined;
      if (inputs.length > 1 && cmd.output !== undefined) {
        if ((await io.kind(cmd.output)) !== "dir") throw new UsageError(`-o ${cmd.output}: with several workbooks, -o must be an existing folder`);
        outDir = cmd.output;
      }
      return eachInput(inputs, io, (input) => {
        const output = outDir ? io.path.join(outDir, reviewFileName(input, io)) : cmd.output;
        return reviewOne(input, { output, inPlace: cmd.inPlace, sheets: cmd.sheets }, io, engine);
      });
    }
  }
}

/** Runs the `imm` command line; returns the exit code (0 ok, 1 problems or failures, 2 usage). */
export async function runCli(argv: string[], io: CliIo, engine: ReviewEngine): Promise<number> {
  try {
    return await execute(parseArgs(argv, engine.sheets), io, engine);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`imm: ${e.message}`);
      io.err(`Run "imm --help" for usage.`);
      return EXIT_USAGE;
    }
    report(e, io);
    return EXIT_PROBLEMS;
  }
}
