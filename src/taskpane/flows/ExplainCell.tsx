/** Explain: for the selected cell of a generated sheet, show the formula and the inputs (with their source cells). */
import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import type { WorkbookHost } from "../../hosts/port";
import { FlowHeader, useFlowStyles } from "../ui";
import type { ReviewRun } from "../model/review";
import { useExplanation } from "./useExplanation";
import { ExplainHint } from "./ExplainHint";
import { ExplanationCard } from "./ExplanationCard";

export interface ExplainCellProps {
  host: WorkbookHost;
  title: string;
  lastRun: ReviewRun | null;
  /** Called when plans had to be built in memory (no Generate yet this session). */
  onPlansBuilt: (run: ReviewRun) => void;
  /** Opens the Generate review flow (offered when the sheet has changed since it was generated). */
  onRegenerate?: () => void;
}

/** The Explain flow. */
export function ExplainCell({ host, title, lastRun, onPlansBuilt, onRegenerate }: ExplainCellProps): React.JSX.Element {
  const flow = useFlowStyles();
  const { view, pinned, select } = useExplanation(host, lastRun, onPlansBuilt);
  return (
    <section className={flow.section} aria-labelledby="explain-heading">
      <FlowHeader id="explain-heading" title={title} intro="Select a number on a generated IMM sheet to see the formula and the input cells behind it." />
      <div aria-live="polite" className={flow.section}>
        {view.kind === "busy" && <Spinner size="tiny" label="Working out the review…" />}
        {view.kind === "error" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{view.message}</MessageBarBody>
          </MessageBar>
        )}
        {view.kind === "result" && view.result.kind === "changed" && (
          // Regenerating overwrites the sheet, so the button opens the Generate flow rather than writing at once.
          <MessageBar intent="warning" layout="multiline" data-testid="explain-changed">
            <MessageBarBody>
              <MessageBarTitle>The sheet has changed since it was generated</MessageBarTitle>
              {view.result.sheet}!{view.result.address} no longer holds what the review wrote there: its rows were
              sorted, or cells or inputs changed since. Its explanation would describe a different number, so none
              is shown. Generate the review again to explain it.
            </MessageBarBody>
            {onRegenerate && (
              <MessageBarActions>
                <Button size="small" onClick={onRegenerate}>Generate again…</Button>
              </MessageBarActions>
            )}
          </MessageBar>
        )}
        <ExplainHint view={view} />
        {pinned && <ExplanationCard explained={pinned} current={view.kind === "result" && view.result === pinned} onSelect={select} />}
      </div>
    </section>
  );
}
