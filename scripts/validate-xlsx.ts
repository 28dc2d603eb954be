/**
 * `npm run validate:xlsx -- FILE.xlsx…`: checks .xlsx packages as Excel would (schemas + Excel's package rules),
 * printing one line per finding. Exit 0 when every package is valid, 1 when not, 2 on a usage error or when
 * xmllint is missing. The test suite runs the same check (test/unit/xlsx-validity.test.ts).
 */
import { readFileSync } from "node:fs";
import { validatePackages } from "./ooxml/validate-package";
import { XMLLINT_HINT, xmllintAvailable } from "./ooxml/xmllint";

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    console.error("usage: npm run validate:xlsx -- FILE.xlsx [FILE.xlsx…]");
    return 2;
  }
  if (!xmllintAvailable()) {
    console.error(XMLLINT_HINT);
    return 2;
  }
  const reports = await validatePackages(files.map((f) => ({ label: f, bytes: new Uint8Array(readFileSync(f)) })));
  let bad = 0;
  for (const r of reports) {
    if (r.errors.length === 0) console.log(`${r.label}: valid`);
    else bad++;
    for (const e of r.errors) console.log(`${r.label}: ${e}`);
  }
  return bad ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(2);
  },
);
