/** Generate review: write the chosen review sheets with a progress bar, then summarise what was written. */
import * as React from "react";
import {
  Button, Checkbox, Field, ProgressBar,
} from "@fluentui/react-components";
import type { WorkbookHost } from "../../hosts/port";
import type { SheetKey } from "../../review/plan";
import { REVIEW_SHEETS } from "../../review";
import { ErrorBar, FlowHeader, useFlowStyles } from "../ui";
import { buildReview, type ReviewRun } from "../model/review";
import { errorMessage } from "../model/errors";
import { ReviewSummary } from "./ReviewSummary";
import { withChoice } from "../model/choices";
import { simulationLabel } from "../model/simulation-progress";

export interface GenerateReviewProps {
  host: WorkbookHost;
  title: string;
  lastRun: ReviewRun | null;
  onGenerated: (run: ReviewRun) => void;
  onShowProblems: () => void;
}

type Phase =
  | { kind: "idle" }
  | { kind: "running"; done: number; total: number; label: string }
  | { kind: "done"; total: number }
  | { kind: "error"; message: string };

/** The Generate review flow. */
export function GenerateReview({ host, title, lastRun, onGenerated, onShowProblems }: GenerateReviewProps): React.JSX.Element {
  const styles = useFlowStyles();
  const [chosen, setChosen] = React.useState<Set<SheetKey>>(() => new Set(REVIEW_SHEETS.map((s) => s.key)));
  const [phase, setPhase] = React.useState<Phase>({ kind: "idle" });

  const toggle = (key: SheetKey, on: boolean): void => setChosen((prev) => withChoice(prev, key, on));

  const generate = async (): Promise<void> => {
    setPhase({ kind: "running", done: 0, total: 1, label: "Reading the input tables…" });
    try {
      const keys = REVIEW_SHEETS.map((s) => s.key).filter((k) => chosen.has(k));
      const run = await buildReview(host, keys, (done, total) =>
        setPhase({ kind: "running", done, total, label: simulationLabel(done, total) }),
      );
      setPhase({ kind: "running", done: 0, total: run.plans.length, label: "Writing sheets…" });
      const result = await host.applyPlans(run.plans, (done, total, label) =>
        setPhase({ kind: "running", done, total, label }),
      );
      onGenerated({ ...run, result });
      setPhase({ kind: "done", total: result.sheets.length });
    } catch (e) {
      setPhase({ kind: "error", message: errorMessage(e) });
    }
  };

  const running = phase.kind === "running";
  return (
    <section className={styles.section} aria-labelledby="review-heading">
      <FlowHeader id="review-heading"
        title={title}
        intro="Writes the review sheets from your input tables. Re-running replaces only the sheets this add-in generated."
      />
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Review sheets</legend>
        {REVIEW_SHEETS.map((s) => (
          <Checkbox
            key={s.key}
            label={s.name}
            checked={chosen.has(s.key)}
            disabled={running}
            onChange={(_, d) => toggle(s.key, d.checked === true)}
          />
        ))}
      </fieldset>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={running || chosen.size === 0} onClick={() => void generate()}>
          Generate review
        </Button>
      </div>
      {phase.kind === "running" && (
        <Field label="Progress" hint={phase.label} validationState="none">
          <ProgressBar
            value={phase.total > 0 ? phase.done / phase.total : 0}
            max={1}
            thickness="large"
            aria-label={`Generating: ${phase.done} of ${phase.total}`}
            data-testid="review-progress"
          />
        </Field>
      )}
      {phase.kind === "done" && (
        <Field label="Progress" hint={`Done: wrote ${phase.total} ${phase.total === 1 ? "sheet" : "sheets"}.`}>
          <ProgressBar value={1} max={1} thickness="large" color="success" aria-label="Generating: done" />
        </Field>
      )}
      {phase.kind === "error" && (
        <ErrorBar title="Could not generate the review" message={phase.message} />
      )}
      {!running && lastRun?.result && (
        <ReviewSummary
          run={lastRun}
          onShowProblems={onShowProblems}
          onOpenSheet={(sheet) => {
            host.selectCell({ sheet, address: "A1" }).catch((e: unknown) => setPhase({ kind: "error", message: errorMessage(e) }));
          }}
        />
      )}
    </section>
  );
}
