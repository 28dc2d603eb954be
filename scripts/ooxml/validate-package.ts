/**
 * Validates whole .xlsx packages the way Excel reads them: every part against its ISO/IEC 29500 schema (after
 * markup-compatibility processing), and the package rules Excel adds. Many packages are checked with one
 * xmllint run per schema, so a test can validate every kind of file the project writes in a few seconds.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { applyMarkupCompatibility } from "./markup-compat";
import { contentTypes, packageRuleErrors, type PackageParts } from "./package-rules";
import { checkFor, writeCoreSchema, XSD_DIR } from "./schemas";
import { runXmllint, type LintJob } from "./xmllint";

/** A package to validate, with the label its findings are reported under. */
export interface PackageInput {
  label: string;
  bytes: Uint8Array;
}

/** The findings for one package (none = valid). */
export interface PackageReport {
  label: string;
  errors: string[];
}

/**
 * The text xmllint checks: markup compatibility applied, and `xml:space` attributes dropped. `xml:space` belongs
 * to XML itself; Excel writes `<t xml:space="preserve">` for text with edge spaces, but the 29500 schemas do not
 * declare it on `t`, so it is not a finding.
 */
export function schemaView(xml: string): string {
  return applyMarkupCompatibility(xml).replace(/\sxml:space\s*=\s*("[^"]*"|'[^']*')/g, "");
}

/** The parts of a package: XML parts as text, binary parts (by content type) as null. */
async function readParts(bytes: Uint8Array): Promise<PackageParts> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: PackageParts = new Map();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) parts.set(name, null);
  const ct = zip.file("[Content_Types].xml");
  if (ct) parts.set("[Content_Types].xml", await ct.async("string"));
  const types = contentTypes(parts);
  for (const name of parts.keys()) {
    if (name === "[Content_Types].xml") continue;
    const check = checkFor(types.get(name) ?? "");
    if (!check || !("binary" in check)) parts.set(name, await (zip.file(name) as JSZip.JSZipObject).async("string"));
  }
  return parts;
}

/** Validates the packages; one report per input, in order. Throws (with an install hint) when xmllint is missing. */
export async function validatePackages(inputs: PackageInput[]): Promise<PackageReport[]> {
  const dir = mkdtempSync(join(tmpdir(), "imm-ooxml-"));
  try {
    const core = writeCoreSchema(join(dir, "schemas"));
    const reports: PackageReport[] = [];
    const jobs: LintJob[] = [];
    const origin = new Map<string, { report: PackageReport; part: string }>();
    for (const [p, input] of inputs.entries()) {
      const report: PackageReport = { label: input.label, errors: [] };
      reports.push(report);
      let parts: PackageParts;
      try {
        parts = await readParts(input.bytes);
      } catch (e) {
        report.errors.push(`not a zip package (${e instanceof Error ? e.message : String(e)})`);
        continue;
      }
      report.errors.push(...packageRuleErrors(parts));
      const types = contentTypes(parts);
      let n = 0;
      for (const [part, text] of parts) {
        const type = part === "[Content_Types].xml" ? "[Content_Types]" : types.get(part);
        if (type === undefined) continue; // reported by the package rules
        const check = checkFor(type);
        if (check === null) {
          report.errors.push(`${part}: no schema known for content type ${type}`);
          continue;
        }
        if ("binary" in check || text === null) continue;
        const file = join(dir, `p${p}-${n++}.xml`);
        writeFileSync(file, schemaView(text));
        const schema = "schema" in check ? (check.schema === "core" ? core : join(XSD_DIR, check.schema)) : null;
        jobs.push({ file, schema });
        origin.set(file, { report, part });
      }
    }
    for (const [file, lines] of runXmllint(jobs)) {
      const o = origin.get(file);
      if (o) for (const line of lines) o.report.errors.push(`${o.part}:${line}`);
    }
    return reports;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
