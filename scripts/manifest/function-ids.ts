/**
 * Custom-function ids from both sides: the `@customfunction` JSDoc tags in the sources (every file of
 * src/functions/pillars), and the generated functions.json metadata (from dist/ when built, else generated on the fly).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

/** A custom function id declared in the source, with its line. */
export interface DeclaredId {
  id: string;
  line: number;
  /** The JSDoc `@returns` text (functions.json does not carry it), if any. */
  returns?: string;
  /** The JSDoc `@example` text (formula → result, then a note), if any. */
  example?: string;
  /** The source file, when read with declaredIdsIn. */
  file?: string;
}

/** The custom-function source files: a directory's .ts files (not tests), sorted, or the one file given. */
export function functionSourceFiles(fileOrDir: string): string[] {
  if (!existsSync(fileOrDir) || !statSync(fileOrDir).isDirectory()) return [fileOrDir];
  return readdirSync(fileOrDir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts")).sort().map((f) => join(fileOrDir, f));
}

/** Ids declared in several files, each with its file. */
export function declaredIdsIn(files: readonly string[]): DeclaredId[] {
  return files.flatMap((file) => declaredIds(readFileSync(file, "utf8")).map((d) => ({ ...d, file })));
}

/** The text of a JSDoc tag (continuation lines joined with a space), or undefined. */
function tagText(jsdoc: string, tag: string): string | undefined {
  const m = new RegExp(`@${tag}\\b([\\s\\S]*?)(?=\\n\\s*\\*\\s*@|$)`).exec(jsdoc);
  const text = m?.[1].replace(/\s*\n\s*\*\s?/g, " ").replace(/^\s*(\{[^}]*\})?\s*/, "").trim();
  return text || undefined;
}

/** Subset of functions.json this project reads. */
export interface FunctionsMetadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    helpUrl?: string;
    parameters?: { name: string; description?: string; type?: string; dimensionality?: string; optional?: boolean; repeating?: boolean }[];
    result?: { type?: string; dimensionality?: string };
  }[];
}

/**
 * Ids declared by `@customfunction` JSDoc tags: `@customfunction ID [NAME]`, or the function's
 * name upper-cased when the tag has no id (as custom-functions-metadata does).
 */
export function declaredIds(source: string): DeclaredId[] {
  const ids: DeclaredId[] = [];
  // The body may not contain "*/", so that a file header comment never runs into the next function's JSDoc.
  const block = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*(?:export\s+)?(?:async\s+)?function\s+([A-Za-z_$][\w$]*)/g;
  for (let m = block.exec(source); m; m = block.exec(source)) {
    const tag = /@customfunction\b[ \t]*([^\s*]*)/.exec(m[1]);
    if (!tag) continue;
    const id = (tag[1] || m[2]).toUpperCase();
    const returns = tagText(m[1], "returns?");
    const example = tagText(m[1], "example");
    ids.push({ id, line: source.slice(0, m.index).split("\n").length, ...(returns ? { returns } : {}), ...(example ? { example } : {}) });
  }
  return ids;
}

/** Reads functions.json from a built dist/ when it is newer than every source file, else generates it from the sources. */
export async function loadMetadata(
  sourceFiles: string | readonly string[], builtJson: string,
): Promise<{ metadata: FunctionsMetadata; from: string; errors: string[] }> {
  const files = typeof sourceFiles === "string" ? [sourceFiles] : [...sourceFiles];
  const newest = Math.max(...files.map((f) => statSync(f).mtimeMs));
  if (existsSync(builtJson) && statSync(builtJson).mtimeMs >= newest) {
    return { metadata: JSON.parse(readFileSync(builtJson, "utf8")) as FunctionsMetadata, from: builtJson, errors: [] };
  }
  const result = await generateCustomFunctionsMetadata(files, false);
  const metadata = result.metadataJson ? (JSON.parse(result.metadataJson) as FunctionsMetadata) : { functions: [] };
  const what = files.length === 1 ? files[0] : `${dirname(files[0])} (${files.length} files)`;
  return { metadata, from: `${what} (generated with custom-functions-metadata)`, errors: result.errors };
}

/** Differences between the declared ids and the metadata ids, as messages. */
export function compareIds(declared: DeclaredId[], metadata: FunctionsMetadata, sourceFile: string, jsonName: string): string[] {
  const problems: string[] = [];
  const jsonIds = new Set(metadata.functions.map((f) => f.id.toUpperCase()));
  const seen = new Map<string, string>();
  for (const d of declared) {
    const at = `${d.file ?? sourceFile}:${d.line}`;
    if (seen.has(d.id)) problems.push(`${at}: @customfunction id ${d.id} is declared twice (also ${seen.get(d.id)})`);
    seen.set(d.id, at);
    if (!jsonIds.has(d.id)) problems.push(`${at}: @customfunction ${d.id} is missing from ${jsonName}`);
  }
  for (const f of metadata.functions) {
    if (!seen.has(f.id.toUpperCase())) problems.push(`${jsonName}: function id ${f.id} has no @customfunction in ${sourceFile}`);
  }
  return problems;
}
