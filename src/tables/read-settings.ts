/** Reading IMM_Settings (IMM-SPEC §5): every key matched insensitively; bad values → located error and the default. */
import { DEFAULT_SETTINGS, type ImmSettings } from "../imm/defaults";
import { isBlank } from "../imm/scales";
import { isUncalculated, NO_CALCULATED_VALUE } from "./coerce";
import type { FoundTable } from "./find";
import { matchHeader } from "./headers";
import { kvEntries } from "./kv";
import type { ProblemSink } from "./problems";
import { formatSetting, parseSettingValue, SETTINGS_KEY_SPECS } from "./settings-fields";

const TABLE = "IMM_Settings";

/** Settings from the IMM_Settings table (defaults for missing keys, blank values and bad values). */
export function readSettings(t: FoundTable | undefined, problems: ProblemSink): ImmSettings {
  if (!t) return DEFAULT_SETTINGS;
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const seen = new Map<string, string>();
  const where: Record<string, string> = {};
  for (const e of kvEntries(t)) {
    const spec = matchHeader(e.key, SETTINGS_KEY_SPECS);
    if (!spec) {
      problems.add("warning", TABLE, t.sheet, e.keyAddress, `unknown setting "${e.key}"; ignored`);
      continue;
    }
    const key = spec.field as keyof ImmSettings;
    const first = seen.get(key);
    if (first) {
      problems.add("warning", TABLE, t.sheet, e.keyAddress, `setting "${spec.label}" appears again (first at ${first}); ignored`);
      continue;
    }
    seen.set(key, e.keyAddress);
    if (isBlank(e.value)) continue;
    if (isUncalculated(e.value)) {
      problems.add("error", TABLE, t.sheet, e.valueAddress, `${NO_CALCULATED_VALUE}; using ${formatSetting(key, DEFAULT_SETTINGS)}`);
      continue;
    }
    const r = parseSettingValue(key, e.value);
    if (r.ok) { out[key] = r.value; where[key] = e.valueAddress; continue; }
    problems.add("error", TABLE, t.sheet, e.valueAddress, `${r.message}; using ${formatSetting(key, DEFAULT_SETTINGS)}`);
  }
  const settings = out as unknown as ImmSettings;
  if (settings.amberThreshold >= settings.greenThreshold) {
    // Point at the value the user changed: Amber when it differs from its default (also when both changed), else Green.
    const amberChanged = where.amberThreshold !== undefined && settings.amberThreshold !== DEFAULT_SETTINGS.amberThreshold;
    const at = amberChanged ? where.amberThreshold : where.greenThreshold ?? where.amberThreshold;
    problems.add("error", TABLE, t.sheet, at ?? "",
      `Amber threshold ${settings.amberThreshold} must be below Green threshold ${settings.greenThreshold}; using ${DEFAULT_SETTINGS.amberThreshold} and ${DEFAULT_SETTINGS.greenThreshold}`);
    out.amberThreshold = DEFAULT_SETTINGS.amberThreshold;
    out.greenThreshold = DEFAULT_SETTINGS.greenThreshold;
  }
  return Object.freeze(out) as unknown as ImmSettings;
}
