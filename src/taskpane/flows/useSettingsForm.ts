/** The Settings flow's state: the form text read from IMM_Settings, inline validation, and saving in place. */
import * as React from "react";
import type { ImmSettings } from "../../imm/defaults";
import type { WorkbookHost } from "../../hosts/port";
import { readModel } from "../../tables";
import { errorMessage } from "../model/errors";
import { settingsEntries, settingsToText, validateSettings, type SettingsErrors, type SettingsText } from "../model/settingsForm";

export type SettingsStatus =
  | { kind: "loading" }
  | { kind: "ready" }
  | { kind: "saving" }
  | { kind: "saved"; count: number }
  | { kind: "error"; message: string };

export interface SettingsFormState {
  text: SettingsText;
  errors: SettingsErrors;
  status: SettingsStatus;
  change: (key: keyof ImmSettings, value: string) => void;
  save: (e: React.FormEvent) => Promise<void>;
}

/** Reads the settings once per host; edits revalidate a field already in error; save validates all, then writes. */
export function useSettingsForm(host: WorkbookHost): SettingsFormState {
  const [text, setText] = React.useState<SettingsText>(() => settingsToText());
  const [errors, setErrors] = React.useState<SettingsErrors>({});
  const [status, setStatus] = React.useState<SettingsStatus>({ kind: "loading" });

  React.useEffect(() => {
    let live = true;
    host
      .readSnapshot()
      .then((snap) => {
        if (!live) return;
        setText(settingsToText(readModel(snap).settings));
        setStatus({ kind: "ready" });
      })
      .catch((e: unknown) => live && setStatus({ kind: "error", message: errorMessage(e) }));
    return () => {
      live = false;
    };
  }, [host]);

  const change = (key: keyof ImmSettings, value: string): void => {
    const next = { ...text, [key]: value };
    setText(next);
    if (errors[key] || (key === "amberThreshold" && errors.greenThreshold)) setErrors(validateSettings(next).errors);
    if (status.kind === "saved") setStatus({ kind: "ready" });
  };

  const save = async (e: React.FormEvent): Promise<void> => {
    e.preventDefault();
    const v = validateSettings(text);
    setErrors(v.errors);
    if (!v.settings) return;
    setStatus({ kind: "saving" });
    try {
      const entries = settingsEntries(v.settings);
      await host.writeSettings(entries);
      setStatus({ kind: "saved", count: entries.length });
    } catch (err) {
      setStatus({ kind: "error", message: errorMessage(err) });
    }
  };

  return { text, errors, status, change, save };
}
