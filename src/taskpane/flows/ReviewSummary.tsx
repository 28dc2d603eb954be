/** The summary after generating a review: sheets written, pillar and integrated indices with RAG, problem count. */
import * as React from "react";
import { Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
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
});

/** What the last Generate wrote (each sheet a link that goes to it), and the headline numbers. */
export function ReviewSummary({ run, onShowProblems, onOpenSheet }: {
  run: ReviewRun;
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
  const problems = summary.problemCount;
  const errors = summary.errorCount;
  return (
    <div ref={ref} className={flow.section} data-testid="review-summary">
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Review written</MessageBarTitle>
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
        <h3 className={styles.cardTitle}>{assessment.project || "Indices"}</h3>
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
            {problems} data {problems === 1 ? "problem" : "problems"}
            {errors ? ` (${errors} ${errors === 1 ? "error" : "errors"})` : ""}.{" "}
            <Link as="button" onClick={onShowProblems}>Show in Check data</Link>
          </>
        )}
      </div>
    </div>
  );
}
