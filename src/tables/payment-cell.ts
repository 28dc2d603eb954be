/** Where the IMM_Contract Annual service payment value sits, for hosts to read its number format (the review's currency). */
import type { FoundTables } from "./find";
import { matchHeader } from "./headers";
import { kvEntries } from "./kv";
import { CONTRACT_KEYS } from "./synonyms";

/** The sheet and A1 address of the first Annual service payment value cell; null when the contract has none. */
export function paymentCell(found: FoundTables): { sheet: string; address: string } | null {
  const t = found.IMM_Contract;
  if (!t) return null;
  const e = kvEntries(t).find((x) => matchHeader(x.key, CONTRACT_KEYS)?.field === "annualServicePayment");
  return e ? { sheet: t.sheet, address: e.valueAddress } : null;
}
