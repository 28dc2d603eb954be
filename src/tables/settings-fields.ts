/**
 * The IMM_Settings keys of IMM-SPEC §5 as form metadata (label, kind, limits, help), the parser of one value,
 * and the inverse writer used when the task pane saves the Settings form.
 */
import { DEFAULT_SETTINGS, SETTINGS_KEYS, type ImmSettings } from "../imm/defaults";
import { showValue } from "../imm/errors";
import { normalizeWord, toFraction, toNumber } from "../imm/scales";
import { capitalise, type Coerced } from "./coerce";
import type { ColumnSpec } from "./synonyms";
import type { RawCell } from "./types";

export type SettingKind = "number" | "list-of-numbers" | "words" | "text";

/** One settings key, described for a form and for the reader. */
export interface SettingField {
  key: keyof ImmSettings;
  /** The key as written in the IMM_Settings table, e.g. "Rating bands". */
  label: string;
  kind: SettingKind;
  /** Bounds of each number (inclusive). Words: bounds of each word's value. */
  min: number;
  max: number;
  /** Whole numbers only. */
  integer?: boolean;
  /** list-of-numbers: how many numbers, and whether they must increase. */
  count?: number;
  increasing?: boolean;
  /** text: the accepted values (case-insensitive), or a pattern they must match. Blank is allowed (= not set). */
  values?: readonly string[];
  pattern?: RegExp;
  /** One line of help for the form. */
  help: string;
  /** Other spellings of the key accepted in the table. */
  synonyms: readonly string[];
}

const f = (key: keyof ImmSettings, kind: SettingKind, min: number, max: number, help: string,
  extra: Partial<SettingField> = {}): SettingField =>
  ({ key, label: SETTINGS_KEYS[key], kind, min, max, help, synonyms: [], ...extra });

/** Every settings key, in the order of IMM-SPEC §5. */
export const SETTINGS_FIELDS: readonly SettingField[] = [
  f("likelihoodScale", "number", 2, 10, "Top of the likelihood scale: ratings run from 1 to this (default 5).",
    { integer: true, synonyms: ["Likelihood scale max", "Likelihood max", "L scale"] }),
  f("consequenceScale", "number", 2, 10, "Top of the consequence scale: ratings run from 1 to this (default 5).",
    { integer: true, synonyms: ["Consequence scale max", "Consequence max", "C scale", "Impact scale"] }),
  f("ratingBands", "list-of-numbers", 0, 100,
    "Upper edges of the Low, Medium and High risk scores, e.g. 4, 9, 16; higher scores are Extreme.",
    { count: 3, increasing: true, synonyms: ["Rating band edges", "Risk rating bands", "Bands"] }),
  f("pillarWeights", "list-of-numbers", 0, 100,
    "Weights of the partnership, risk and performance indices in the integrated index (default 1, 1, 1).",
    { count: 3, synonyms: ["Pillar weighting", "Pillar weightings", "Weights"] }),
  f("amberThreshold", "number", 0, 100, "Index at or above which a pillar is Amber rather than Red (default 60).",
    { synonyms: ["Amber", "Amber threshold %"] }),
  f("greenThreshold", "number", 0, 100, "Index at or above which a pillar is Green (default 80).",
    { synonyms: ["Green", "Green threshold %"] }),
  f("effectivenessWords", "words", 0, 1,
    "Words accepted for control effectiveness and the fraction each removes, e.g. None 0, Partial 0.25, Substantial 0.5, Full 0.75.",
    { synonyms: ["Effectiveness words", "Control words", "Controls effectiveness words"] }),
  f("simulationIterations", "number", 100, 1000000, "Monte Carlo iterations for simulated exposure (default 10000).",
    { integer: true, synonyms: ["Iterations", "Simulations", "Monte Carlo iterations"] }),
  f("simulationSeed", "number", 0, 4294967295, "Random seed: the same seed gives the same simulated exposure (default 1).",
    { integer: true, synonyms: ["Seed", "Random seed"] }),
  f("gapAlert", "number", 0, 10, "Perception gap (public vs private rating) at or above which a factor is flagged (default 1).",
    { synonyms: ["Perception gap alert", "Gap threshold", "Gap alert threshold"] }),
  f("currency", "text", 0, 0,
    "Currency of amounts: a symbol (€, A$, R) or ISO code (EUR, AUD). Blank: from the Annual service payment cell's format, else your Office language.",
    { pattern: /^[^\d\s](?:.{0,5}[^\d\s])?$/u, synonyms: ["Currency symbol", "Currency code"] }),
  f("paperSize", "text", 0, 0, "Paper for printing the review sheets: A4 or Letter. Blank: Letter in the US and Canada, else A4.",
    { values: ["A4", "Letter"], synonyms: ["Paper", "Page size"] }),
];

/** The settings keys as column specs, for key matching (case-, spacing- and punctuation-insensitive). */
export const SETTINGS_KEY_SPECS: readonly ColumnSpec[] = SETTINGS_FIELDS.map((x) =>
  ({ field: x.key, label: x.label, required: false, synonyms: x.synonyms }));

/** The field metadata of a settings key. */
export function settingField(key: keyof ImmSettings): SettingField {
  const field = SETTINGS_FIELDS.find((x) => x.key === key);
  if (!field) throw new Error(`unknown setting ${key}`);
  return field;
}

function numberText(n: number): string {
  return String(Number(n.toFixed(10)));
}

/** A settings value as it is written in the table (numbers as numbers, lists as "4, 9, 16"). */
export function formatSetting(key: keyof ImmSettings, settings: ImmSettings): string | number {
  const v = settings[key];
  if (typeof v === "number" || typeof v === "string") return v;
  if (Array.isArray(v)) return (v as readonly number[]).map(numberText).join(", ");
  return Object.entries(v as Readonly<Record<string, number>>)
    .map(([w, n]) => `${capitalise(w)} ${numberText(n)}`).join(", ");
}

/** The table entries [key, value] for all settings: the inverse of reading (used when saving the Settings form). */
export function writeSettingsEntries(settings: ImmSettings): [string, string | number][] {
  return SETTINGS_FIELDS.map((x) => [x.label, formatSetting(x.key, settings)]);
}

function bounded(n: number, field: SettingField): boolean {
  return Number.isFinite(n) && n >= field.min && n <= field.max && (!field.integer || Number.isInteger(n));
}

function describe(field: SettingField): string {
  if (field.kind === "text") return field.values ? field.values.join(" or ") : "a currency symbol or 3-letter code (e.g. €, A$, EUR)";
  const each = `${field.integer ? "whole " : ""}number${field.kind === "number" ? "" : "s"} ${field.min}–${field.max}`;
  if (field.kind === "number") return `a ${each}`;
  if (field.kind === "list-of-numbers") {
    return `${field.count} ${field.increasing ? "increasing " : ""}${each} (e.g. ${formatSetting(field.key, DEFAULT_SETTINGS)})`;
  }
  return `a list of words and fractions 0–1 (e.g. ${formatSetting(field.key, DEFAULT_SETTINGS)})`;
}

function invalid<T>(field: SettingField, value: RawCell): Coerced<T> {
  return { ok: false, message: `${field.label} ${showValue(value)} is not ${describe(field)}` };
}

/** A fraction from 0.25, "25%" or 25 (read as 25%). */
function fraction(text: string): number {
  const n = toFraction(text);
  return !text.trim().endsWith("%") && n > 1 && n <= 100 ? n / 100 : n;
}

/** Parses one settings value (from a cell or a form field); the message names the key and the bad value. */
export function parseSettingValue(key: keyof ImmSettings, value: RawCell): Coerced<ImmSettings[typeof key]> {
  const field = settingField(key);
  if (field.kind === "number") {
    const n = typeof value === "string" ? toNumber(value.replace(/%\s*$/, "")) : toNumber(value);
    return bounded(n, field) ? { ok: true, value: n } : invalid(field, value);
  }
  if (field.kind === "list-of-numbers") {
    const parts = typeof value === "number" ? [value]
      : typeof value === "string" ? value.split(/[,;\s]+/).filter((p) => p !== "").map((p) => toNumber(p)) : [];
    const good = parts.length === field.count && parts.every((n) => bounded(n, field))
      && (!field.increasing || parts.every((n, i) => i === 0 || n > parts[i - 1]))
      && parts.some((n) => n > 0);
    return good ? { ok: true, value: parts as unknown as ImmSettings[typeof key] } : invalid(field, value);
  }
  if (field.kind === "text") {
    const t = typeof value === "string" ? value.trim() : "";
    const known = field.values?.find((x) => x.toLowerCase() === t.toLowerCase());
    if (t === "") return { ok: true, value: "" };
    if (field.values) return known ? { ok: true, value: known } : invalid(field, value);
    return field.pattern && !field.pattern.test(t) ? invalid(field, value) : { ok: true, value: t };
  }
  if (typeof value !== "string") return invalid(field, value);
  const words: Record<string, number> = {};
  const entries = value.split(/[,;\n]+/).map((e) => e.trim()).filter((e) => e !== "");
  for (const entry of entries) {
    const m = /^(.*?[^\s=:])\s*[=:]?\s*(\d*\.?\d+\s*%?)$/.exec(entry);
    const word = m ? normalizeWord(m[1]) : "";
    const n = m ? fraction(m[2]) : NaN;
    if (!m || !/[a-z]/.test(word) || !bounded(n, field)) return invalid(field, value);
    words[word] = n;
  }
  return entries.length > 0 ? { ok: true, value: words } : invalid(field, value);
}
