/**
 * Where a review is written, checked before any work: NAME.review.xlsx next to the input by default; `-o` names an
 * .xlsx file, or an existing folder to write NAME.review.xlsx into. A macro-enabled input (.xlsm) keeps its macros,
 * so its review is an .xlsm (NAME.review.xlsm, `-o` ending in .xlsm). Any other extension is a usage error: Excel
 * refuses a package saved under an extension that does not match its kind.
 */
import { UsageError } from "./args";
import type { CliIo } from "./io";
import { cannotWrite } from "./output-errors";

/** The extension of the review of `input`: ".xlsm" for a macro-enabled workbook, else ".xlsx". */
export function outputExtension(input: string): ".xlsx" | ".xlsm" {
  return /\.xlsm$/i.test(input) ? ".xlsm" : ".xlsx";
}

/** NAME.review.xlsx for the input NAME.xlsx (NAME.review.xlsm for NAME.xlsm), in the given folder. */
export function reviewFileName(input: string, io: CliIo): string {
  return `${io.path.basename(input).replace(/\.xls[xm]$/i, "")}.review${outputExtension(input)}`;
}

/** Default output: NAME.review.xlsx next to the input. */
export function defaultOutput(input: string, io: CliIo): string {
  return io.path.join(io.path.dirname(input), reviewFileName(input, io));
}

/** The output file of one review; throws UsageError for a bad -o and OutputError when its folder does not exist. */
export async function resolveOutput(input: string, opts: { output?: string; inPlace: boolean }, io: CliIo): Promise<string> {
  if (opts.inPlace) return input;
  let output = opts.output ?? defaultOutput(input, io);
  if (opts.output !== undefined && (await io.kind(opts.output)) === "dir") output = io.path.join(opts.output, reviewFileName(input, io));
  else if (!output.toLowerCase().endsWith(outputExtension(input))) {
    throw new UsageError(
      outputExtension(input) === ".xlsm"
        ? `-o ${output}: the review of a macro-enabled workbook is an .xlsm workbook (it keeps the macros); give an output name ending in .xlsm (or a folder)`
        : `-o ${output}: the review is an .xlsx workbook; give an output name ending in .xlsx (or a folder)`,
    );
  }
  if (io.path.resolve(output) === io.path.resolve(input)) {
    throw new UsageError(`${output} is the input workbook; use --in-place to overwrite it`);
  }
  await checkFolder(output, io);
  return output;
}

/** Throws OutputError when the folder of `output` does not exist (or is a file), before any work is done. */
export async function checkFolder(output: string, io: CliIo): Promise<void> {
  const folder = io.path.dirname(output);
  const kind = await io.kind(folder);
  if (kind === null) throw cannotWrite(output, "folder does not exist");
  if (kind === "file") throw cannotWrite(output, `${folder} is a file, not a folder`);
}
