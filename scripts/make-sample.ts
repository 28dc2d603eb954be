/**
 * `npm run sample`: writes assets/samples/hospital-ppp.xlsx from the sample data in src/samples/, and the sample
 * portfolio (five contracts, src/samples/portfolio.ts) into assets/samples/portfolio/.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { hospitalSample } from "../src/samples/hospital";
import { writeWorkbookBytes } from "../src/hosts/xlsx/write-package";
import { sampleToWorkbook } from "../src/samples/write-xlsx";
import { portfolioSamples } from "../src/samples/portfolio";

const OUT = resolve(__dirname, "..", "assets", "samples", "hospital-ppp.xlsx");
const PORTFOLIO = resolve(__dirname, "..", "assets", "samples", "portfolio");

/** Writes the hospital sample workbook and prints what it wrote. */
async function main(): Promise<void> {
  const sample = hospitalSample();
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, await writeWorkbookBytes(sampleToWorkbook(sample)));
  const tables = sample.sheets.flatMap((s) => s.tables.map((t) => `${t.name} (${t.rows.length} rows)`));
  console.log(`Wrote ${OUT}\n  ${tables.join("\n  ")}`);
  mkdirSync(PORTFOLIO, { recursive: true });
  for (const { file, sample: contract } of portfolioSamples()) {
    writeFileSync(resolve(PORTFOLIO, file), await writeWorkbookBytes(sampleToWorkbook(contract)));
  }
  console.log(`Wrote ${PORTFOLIO}: ${portfolioSamples().map((p) => p.file).join(", ")}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
