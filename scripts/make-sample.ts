/** `npm run sample`: writes assets/samples/hospital-ppp.xlsx from the sample data in src/samples/. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { hospitalSample } from "../src/samples/hospital";
import { writeWorkbookBytes } from "../src/hosts/xlsx/write-package";
import { sampleToWorkbook } from "../src/samples/write-xlsx";

const OUT = resolve(__dirname, "..", "assets", "samples", "hospital-ppp.xlsx");

/** Writes the hospital sample workbook and prints what it wrote. */
async function main(): Promise<void> {
  const sample = hospitalSample();
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, await writeWorkbookBytes(sampleToWorkbook(sample)));
  const tables = sample.sheets.flatMap((s) => s.tables.map((t) => `${t.name} (${t.rows.length} rows)`));
  console.log(`Wrote ${OUT}\n  ${tables.join("\n  ")}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
