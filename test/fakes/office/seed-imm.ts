/** Seeds a fake workbook with the generated IMM model of test/fixtures/large-model.ts (any size), for host tests and the bench. */
import type { FakeExcel } from "./fake-excel";
import { largeModel, type LargeModelOptions } from "../../fixtures/large-model";
import { colLetters } from "./address";

export type SeedOptions = Omit<LargeModelOptions, "settings">;

/** Adds Contract, Settings, Risks, KPIs, Partnership and Actions sheets with IMM_* tables (200 simulation iterations keep tests quick). */
export function seedImmWorkbook(x: FakeExcel, options: SeedOptions = {}): void {
  const tables = largeModel({ risks: 200, kpis: 40, ...options, settings: [["Simulation iterations", 200], ["Amber threshold", 60]] });
  for (const t of tables) {
    x.addSheet(t.sheet, [t.headers, ...t.rows]);
    x.addTable(t.sheet, `A1:${colLetters(t.headers.length - 1)}${t.rows.length + 1}`, t.name);
  }
}
