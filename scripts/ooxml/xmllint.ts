/**
 * Batch schema validation with xmllint (Debian package libxml2-utils): one process per schema for any number
 * of files, so validating dozens of packages costs a handful of process starts.
 */
import { spawnSync } from "node:child_process";

/** The hint given when xmllint is missing. */
export const XMLLINT_HINT = "xmllint is not installed: install libxml2-utils (Debian/Ubuntu: sudo apt-get install -y libxml2-utils; macOS: it ships with the system)";

/** True when `xmllint` can be run. */
export function xmllintAvailable(): boolean {
  const r = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  return !r.error && r.status === 0;
}

/** One file to check: against `schema` (a path), or for well-formedness only when schema is null. */
export interface LintJob {
  file: string;
  schema: string | null;
}

const CHUNK = 400;

/** Runs xmllint over the jobs (grouped by schema); returns file → error lines (files that pass are absent). */
export function runXmllint(jobs: LintJob[]): Map<string, string[]> {
  if (!xmllintAvailable()) throw new Error(XMLLINT_HINT);
  const bySchema = new Map<string | null, string[]>();
  for (const j of jobs) bySchema.set(j.schema, [...(bySchema.get(j.schema) ?? []), j.file]);
  const errors = new Map<string, string[]>();
  for (const [schema, files] of bySchema) {
    for (let i = 0; i < files.length; i += CHUNK) {
      const chunk = files.slice(i, i + CHUNK);
      const args = ["--noout", "--nonet", ...(schema ? ["--schema", schema] : []), ...chunk];
      const r = spawnSync("xmllint", args, { encoding: "utf8", maxBuffer: 256 << 20 });
      if (r.error) throw r.error;
      const text = `${r.stdout}\n${r.stderr}`;
      if (/failed to compile/.test(text)) throw new Error(`xmllint: schema ${schema} failed to compile:\n${text.slice(0, 2000)}`);
      for (const file of chunk) {
        const lines = text
          .split("\n")
          .filter((l) => l.startsWith(`${file}:`) || l === `${file} fails to validate`)
          .filter((l) => l !== `${file} fails to validate`)
          .map((l) => l.slice(file.length + 1));
        const failed = text.includes(`${file} fails to validate`) || lines.length > 0;
        if (failed) errors.set(file, lines.length ? lines : ["fails to validate"]);
      }
    }
  }
  return errors;
}
