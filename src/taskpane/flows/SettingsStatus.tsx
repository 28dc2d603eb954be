/** The Settings form's status line: fields to fix, "Settings saved", or why reading or saving failed. */
import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { ErrorBar, useFlowStyles } from "../ui";
import type { SettingsStatus as Status } from "./useSettingsForm";

/** A live region that scrolls into view when it has something to say. */
export function SettingsStatus({ status, errorCount }: { status: Status; errorCount: number }): React.JSX.Element {
  const styles = useFlowStyles();
  const ref = React.useRef<HTMLDivElement>(null);
  const shown = status.kind === "saved" || status.kind === "error" || errorCount > 0;
  React.useEffect(() => {
    if (shown) ref.current?.scrollIntoView?.({ block: "nearest" });
  }, [shown, status, errorCount]);
  return (
    <div aria-live="polite" ref={ref} className={styles.section}>
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
      {status.kind === "error" && <ErrorBar title="Could not read or save settings" message={status.message} />}
    </div>
  );
}
