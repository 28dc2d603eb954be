/** Differential checks of the package reader against today's ExcelJS snapshot (XlsxHost.readSnapshot), for tests. */
import { readModel } from "../../../../tables/index";
import type { RawCell, WorkbookSnapshot } from "../../../../tables/types";
import { mayBeInputTable } from "../../../../tables/find";
import { XlsxHost } from "../../host";
import { readPackage, type PackageRead } from "../read-package";
import { skipOwned } from "../skip-owned";

/** The two reads of the same bytes. */
export async function bothReads(bytes: Uint8Array, source = "book.xlsx"): Promise<{ expected: WorkbookSnapshot; read: PackageRead }> {
  const host = await XlsxHost.fromBuffer(bytes, source);
  const expected = await host.readSnapshot();
  const read = await readPackage(bytes, { source, skip: skipOwned() });
  return { expected, read };
}

const at = (v: RawCell[][], r: number, c: number): RawCell => v[r]?.[c] ?? null;

/**
 * Where the package read differs from the ExcelJS snapshot, within what the bounded rule reads: every sheet's
 * values above its `readTo`, every table (input tables whole, other tables as far as read), the payment format and
 * the review's reading of both (problems and figures). Empty when they agree.
 */
export function differences(expected: WorkbookSnapshot, read: PackageRead): string[] {
  const out: string[] = [];
  const got = read.snapshot;
  if (got.paymentFormat !== expected.paymentFormat) out.push(`paymentFormat ${got.paymentFormat} ≠ ${expected.paymentFormat}`);
  if (got.source !== expected.source) out.push("source");
  const names = (s: WorkbookSnapshot) => s.sheets.map((x) => x.name);
  if (JSON.stringify(names(got)) !== JSON.stringify(names(expected))) out.push(`sheets ${names(got)} ≠ ${names(expected)}`);
  for (const e of expected.sheets) {
    const g = got.sheets.find((s) => s.name === e.name);
    const readTo = read.stats.find((s) => s.name === e.name)?.readTo ?? 0;
    if (!g) continue;
    const width = Math.max(0, ...e.values.map((r) => r.length), ...g.values.map((r) => r.length));
    for (let r = 0; r < Math.min(readTo, Math.max(e.values.length, g.values.length)); r++) {
      for (let c = 0; c < width; c++) {
        if (JSON.stringify(at(g.values, r, c)) !== JSON.stringify(at(e.values, r, c))) out.push(`${e.name}[${r}][${c}] ${JSON.stringify(at(g.values, r, c))} ≠ ${JSON.stringify(at(e.values, r, c))}`);
      }
    }
    if (g.values.length > readTo) out.push(`${e.name}: values past readTo ${readTo}`);
    if (readTo >= e.values.length && JSON.stringify(g.values) !== JSON.stringify(e.values)) out.push(`${e.name}: values (whole sheet read) differ in shape`);
  }
  if (got.tables.length !== expected.tables.length) out.push(`tables ${got.tables.map((t) => t.name)} ≠ ${expected.tables.map((t) => t.name)}`);
  for (const e of expected.tables) {
    const g = got.tables.find((t) => t.name === e.name && t.sheet === e.sheet);
    if (!g) { out.push(`table ${e.name} missing`); continue; }
    const whole = mayBeInputTable(e.name, e.headers);
    const { rows, ...rest } = g;
    const { rows: eRows, ...eRest } = e;
    if (JSON.stringify(rest) !== JSON.stringify(eRest)) out.push(`table ${e.name}: ${JSON.stringify(rest)} ≠ ${JSON.stringify(eRest)}`);
    const want = whole ? eRows : eRows.slice(0, rows.length);
    if (JSON.stringify(rows) !== JSON.stringify(want)) out.push(`table ${e.name} rows differ`);
  }
  if (JSON.stringify(readModel(got)) !== JSON.stringify(readModel(expected))) out.push("readModel differs");
  return out;
}
