/** Generate review: write the chosen review sheets with a progress bar, then summarise what was written. */
import * as React from "react";
import {
  Button, Checkbox, Field, ProgressBar,
} from "@fluentui/react-components";
import type { WorkbookHost } from "../../hosts/port";
import { SHEET_REGISTRY, type SheetRegistry } from "../../review/sheets/registry";
import { ErrorBar, FlowHeader, useFlowStyles } from "../ui";
import { buildReview, type ReviewRun } from "../model/review";
import { errorMessage } from "../model/errors";
import { ReviewSummary } from "./ReviewSummary";
import { withChoice } from "../model/choices";
import { useStaleness } from "./useStaleness";
import { simulationLabel } from "../model/simulation-progress";
import { EditedSheetsBar } from "./EditedSheetsBar";

export interface GenerateReviewProps {
  host: WorkbookHost;
  title: string;
  lastRun: ReviewRun | null;
  onGenerated: (run: ReviewRun) => void;
  onShowProblems: () => void;
  /** The sheet registry offered as choices (default: the built-in one); the host must be built over the same one. */
  sheets?: SheetRegistry;
}

type Phase =
  | { kind: "idle" }
  | { kind: "running"; done: number; total: number; label: string }
  | { kind: "done"; total: number }
  /** Generated sheets the user changed since they were written: Generate would overwrite those changes (issue 9 §2). */
  | { kind: "confirm"; keys: string[]; edited: string[] }
  | { kind: "error"; message: string };

/** The Generate review flow. */
export function GenerateReview({ host, title, lastRun, onGenerated, onShowProblems, sheets = SHEET_REGISTRY }: GenerateReviewProps): React.JSX.Element {
  const styles = useFlowStyles();
  const [chosen, setChosen] = React.useState<Set<string>>(() => new Set(sheets.map((s) => s.key)));
  const [phase, setPhase] = React.useState<Phase>({ kind: "idle" });
  /** Counts the Generates finished in this view: the summary takes focus after each (not when the view opens). */
  const [generated, setGenerated] = React.useState(0);
  const written = lastRun?.result ? lastRun : null;
  const stale = useStaleness(host, written);

  const toggle = (key: string, on: boolean): void => setChosen((prev) => withChoice(prev, key, on));

  /**
   * Generates the chosen sheets, or `only` (Regenerate writes the sheets of the out-of-date review again). First asks
   * when a sheet to be rewritten has changes of the user's since it was generated (`confirmed` skips that question).
   */
  const generate = async (only?: string[], confirmed = false): Promise<void> => {
    const keys = only ?? sheets.map((s) => s.key).filter((k) => chosen.has(k));
    setPhase({ kind: "running", done: 0, total: 1, label: "Reading the input tables…" });
    try {
      if (!confirmed) {
        const edited = (await host.listOwnedSheets()).filter((o) => o.edited && keys.includes(o.key)).map((o) => o.name);
        if (edited.length) {
          setPhase({ kind: "confirm", keys, edited });
          return;
        }
      }
      const run = await buildReview(host, keys, sheets, (done, total) =>
        setPhase({ kind: "running", done, total, label: simulationLabel(done, total) }),
      );
      setPhase({ kind: "running", done: 0, total: run.plans.length, label: "Writing sheets…" });
      const result = await host.applyPlans(run.plans, (done, total, label) =>
        setPhase({ kind: "running", done, total, label }),
      );
      onGenerated({ ...run, result });
      setPhase({ kind: "done", total: result.sheets.length });
      setGenerated((n) => n + 1);
    } catch (e) {
      setPhase({ kind: "error", message: errorMessage(e) });
    }
  };

  const running = phase.kind === "running";
  return (
    <section className={styles.section} aria-labelledby="review-heading">
      <FlowHeader id="review-heading"
        title={title}
        intro="Writes the review sheets from your input tables. Re-running rewrites only the sheets this add-in generated, in place, so your formulas and names that point at them keep working; if you changed one of those sheets since it was generated, you are asked before it is overwritten."
      />
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Review sheets</legend>
        {sheets.map((s) => (
          <Checkbox
            key={s.key}
            label={s.label}
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
      {phase.kind === "confirm" && (
        <EditedSheetsBar edited={phase.edited} onConfirm={() => void generate(phase.keys, true)} onCancel={() => setPhase({ kind: "idle" })} />
      )}
      {phase.kind === "error" && (
        <ErrorBar title="Could not generate the review" message={phase.message} />
      )}
      {!running && written && (
        <ReviewSummary
          run={written}
          focusKey={generated}
          stale={stale}
          onRegenerate={() => void generate(sheets.map((s) => s.key).filter((k) => written.plans.some((p) => p.key === k)))}
          onShowProblems={onShowProblems}
          onOpenSheet={(sheet) => {
            host.selectCell({ sheet, address: "A1" }).catch((e: unknown) => setPhase({ kind: "error", message: errorMessage(e) }));
          }}
        />
      )}
    </section>
  );
}
