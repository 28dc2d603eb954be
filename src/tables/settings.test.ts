import { DEFAULT_SETTINGS, SETTINGS_KEYS, type ImmSettings } from "../imm/defaults";
import { readModel } from "./index";
import { parseSettingValue, SETTINGS_FIELDS, writeSettingsEntries } from "./settings-fields";
import { table } from "./testing/messy-workbook";
import type { RawCell, SheetSnapshot } from "./types";

/** A model read from a settings table holding these rows. */
function settingsFrom(rows: RawCell[][]) {
  const s: SheetSnapshot = { name: "Settings", values: [] };
  return readModel({ tables: [table(s, "IMM_Settings", 0, 0, ["Key", "Value"], rows)], sheets: [s] });
}

describe("settings", () => {
  it("describes every §5 key for the form", () => {
    expect(SETTINGS_FIELDS.map((f) => f.label)).toEqual(Object.values(SETTINGS_KEYS));
    expect(SETTINGS_FIELDS.find((f) => f.key === "ratingBands")).toMatchObject({
      kind: "list-of-numbers", count: 3, increasing: true, min: 0, max: 100,
    });
    expect(SETTINGS_FIELDS.find((f) => f.key === "effectivenessWords")?.kind).toBe("words");
    expect(SETTINGS_FIELDS.every((f) => f.help.length > 20)).toBe(true);
  });

  it("writes the defaults as table entries", () => {
    expect(writeSettingsEntries(DEFAULT_SETTINGS)).toEqual([
      ["Likelihood scale", 5], ["Consequence scale", 5], ["Rating bands", "4, 9, 16"], ["Pillar weights", "1, 1, 1"],
      ["Amber threshold", 60], ["Green threshold", 80],
      ["Control effectiveness words", "None 0, Partial 0.25, Substantial 0.5, Full 0.75"],
      ["Simulation iterations", 10000], ["Simulation seed", 1], ["Gap alert", 1],
      ["Currency", ""], ["Paper size", ""], // blank: from the workbook and the locale (issue 11 §8)
    ]);
  });

  it("reads back what it writes", () => {
    const custom: ImmSettings = {
      ...DEFAULT_SETTINGS, likelihoodScale: 4, ratingBands: [3, 6.5, 12], pillarWeights: [2, 1, 0.5],
      effectivenessWords: { weak: 0.1, "very strong": 0.6 }, simulationSeed: 7, gapAlert: 0.75,
    };
    const model = settingsFrom(writeSettingsEntries(custom));
    expect(model.problems).toEqual([]);
    expect(model.settings).toEqual(custom);
  });

  it("parses values as users type them", () => {
    expect(parseSettingValue("ratingBands", "4; 9; 16")).toEqual({ ok: true, value: [4, 9, 16] });
    expect(parseSettingValue("pillarWeights", "1 1 2")).toEqual({ ok: true, value: [1, 1, 2] });
    expect(parseSettingValue("amberThreshold", "65%")).toEqual({ ok: true, value: 65 });
    expect(parseSettingValue("effectivenessWords", "none=0; partial: 25%; full 75")).toEqual({
      ok: true, value: { none: 0, partial: 0.25, full: 0.75 },
    });
    expect(parseSettingValue("ratingBands", "16,9,4")).toEqual({
      ok: false, message: 'Rating bands "16,9,4" is not 3 increasing numbers 0–100 (e.g. 4, 9, 16)',
    });
    expect(parseSettingValue("ratingBands", 4916)).toEqual({
      ok: false, message: "Rating bands 4916 is not 3 increasing numbers 0–100 (e.g. 4, 9, 16)",
    });
    expect(parseSettingValue("pillarWeights", "0,0,0").ok).toBe(false);
    expect(parseSettingValue("simulationIterations", 2.5)).toEqual({
      ok: false, message: "Simulation iterations 2.5 is not a whole number 100–1000000",
    });
    expect(parseSettingValue("effectivenessWords", "None, Partial 0.25")).toEqual({
      ok: false,
      message: 'Control effectiveness words "None, Partial 0.25" is not a list of words and fractions 0–1 (e.g. None 0, Partial 0.25, Substantial 0.5, Full 0.75)',
    });
  });

  it("matches keys loosely, uses defaults for blanks and bad values, warns on unknown and repeated keys", () => {
    const model = settingsFrom([
      ["likelihood_scale", "4"],
      ["CONSEQUENCE SCALE", null],
      ["Iterations", "lots"],
      ["Seed", 99],
      ["Rating bands", "3,6,12"],
      ["Seed", 5],
      ["Risk appetite", "low"],
    ]);
    expect(model.settings).toEqual({
      ...DEFAULT_SETTINGS, likelihoodScale: 4, simulationSeed: 99, ratingBands: [3, 6, 12],
    });
    expect(model.problems.map((p) => `${p.severity} ${p.message}`)).toEqual([
      'error Settings!B4: Simulation iterations "lots" is not a whole number 100–1000000; using 10000',
      "warning Settings!A7: setting \"Simulation seed\" appears again (first at A5); ignored",
      'warning Settings!A8: unknown setting "Risk appetite"; ignored',
    ]);
  });

  it("rejects an amber threshold at or above green, falling back to both defaults", () => {
    const model = settingsFrom([["Amber threshold", 85], ["Green threshold", 70]]);
    expect([model.settings.amberThreshold, model.settings.greenThreshold]).toEqual([60, 80]);
    expect(model.problems.map((p) => p.message)).toEqual([
      "Settings!B2: Amber threshold 85 must be below Green threshold 70; using 60 and 80",
    ]);
  });

  it("locates the Amber ≥ Green conflict at the threshold changed from its default", () => {
    const at = (rows: RawCell[][]) => settingsFrom(rows).problems.map((p) => `${p.sheet}!${p.address}`);
    expect(at([["Amber threshold", 85], ["Green threshold", 80]])).toEqual(["Settings!B2"]); // Amber raised
    expect(at([["Green threshold", 80], ["Amber threshold", 90]])).toEqual(["Settings!B3"]); // Amber raised, second row
    expect(at([["Amber threshold", 60], ["Green threshold", 50]])).toEqual(["Settings!B3"]); // Green lowered
    expect(at([["Green threshold", 40]])).toEqual(["Settings!B2"]); // only Green given
  });

  it("uses the settings' scales when reading risks", () => {
    const s: SheetSnapshot = { name: "Model", values: [] };
    const settings = table(s, "IMM_Settings", 0, 0, ["Setting", "Value"], [["Likelihood scale", 10]]);
    const risks = table(s, "IMM_Risks", 0, 3, ["ID", "Risk", "Type", "L", "C"], [
      ["R1", "a", "Threat", 7, 3], ["R2", "b", "Threat", 3, 7],
    ]);
    const model = readModel({ tables: [settings, risks], sheets: [s] });
    expect(model.risks?.map((r) => [r.id, r.likelihood, r.consequence])).toEqual([["R1", 7, 3]]);
    expect(model.problems.map((p) => p.message)).toEqual(["Model!H3: consequence 7 is not 1–5 or a consequence word"]);
  });
});
