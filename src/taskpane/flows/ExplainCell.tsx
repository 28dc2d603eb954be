/** Explain: for the selected cell of a generated sheet, show the formula and the inputs (with their source cells). */
import * as React from "react";
import { Link, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { Lightbulb16Regular } from "@fluentui/react-icons";
import type { CellRef, WorkbookHost } from "../../hosts/port";
import { FlowHeader, useFlowStyles } from "../ui";
import { buildReview, type ReviewRun } from "../model/review";
import { errorMessage } from "../model/errors";
import { findExplanation, splitInputRefs, type ExplainResult } from "../model/explain";

const useStyles = makeStyles({
  where: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  label: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase400 },
  formula: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "pre-wrap",
  },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  inputs: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase300 },
  hint: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface ExplainCellProps {
  host: WorkbookHost;
  title: string;
  lastRun: ReviewRun | null;
  /** Called when plans had to be built in memory (no Generate yet this session). */
  onPlansBuilt: (run: ReviewRun) => void;
}

type View = { kind: "waiting" } | { kind: "busy" } | { kind: "result"; result: ExplainResult } | { kind: "error"; message: string };

/** The Explain flow. */
export function ExplainCell({ host, title, lastRun, onPlansBuilt }: ExplainCellProps): React.JSX.Element {
  const styles = useStyles();
  const flow = useFlowStyles();
  const [view, setView] = React.useState<View>({ kind: "waiting" });
  const [pinned, setPinned] = React.useState<Extract<ExplainResult, { kind: "explained" }> | null>(null);
  const runRef = React.useRef<ReviewRun | null>(lastRun);
  runRef.current = lastRun ?? runRef.current;
  const seq = React.useRef(0);

  const explain = React.useCallback(
    async (ref: CellRef | null): Promise<void> => {
      const mine = ++seq.current;
      if (!ref) {
        setView({ kind: "waiting" });
        return;
      }
      try {
        const owned = await host.listOwnedSheets();
        let result = findExplanation(ref, owned, runRef.current?.plans ?? []);
        if (result.kind === "noExplanation" && !runRef.current) {
          setView({ kind: "busy" });
          const run = await buildReview(host);
          runRef.current = run;
          onPlansBuilt(run);
          result = findExplanation(ref, owned, run.plans);
        }
        if (mine !== seq.current) return;
        setView({ kind: "result", result });
        if (result.kind === "explained") setPinned(result);
      } catch (e) {
        if (mine === seq.current) setView({ kind: "error", message: errorMessage(e) });
      }
    },
    [host, onPlansBuilt],
  );

  React.useEffect(() => {
    let live = true;
    void host.getSelection().then((ref) => {
      if (live) void explain(ref);
    });
    const off = host.onSelectionChanged((ref) => void explain(ref));
    return () => {
      live = false;
      off();
    };
  }, [host, explain]);

  const select = (ref: CellRef): void => {
    void host.selectCell(ref).catch((e: unknown) => setView({ kind: "error", message: errorMessage(e) }));
  };

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
        {(view.kind === "waiting" || (view.kind === "result" && view.result.kind === "notGenerated")) && (
          <p className={styles.hint} data-testid="explain-hint">
            <Lightbulb16Regular aria-hidden />
            <span>
              {view.kind === "result" && view.result.kind === "notGenerated"
                ? `${view.result.ref.sheet}!${view.result.ref.address} is not on a generated IMM sheet. Select a cell on a sheet such as “IMM Risk Review”.`
                : "Select a cell on a generated IMM sheet."}
            </span>
          </p>
        )}
        {view.kind === "result" && view.result.kind === "noExplanation" && (
          <p className={styles.hint} data-testid="explain-hint">
            <Lightbulb16Regular aria-hidden />
            <span>
              {view.result.sheet}!{view.result.address} holds no computed number. Select a score, index or total.
            </span>
          </p>
        )}
        {pinned && (
          <article className={flow.card} data-testid="explanation" aria-label="Explanation">
            <p className={styles.where}>
              {view.kind === "result" && view.result === pinned ? "" : "Last explained: "}
              {pinned.sheet}!{pinned.explanation.address}
            </p>
            <h3 className={styles.label}>{pinned.explanation.label}</h3>
            <p className={styles.formula}>{pinned.explanation.formula}</p>
            {pinned.explanation.inputs.length > 0 && (
              <>
                <h4 className={styles.subheading}>Inputs</h4>
                <ul className={styles.inputs}>
                  {pinned.explanation.inputs.map((line, i) => (
                    <li key={`${line}-${i}`}>
                      {splitInputRefs(line).map((part, j) =>
                        part.kind === "text" ? (
                          <React.Fragment key={j}>{part.text}</React.Fragment>
                        ) : (
                          <Link key={j} as="button" onClick={() => select(part.ref)} aria-label={`Select ${part.text}`}>
                            {part.text}
                          </Link>
                        ),
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </article>
        )}
      </div>
    </section>
  );
}
