/**
 * The user's currency and paper size (issue 11 §8), never ours. Pure.
 *
 * Currency, first that applies:
 * 1. the number format of the Annual service payment cell, when it shows a currency (a symbol such as $, €, £, ₹,
 *    a bracketed [$A$-C09] code or a quoted "R " text); a format without a currency (General, #,##0) does not count;
 * 2. the `Currency` setting: a symbol ("€", "A$", "R") or an ISO 4217 code ("EUR", "AUD"; a code without a known
 *    symbol is shown as the code, "CHF 1,234");
 * 3. the Office display language's region (Excel only: en-AU → "$", en-GB → "£", de-DE → "€", …);
 * 4. none: amounts as plain `#,##0` (the CLI, which has no Office locale).
 * Amounts are shown rounded to whole units (as the model's sums are), the symbol before or after as found.
 *
 * Paper size: the `Paper size` setting (A4 or Letter) wins; else Letter for the US and Canada (en-US, en-CA, fr-CA,
 * es-US: the region decides), A4 elsewhere and when no locale is known (the CLI).
 */
import type { PaperSize } from "./plan";

/** How amounts are shown: the Excel number format and the text around a number in explanations and summaries. */
export interface Money {
  /** Excel number format, e.g. `"$"#,##0`, `#,##0" €"`, `#,##0`. */
  format: string;
  /** Text before / after the digits in texts: "$" / "", "" / " €". */
  prefix: string;
  suffix: string;
}

/** Plain amounts, no currency. */
export const NO_CURRENCY: Money = Object.freeze({ format: "#,##0", prefix: "", suffix: "" });

/** Symbols of common ISO codes (the currencies PPP units work in, and the majors). */
const ISO_SYMBOLS: Readonly<Record<string, string>> = {
  AUD: "A$", CAD: "C$", NZD: "NZ$", USD: "US$", EUR: "€", GBP: "£", INR: "₹", ZAR: "R", JPY: "¥", CNY: "¥",
  SGD: "S$", HKD: "HK$", BRL: "R$", MXN: "MX$", KRW: "₩", ILS: "₪", PHP: "₱", NGN: "₦", TRY: "₺", RUB: "₽",
};

/** Local currency by region (display language "en-AU" → "AU"); symbols as people there write them. */
const REGION_SYMBOLS: Readonly<Record<string, string>> = {
  US: "$", AU: "$", CA: "$", NZ: "$", SG: "$", HK: "HK$", GB: "£", IE: "€", IN: "₹", ZA: "R", JP: "¥", CN: "¥",
  DE: "€", FR: "€", ES: "€", IT: "€", NL: "€", BE: "€", AT: "€", PT: "€", FI: "€", GR: "€", LU: "€",
  BR: "R$", MX: "$", KR: "₩", IL: "₪", PH: "₱", NG: "₦", CH: "CHF", SE: "kr", NO: "kr", DK: "kr", PL: "zł",
};

/** Regions whose currency follows the number (1.234 €) in their own convention. */
const SUFFIX_REGIONS = new Set(["DE", "FR", "ES", "IT", "AT", "PT", "FI", "GR", "LU", "BE", "SE", "NO", "DK", "PL"]);

const SYMBOL_CHARS = "$£€¥₹₩₪₫₱₦₴₸₺₼₽฿";

/** Quoted format text taken for a currency: a symbol (A$, R$), a code (EUR, R) or a local word (kr, zł); not " units", " k". */
const CURRENCY_TEXT = new RegExp(`^(?:[A-Z]{0,3}[${SYMBOL_CHARS}]|[A-Z]{1,3}|kr|zł|Kč|Ft|lei)$`, "u");

/** A number-format literal: the text in double quotes (a quote doubled inside). */
const quoted = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** Money shown with a symbol before (or after) the digits. */
export function moneyWith(symbol: string, after = false): Money {
  const s = symbol.trim();
  if (s === "") return NO_CURRENCY;
  const pad = /[A-Za-z]$/.test(s) && !after ? " " : "";
  return after
    ? { format: `#,##0${quoted(` ${s}`)}`, prefix: "", suffix: ` ${s}` }
    : { format: `${quoted(s + pad)}#,##0`, prefix: s + pad, suffix: "" };
}

/** The currency a number format shows, and whether it follows the digits; null when it shows none. */
export function currencyOfFormat(format: string | undefined): { symbol: string; after: boolean } | null {
  if (!format) return null;
  const first = format.split(";")[0];
  const digit = first.search(/[0#?]/);
  const at = (i: number): boolean => digit >= 0 && i > digit;
  const bracket = /\[\$([^\]-]+)(?:-[^\]]*)?\]/.exec(first);
  if (bracket) return { symbol: bracket[1].trim(), after: at(bracket.index) };
  const quote = /"([^"]*)"/g;
  for (let m = quote.exec(first); m; m = quote.exec(first)) {
    const text = m[1].trim();
    if (CURRENCY_TEXT.test(text)) return { symbol: text, after: at(m.index) };
  }
  const unquoted = first.replace(/"[^"]*"|\[[^\]]*\]|\\./g, (s) => " ".repeat(s.length));
  const sym = new RegExp(`[A-Z]{0,3}[${SYMBOL_CHARS}]`).exec(unquoted);
  if (sym) return { symbol: sym[0], after: at(sym.index) };
  return null;
}

/** The region of a language tag ("en-AU" → "AU", "de" → ""). */
function regionOf(locale: string | undefined): string {
  const parts = (locale ?? "").split(/[-_]/);
  return parts.length > 1 ? parts[parts.length - 1].toUpperCase() : "";
}

/** The money of a review: payment-cell format, else the Currency setting, else the locale, else none (rules above). */
export function moneyFor(paymentFormat: string | undefined, currencySetting: string | undefined, locale: string | undefined): Money {
  const fromFormat = currencyOfFormat(paymentFormat);
  if (fromFormat) return moneyWith(fromFormat.symbol, fromFormat.after);
  const setting = currencySetting?.trim() ?? "";
  if (setting) {
    const code = setting.toUpperCase();
    return moneyWith(/^[A-Z]{3}$/.test(code) ? ISO_SYMBOLS[code] ?? code : setting);
  }
  const region = regionOf(locale);
  const local = REGION_SYMBOLS[region];
  return local ? moneyWith(local, SUFFIX_REGIONS.has(region)) : NO_CURRENCY;
}

/** The paper size: the setting, else Letter in the US and Canada, else A4 (rules above). */
export function paperSizeFor(setting: string | undefined, locale: string | undefined): PaperSize {
  const s = (setting ?? "").trim().toLowerCase();
  if (s === "letter") return "Letter";
  if (s === "a4") return "A4";
  return ["US", "CA"].includes(regionOf(locale)) ? "Letter" : "A4";
}
