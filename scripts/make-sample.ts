/**
 * `npm run sample`: writes assets/samples/hospital-ppp.xlsx from the sample data in src/samples/, and the sample
 * portfolio (five contracts, src/samples/portfolio.ts, each with two earlier reviews in its IMM History:
 * src/samples/portfolio-files.ts) into assets/samples/portfolio/.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { hospitalSample } from "../src/samples/hospital";
import { writeWorkbookBytes } from "../src/hosts/xlsx/write-package";
import { sampleToWorkbook } from "../src/samples/write-xlsx";
import { portfolioSampleFiles } from "../src/samples/portfolio-files";

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
  const files = await portfolioSampleFiles();
  for (const { file, bytes } of files) writeFileSync(resolve(PORTFOLIO, file), bytes);
  console.log(`Wrote ${PORTFOLIO}: ${files.map((p) => p.file).join(", ")} (each with two earlier reviews in IMM History)`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
