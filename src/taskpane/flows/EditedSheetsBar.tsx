/** The question asked before Generate rewrites generated sheets the user has changed since they were written. */
import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export interface EditedSheetsBarProps {
  /** Names of the generated sheets with changes of the user's. */
  edited: string[];
  onConfirm: () => void;
  onCancel: () => void;
}

/** "You changed IMM Dashboard since it was generated…" with Generate anyway / Cancel. */
export function EditedSheetsBar({ edited, onConfirm, onCancel }: EditedSheetsBarProps): React.JSX.Element {
  const list = edited.map((n) => `"${n}"`).join(", ");
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="edited-sheets">
      <MessageBarBody>
        <MessageBarTitle>{edited.length === 1 ? "You changed a generated sheet" : `You changed ${edited.length} generated sheets`}</MessageBarTitle>
        {list} {edited.length === 1 ? "has" : "have"} changes of yours since IMM generated {edited.length === 1 ? "it" : "them"}.
        Generating again rewrites {edited.length === 1 ? "that sheet" : "those sheets"} and overwrites your changes (your formulas that point at them keep working).
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onConfirm}>Generate anyway</Button>
        <Button onClick={onCancel}>Cancel</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
