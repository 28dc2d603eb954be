/** The Settings form as data: text per key, validation through the table reader's parser, and entries to save. */
import { DEFAULT_SETTINGS, type ImmSettings } from "../../imm/defaults";
import { SETTINGS_FIELDS, formatSetting, parseSettingValue } from "../../tables/settings-fields";
import { writeSettingsEntries } from "../../tables";

export type SettingsText = Record<keyof ImmSettings, string>;
export type SettingsErrors = Partial<Record<keyof ImmSettings, string>>;

/** The form's text for each key, from the workbook's settings (defaults where missing). */
export function settingsToText(settings: ImmSettings = DEFAULT_SETTINGS): SettingsText {
  const out = {} as SettingsText;
  for (const f of SETTINGS_FIELDS) out[f.key] = String(formatSetting(f.key, settings));
  return out;
}

/** Validates every field; returns the settings when all are valid, else the message of each bad field. */
export function validateSettings(text: SettingsText): { settings: ImmSettings | null; errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const f of SETTINGS_FIELDS) {
    const raw = text[f.key].trim();
    if (raw === "" && f.kind === "text") {
      out[f.key] = "";
      continue;
    }
    if (raw === "") {
      errors[f.key] = `${f.label} is required.`;
      continue;
    }
    const r = parseSettingValue(f.key, raw);
    if (r.ok) out[f.key] = r.value;
    else errors[f.key] = r.message + ".";
  }
  const settings = out as unknown as ImmSettings;
  if (!errors.amberThreshold && !errors.greenThreshold && settings.amberThreshold >= settings.greenThreshold) {
    errors.greenThreshold = `Green threshold ${settings.greenThreshold} must be above Amber threshold ${settings.amberThreshold}.`;
  }
  return Object.keys(errors).length ? { settings: null, errors } : { settings, errors };
}

/** The [key, value] entries to write for valid settings. */
export function settingsEntries(settings: ImmSettings): [string, string | number][] {
  return writeSettingsEntries(settings);
}

/** Groups of the form, in display order. */
export const SETTINGS_GROUPS: readonly { title: string; keys: readonly (keyof ImmSettings)[] }[] = [
  { title: "Rating scales", keys: ["likelihoodScale", "consequenceScale"] },
  { title: "Risk ratings", keys: ["ratingBands", "effectivenessWords"] },
  { title: "Integrated index", keys: ["pillarWeights", "amberThreshold", "greenThreshold"] },
  { title: "Partnership", keys: ["gapAlert"] },
  { title: "Simulation", keys: ["simulationIterations", "simulationSeed"] },
  { title: "Amounts and printing", keys: ["currency", "paperSize"] },
];
