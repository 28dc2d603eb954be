/**
 * Where a review is written, checked before any work: NAME.review.xlsx next to the input by default; `-o` names an
 * .xlsx file, or an existing folder to write NAME.review.xlsx into. Any other extension (.csv, .xlsm, …) is a usage
 * error: imm writes .xlsx workbooks only, and Excel refuses an .xlsx package saved under another extension.
 */
import { UsageError } from "./args";
import type { CliIo } from "./io";
import { cannotWrite } from "./output-errors";

/** NAME.review.xlsx for the input NAME.xlsx, in the given folder. */
export function reviewFileName(input: string, io: CliIo): string {
  return `${io.path.basename(input).replace(/\.xlsx$/i, "")}.review.xlsx`;
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
  else if (!/\.xlsx$/i.test(output)) {
    throw new UsageError(`-o ${output}: the review is an .xlsx workbook; give an output name ending in .xlsx (or a folder)`);
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
