/**
 * Currency in the portfolio. Rule:
 * - Each contract's own amounts (its row's P90 threat cost and deductions) are shown in that contract's currency: the
 *   one its single review uses (kit/locale.ts moneyFor: the number format of its Annual service payment cell, else its
 *   `Currency` setting, else none), so a row reads as the contract's own review does.
 * - Portfolio-level amounts (the expected threat cost sum, the joint P50/P90) are shown in the contracts' common
 *   currency when they all share one. Contracts share a currency when their review's money is the same (same symbol,
 *   same side); a contract with no currency stated does not share one with a contract that states one (IMM cannot
 *   know they are the same).
 * - When the currencies differ, amounts are never converted and never added across currencies: the joint simulation
 *   and the expected cost sum are computed PER CURRENCY (one joint run over that currency's contracts' open threats),
 *   shown as plain `#,##0` with the currency named beside them and the visible note MIXED_CURRENCY_NOTE; no all-contract
 *   P50/P90 or total is computed. Pure.
 */
import { NO_CURRENCY, type Money } from "../kit/locale";

/** The note shown wherever amounts of contracts in different currencies sit side by side. */
export const MIXED_CURRENCY_NOTE = "Contracts use different currencies; amounts are not converted.";

/** Two contracts share a currency when their money is shown alike (kit/locale.ts). */
export const currencyKey = (m: Money): string => m.format;

/** The currency's name in words: "£", "€", "CHF", or "no currency stated". */
export function currencyLabel(m: Money): string {
  return (m.prefix || m.suffix).trim() || "no currency stated";
}

/** The common currency of the contracts' moneys: the one they all share (plain amounts when there is none); null when they differ. */
export function commonCurrency(moneys: readonly Money[]): Money | null {
  if (moneys.length === 0) return NO_CURRENCY;
  return moneys.every((m) => currencyKey(m) === currencyKey(moneys[0])) ? moneys[0] : null;
}
