/** The Settings form's fields, one fieldset per group, each with its label, help and inline error. */
import * as React from "react";
import { Field, Input } from "@fluentui/react-components";
import type { ImmSettings } from "../../imm/defaults";
import { SETTINGS_FIELDS } from "../../tables/settings-fields";
import { useFlowStyles } from "../ui";
import { SETTINGS_GROUPS, type SettingsErrors, type SettingsText } from "../model/settingsForm";

export interface SettingsFieldsProps {
  text: SettingsText;
  errors: SettingsErrors;
  disabled: boolean;
  onChange: (key: keyof ImmSettings, value: string) => void;
}

/** The fieldsets. */
export function SettingsFields({ text, errors, disabled, onChange }: SettingsFieldsProps): React.JSX.Element {
  const styles = useFlowStyles();
  return (
    <>
      {SETTINGS_GROUPS.map((g) => (
        <fieldset key={g.title} className={styles.fieldset}>
          <legend className={styles.legend}>{g.title}</legend>
          {g.keys.map((key) => {
            const f = SETTINGS_FIELDS.find((x) => x.key === key);
            if (!f) return null;
            return (
              <Field key={key} label={f.label} hint={f.help} validationState={errors[key] ? "error" : "none"} validationMessage={errors[key]}>
                <Input
                  name={key}
                  value={text[key]}
                  inputMode={f.kind === "number" ? "decimal" : "text"}
                  disabled={disabled}
                  onChange={(_, d) => onChange(key, d.value)}
                />
              </Field>
            );
          })}
        </fieldset>
      ))}
    </>
  );
}
