/** Settings: a form over the IMM_Settings table, pre-filled from the workbook, validated inline, saved in place. */
import * as React from "react";
import { Button, Spinner } from "@fluentui/react-components";
import type { WorkbookHost } from "../../hosts/port";
import { FlowHeader, useFlowStyles } from "../ui";
import { useSettingsForm } from "./useSettingsForm";
import { SettingsFields } from "./SettingsFields";
import { SettingsStatus } from "./SettingsStatus";

/** The Settings flow. */
export function SettingsForm({ host, title }: { host: WorkbookHost; title: string }): React.JSX.Element {
  const styles = useFlowStyles();
  const { text, errors, status, change, save } = useSettingsForm(host);
  const busy = status.kind === "loading" || status.kind === "saving";
  return (
    <section className={styles.section} aria-labelledby="settings-heading">
      <FlowHeader
        id="settings-heading"
        title={title}
        intro="Edits the IMM_Settings table, which stays in the workbook for anyone to read. A setting left blank takes its default."
      />
      {status.kind === "loading" && <Spinner size="tiny" label="Reading settings…" />}
      <form className={styles.section} onSubmit={(e) => void save(e)} noValidate aria-label="IMM settings">
        <SettingsFields text={text} errors={errors} disabled={busy} onChange={change} />
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={busy}>
            Save settings
          </Button>
          {status.kind === "saving" && <Spinner size="tiny" label="Saving…" />}
        </div>
        <SettingsStatus status={status} errorCount={Object.keys(errors).length} />
      </form>
    </section>
  );
}
