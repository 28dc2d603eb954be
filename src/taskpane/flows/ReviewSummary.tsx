/** The summary after generating a review: sheets written, pillar and integrated indices with RAG, problem count. */
import * as React from "react";
import {
  Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, mergeClasses, tokens,
} from "@fluentui/react-components";
import { summarize } from "../../review";
import type { ReviewRun } from "../model/review";
import { useFlowStyles } from "../ui";
import { RagBadge, formatIndex } from "./RagBadge";

const useStyles = makeStyles({
  cardTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  th: { textAlign: "left", fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, padding: `${tokens.spacingVerticalXS} 0` },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums", padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  rag: { textAlign: "right", width: "1%", whiteSpace: "nowrap" },
  total: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, fontWeight: tokens.fontWeightSemibold },
  totalTh: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  /** The result takes focus after Generate; a visible outline shows where it went. */
  result: { outlineStyle: "none", ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" } },
});

/** "1 data problem", "3 data problems". */
const problemWord = (n: number): string => `${n} data ${n === 1 ? "problem" : "problems"}`;

/**
 * What the last Generate wrote (each sheet a link that goes to it), and the headline numbers. A review with data
 * problems is a warning, with the count in its title: the numbers leave those rows out. An out-of-date review
 * (settings or inputs changed since) says so above everything, with Regenerate.
 */
export function ReviewSummary({ run, focusKey, stale, onRegenerate, onShowProblems, onOpenSheet }: {
  run: ReviewRun;
  /** Changes after each Generate: the summary then takes focus, so keyboard and screen-reader users land on it. */
  focusKey: number;
  stale: boolean;
  onRegenerate: () => void;
  onShowProblems: () => void;
  onOpenSheet: (sheet: string) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const flow = useFlowStyles();
  const { assessment, result } = run;
  const summary = summarize(assessment);
  const ref = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    ref.current?.scrollIntoView?.({ block: "start", behavior: "smooth" });
  }, [run]);
  React.useEffect(() => {
    if (focusKey > 0) ref.current?.focus({ preventScroll: true });
  }, [focusKey]);
  const problems = summary.problemCount;
  const errors = summary.errorCount;
  return (
    <div
      ref={ref}
      className={mergeClasses(flow.section, styles.result)}
      data-testid="review-summary"
      tabIndex={-1}
      role="region"
      aria-labelledby="review-outcome"
    >
      {stale && (
        <MessageBar intent="warning" layout="multiline" data-testid="review-stale">
          <MessageBarBody>
            <MessageBarTitle>Out of date:</MessageBarTitle>{" "}
            settings or inputs changed since this review.
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onRegenerate}>Regenerate review</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <MessageBar intent={problems ? "warning" : "success"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id="review-outcome" data-testid="review-outcome">
            {problems ? `Review written with ${problemWord(problems)}` : "Review written"}
          </MessageBarTitle>
          <ul className={flow.list} aria-label="Sheets written">
            {(result?.sheets ?? []).map((s) => (
              <li key={s} className={flow.breakWords}>
                <Link as="button" onClick={() => onOpenSheet(s)} aria-label={`Go to ${s}`}>{s}</Link>
              </li>
            ))}
          </ul>
          {(result?.notes ?? []).map((n) => (
            <div key={n} className={styles.note}>{n}</div>
          ))}
        </MessageBarBody>
      </MessageBar>
      <div className={flow.card}>
        <h3 className={styles.cardTitle}>
          {assessment.project || "Indices"}
          {stale ? " (out of date)" : ""}
        </h3>
        <table className={styles.table} aria-label="Indices">
          <tbody>
            {assessment.integrated.pillars.map((p) => (
              <tr key={p.key}>
                <th scope="row" className={styles.th}>{p.name}</th>
                <td className={styles.num} data-testid={`index-${p.key}`}>{formatIndex(p.index)}</td>
                <td className={styles.rag}><RagBadge status={p.status} /></td>
              </tr>
            ))}
            <tr className={styles.total}>
              <th scope="row" className={mergeClasses(styles.th, styles.totalTh)}>Integrated index</th>
              <td className={styles.num} data-testid="index-integrated">{formatIndex(summary.integrated)}</td>
              <td className={styles.rag}><RagBadge status={summary.statuses.integrated} /></td>
            </tr>
          </tbody>
        </table>
      </div>
      <div className={styles.note} data-testid="review-problems">
        {problems === 0 ? (
          "No data problems found."
        ) : (
          <>
            {problemWord(problems)}
            {errors ? ` (${errors} ${errors === 1 ? "error" : "errors"})` : ""}.{" "}
            <Link as="button" onClick={onShowProblems}>Show in Check data</Link>
          </>
        )}
      </div>
    </div>
  );
}
