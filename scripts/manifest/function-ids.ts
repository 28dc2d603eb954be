/**
 * Custom-function ids from both sides: the `@customfunction` JSDoc tags in the source, and the
 * generated functions.json metadata (from dist/ when built, else generated on the fly).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

/** A custom function id declared in the source, with its line. */
export interface DeclaredId {
  id: string;
  line: number;
  /** The JSDoc `@returns` text (functions.json does not carry it), if any. */
  returns?: string;
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
  const block = /\/\*\*([\s\S]*?)\*\/\s*(?:export\s+)?(?:async\s+)?function\s+([A-Za-z_$][\w$]*)/g;
  for (let m = block.exec(source); m; m = block.exec(source)) {
    const tag = /@customfunction\b[ \t]*([^\s*]*)/.exec(m[1]);
    if (!tag) continue;
    const id = (tag[1] || m[2]).toUpperCase();
    const returns = /@returns?\b([\s\S]*?)(?=\n\s*\*\s*@|$)/.exec(m[1]);
    const text = returns?.[1].replace(/\s*\n\s*\*\s?/g, " ").replace(/^\s*(\{[^}]*\})?\s*/, "").trim();
    ids.push({ id, line: source.slice(0, m.index).split("\n").length, ...(text ? { returns: text } : {}) });
  }
  return ids;
}

/** Reads functions.json from a built dist/ when it is newer than the source, else generates it. */
export async function loadMetadata(sourceFile: string, builtJson: string): Promise<{ metadata: FunctionsMetadata; from: string; errors: string[] }> {
  if (existsSync(builtJson) && statSync(builtJson).mtimeMs >= statSync(sourceFile).mtimeMs) {
    return { metadata: JSON.parse(readFileSync(builtJson, "utf8")) as FunctionsMetadata, from: builtJson, errors: [] };
  }
  const result = await generateCustomFunctionsMetadata(sourceFile, false);
  const metadata = result.metadataJson ? (JSON.parse(result.metadataJson) as FunctionsMetadata) : { functions: [] };
  return { metadata, from: `${sourceFile} (generated with custom-functions-metadata)`, errors: result.errors };
}

/** Differences between the declared ids and the metadata ids, as messages. */
export function compareIds(declared: DeclaredId[], metadata: FunctionsMetadata, sourceFile: string, jsonName: string): string[] {
  const problems: string[] = [];
  const jsonIds = new Set(metadata.functions.map((f) => f.id.toUpperCase()));
  const seen = new Map<string, number>();
  for (const d of declared) {
    if (seen.has(d.id)) problems.push(`${sourceFile}:${d.line}: @customfunction id ${d.id} is declared twice (also line ${seen.get(d.id)})`);
    seen.set(d.id, d.line);
    if (!jsonIds.has(d.id)) problems.push(`${sourceFile}:${d.line}: @customfunction ${d.id} is missing from ${jsonName}`);
  }
  for (const f of metadata.functions) {
    if (!seen.has(f.id.toUpperCase())) problems.push(`${jsonName}: function id ${f.id} has no @customfunction in ${sourceFile}`);
  }
  return problems;
}
