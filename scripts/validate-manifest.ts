/**
 * `npm run validate`: offline validation of manifest.xml (the stock `office-addin-manifest validate`
 * calls a web service). Checks well-formed XML, schema element order, resid references, shared
 * runtime URL agreement, https, the IMM namespace, requirement sets, and that functions.json ids
 * match the `@customfunction` ids in src/functions/pillars/*.ts. Also runs `xmllint` (well-formedness,
 * and XSD validation when the Office schemas are vendored under schemas/). Exits 1 on any error.
 *
 * Usage: tsx scripts/validate-manifest.ts [manifest.xml] [--functions src/functions/pillars (a folder or one file)] [--json dist/functions.json]
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseXml } from "./manifest/xml-tree";
import { checkManifest } from "./manifest/rules";
import { compareIds, declaredIdsIn, functionSourceFiles, loadMetadata } from "./manifest/function-ids";

/** Inputs of one validation run (paths relative to the working directory or absolute). */
export interface ValidateOptions {
  manifest: string;
  /** The custom-function declarations: a folder (every .ts file in it) or one file. */
  functionsSource: string;
  functionsJson: string;
  namespace: string;
  schemasDir: string;
  useXmllint: boolean;
}

/** Outcome of a validation run: located errors (fail), warnings and notes (informational). */
export interface ValidateReport {
  errors: string[];
  warnings: string[];
  notes: string[];
}

const ROOT = join(__dirname, "..");

/** Default options: the repository's manifest, functions source and built metadata. */
export function defaultOptions(): ValidateOptions {
  return {
    manifest: join(ROOT, "manifest.xml"),
    functionsSource: join(ROOT, "src", "functions", "pillars"),
    functionsJson: join(ROOT, "dist", "functions.json"),
    namespace: "IMM",
    schemasDir: join(ROOT, "schemas"),
    useXmllint: true,
  };
}

function rel(p: string): string {
  const r = relative(process.cwd(), resolve(p));
  return r.startsWith("..") ? p : r;
}

function hasXmllint(): boolean {
  return spawnSync("xmllint", ["--version"], { encoding: "utf8" }).status === 0;
}

/** The vendored Office manifest schema to validate against, if present. */
const MANIFEST_XSD = "offappmanifest-1.1.xsd";

function runXmllint(opts: ValidateOptions, report: ValidateReport): void {
  if (!opts.useXmllint) return;
  if (!hasXmllint()) {
    report.notes.push("xmllint not found: skipped the xmllint checks (apt-get install libxml2-utils)");
    return;
  }
  const wellFormed = spawnSync("xmllint", ["--noout", "--nonet", opts.manifest], { encoding: "utf8" });
  if (wellFormed.status !== 0) report.errors.push(`xmllint: ${wellFormed.stderr.trim()}`);
  const xsd = join(opts.schemasDir, MANIFEST_XSD);
  if (!existsSync(xsd)) {
    report.notes.push(`XSD validation skipped: the Office manifest schemas are not vendored (${rel(xsd)} not found)`);
    return;
  }
  const schema = spawnSync("xmllint", ["--noout", "--nonet", "--schema", xsd, opts.manifest], { encoding: "utf8" });
  if (schema.status !== 0) report.errors.push(...schema.stderr.trim().split("\n").filter((l) => !/validates$/.test(l)));
  else report.notes.push(`xmllint: valid against ${rel(xsd)}`);
}

async function checkFunctionIds(opts: ValidateOptions, report: ValidateReport): Promise<void> {
  const src = rel(opts.functionsSource);
  if (!existsSync(opts.functionsSource)) {
    report.errors.push(`${src}: not found, cannot check the custom function ids`);
    return;
  }
  const files = functionSourceFiles(opts.functionsSource);
  const declared = declaredIdsIn(files).map((d) => ({ ...d, file: rel(d.file ?? src) }));
  if (declared.length === 0) report.errors.push(`${src}: no @customfunction JSDoc tags found`);
  const { metadata, from, errors } = await loadMetadata(files, opts.functionsJson);
  for (const e of errors) report.errors.push(`${src}: custom-functions-metadata: ${e}`);
  report.errors.push(...compareIds(declared, metadata, src, rel(from)));
  report.notes.push(`${metadata.functions.length} custom functions in ${rel(from)}`);
}

/** Validates the manifest and the custom function ids; never throws for a bad manifest. */
export async function validate(opts: ValidateOptions): Promise<ValidateReport> {
  const report: ValidateReport = { errors: [], warnings: [], notes: [] };
  const file = rel(opts.manifest);
  if (!existsSync(opts.manifest)) {
    report.errors.push(`${file}: not found`);
    return report;
  }
  const xml = readFileSync(opts.manifest, "utf8");
  const parsed = parseXml(xml);
  if (!parsed.ok) {
    report.errors.push(`${file}:${parsed.line}:${parsed.column}: not well-formed XML: ${parsed.message}`);
    return report;
  }
  for (const f of checkManifest(parsed.root, { namespace: opts.namespace })) {
    (f.severity === "error" ? report.errors : report.warnings).push(`${file}:${f.line}: ${f.message}`);
  }
  runXmllint(opts, report);
  await checkFunctionIds(opts, report);
  return report;
}

function parseArgs(argv: string[]): ValidateOptions {
  const opts = defaultOptions();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--functions") opts.functionsSource = resolve(argv[++i]);
    else if (a === "--json") opts.functionsJson = resolve(argv[++i]);
    else if (a === "--no-xmllint") opts.useXmllint = false;
    else opts.manifest = resolve(a);
  }
  return opts;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const report = await validate(opts);
  for (const n of report.notes) console.log(`note: ${n}`);
  for (const w of report.warnings) console.warn(`warning: ${w}`);
  for (const e of report.errors) console.error(`error: ${e}`);
  if (report.errors.length > 0) {
    console.error(`${rel(opts.manifest)}: ${report.errors.length} error(s)`);
    process.exit(1);
  }
  console.log(`${rel(opts.manifest)}: valid`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.stack : String(e));
    process.exit(2);
  });
}
