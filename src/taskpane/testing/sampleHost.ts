/** Test helper: an in-memory xlsx host over the sample workbook (or a blank one). */
import { readFileSync } from "fs";
import { join } from "path";
import { XlsxHost } from "../../hosts/xlsx/index";

export const SAMPLE_PATH = join(__dirname, "..", "..", "..", "assets", "samples", "hospital-ppp.xlsx");

/** The sample workbook in an XlsxHost. */
export async function sampleHost(): Promise<XlsxHost> {
  return XlsxHost.fromBuffer(readFileSync(SAMPLE_PATH), "hospital-ppp.xlsx");
}

/** Puts "abc" into the first Likelihood cell of IMM_Risks; returns that cell as "Sheet!A1". */
export async function breakFirstLikelihood(host: XlsxHost): Promise<{ sheet: string; address: string }> {
  const snap = await host.readSnapshot();
  const t = snap.tables.find((x) => x.name === "IMM_Risks");
  if (!t) throw new Error("sample has no IMM_Risks table");
  const col = t.headers.findIndex((h) => /likelihood/i.test(h) && !/residual/i.test(h));
  const ws = host.workbook.getWorksheet(t.sheet);
  if (!ws || col < 0) throw new Error("sample risks sheet/column missing");
  const cell = ws.getCell(t.row + 2, t.col + col + 1);
  cell.value = "abc";
  return { sheet: t.sheet, address: cell.address };
}

/** The sample with few Monte Carlo iterations (only P50/P90 depend on them), to keep component tests quick. */
export async function quickSampleHost(): Promise<XlsxHost> {
  const host = await sampleHost();
  await host.writeSettings([["Simulation iterations", 200]]);
  return host;
}
