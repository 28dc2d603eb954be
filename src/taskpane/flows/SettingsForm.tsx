/** Settings: a form over the IMM_Settings table, pre-filled from the workbook, validated inline, saved in place. */
import * as React from "react";
import {
  Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Spinner,
} from "@fluentui/react-components";
import type { ImmSettings } from "../../imm/defaults";
import type { WorkbookHost } from "../../hosts/port";
import { SETTINGS_FIELDS } from "../../tables/settings-fields";
import { readModel } from "../../tables";
import { ErrorBar, FlowHeader, useFlowStyles } from "../ui";
import { errorMessage } from "../model/errors";
import {
  SETTINGS_GROUPS, settingsEntries, settingsToText, validateSettings, type SettingsErrors, type SettingsText,
} from "../model/settingsForm";

type Status =
  | { kind: "loading" }
  | { kind: "ready" }
  | { kind: "saving" }
  | { kind: "saved"; count: number }
  | { kind: "error"; message: string };

/** The Settings flow. */
export function SettingsForm({ host, title }: { host: WorkbookHost; title: string }): React.JSX.Element {
  const styles = useFlowStyles();
  const [text, setText] = React.useState<SettingsText>(() => settingsToText());
  const [errors, setErrors] = React.useState<SettingsErrors>({});
  const [status, setStatus] = React.useState<Status>({ kind: "loading" });
  const statusRef = React.useRef<HTMLDivElement>(null);
  const errorCount = Object.keys(errors).length;
  const shown = status.kind === "saved" || status.kind === "error" || errorCount > 0;
  React.useEffect(() => {
    if (shown) statusRef.current?.scrollIntoView?.({ block: "nearest" });
  }, [shown, status, errorCount]);

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

  return (
    <section className={styles.section} aria-labelledby="settings-heading">
      <FlowHeader
        id="settings-heading"
        title={title}
        intro="Edits the IMM_Settings table (it stays visible in the workbook for auditors). Blank keys take the defaults."
      />
      {status.kind === "loading" && <Spinner size="tiny" label="Reading settings…" />}
      <form className={styles.section} onSubmit={(e) => void save(e)} noValidate aria-label="IMM settings">
        {SETTINGS_GROUPS.map((g) => (
          <fieldset key={g.title} className={styles.fieldset}>
            <legend className={styles.legend}>{g.title}</legend>
            {g.keys.map((key) => {
              const f = SETTINGS_FIELDS.find((x) => x.key === key);
              if (!f) return null;
              return (
                <Field
                  key={key}
                  label={f.label}
                  hint={f.help}
                  validationState={errors[key] ? "error" : "none"}
                  validationMessage={errors[key]}
                >
                  <Input
                    name={key}
                    value={text[key]}
                    inputMode={f.kind === "number" ? "decimal" : "text"}
                    disabled={status.kind === "loading" || status.kind === "saving"}
                    onChange={(_, d) => change(key, d.value)}
                  />
                </Field>
              );
            })}
          </fieldset>
        ))}
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={status.kind === "loading" || status.kind === "saving"}>
            Save settings
          </Button>
          {status.kind === "saving" && <Spinner size="tiny" label="Saving…" />}
        </div>
        <div aria-live="polite" ref={statusRef} className={styles.section}>
          {errorCount > 0 && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                Fix {errorCount} {errorCount === 1 ? "setting" : "settings"} before saving.
              </MessageBarBody>
            </MessageBar>
          )}
          {status.kind === "saved" && (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Settings saved</MessageBarTitle>
                Wrote {status.count} keys to the IMM_Settings table.
              </MessageBarBody>
            </MessageBar>
          )}
          {status.kind === "error" && (
            <ErrorBar title="Could not read or save settings" message={status.message} />
          )}
        </div>
      </form>
    </section>
  );
}
