/** Check data: read the input tables and list every problem by table; clicking a problem selects its cell. */
import * as React from "react";
import {
  Button, Link, MessageBar, MessageBarBody, Spinner, makeStyles, tokens,
} from "@fluentui/react-components";
import { ArrowClockwise16Regular } from "@fluentui/react-icons";
import type { WorkbookHost } from "../../hosts/port";
import type { Problem } from "../../tables/types";
import { readModel } from "../../tables";
import { ErrorBar, FlowHeader, useFlowStyles } from "../ui";
import { countBySeverity, groupProblems, messageBody } from "../model/problems";
import { errorMessage } from "../model/errors";
import { SEVERITY_LABEL, SeverityCount, SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  groupHeading: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  items: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: {
    display: "grid",
    gridTemplateColumns: "16px 1fr",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  icon: { paddingTop: "1px" },
  text: { overflowWrap: "anywhere", minWidth: 0 },
  where: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  counts: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center" },
});

type State =
  | { kind: "loading" }
  | { kind: "loaded"; problems: Problem[]; tablesFound: number }
  | { kind: "error"; message: string };

/** The Check data flow. */
export function CheckData({ host, title }: { host: WorkbookHost; title: string }): React.JSX.Element {
  const flow = useFlowStyles();
  const [state, setState] = React.useState<State>({ kind: "loading" });
  const [selectError, setSelectError] = React.useState<string | null>(null);

  const check = React.useCallback(async (): Promise<void> => {
    setState({ kind: "loading" });
    try {
      const model = readModel(await host.readSnapshot());
      setState({ kind: "loaded", problems: model.problems, tablesFound: model.sources.length });
    } catch (e) {
      setState({ kind: "error", message: errorMessage(e) });
    }
  }, [host]);

  React.useEffect(() => {
    void check();
  }, [check]);

  const select = async (p: Problem): Promise<void> => {
    setSelectError(null);
    try {
      await host.selectCell({ sheet: p.sheet, address: p.address });
    } catch (e) {
      setSelectError(`Could not select ${p.sheet}!${p.address}: ${errorMessage(e)}`);
    }
  };

  return (
    <section className={flow.section} aria-labelledby="check-heading">
      <FlowHeader id="check-heading" title={title} intro="Finds the IMM tables and lists each problem with its cell. Select a problem to go to its cell." />
      <div className={flow.actions}>
        <Button icon={<ArrowClockwise16Regular />} onClick={() => void check()} disabled={state.kind === "loading"}>
          Check again
        </Button>
        {state.kind === "loading" && <Spinner size="tiny" label="Checking…" />}
      </div>
      {state.kind === "error" && (
        <ErrorBar title="Could not read the workbook" message={state.message} />
      )}
      {selectError && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{selectError}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "loaded" && <ProblemList problems={state.problems} tablesFound={state.tablesFound} onSelect={select} />}
    </section>
  );
}

function ProblemList(props: { problems: Problem[]; tablesFound: number; onSelect: (p: Problem) => Promise<void> }): React.JSX.Element {
  const styles = useStyles();
  const { problems, tablesFound, onSelect } = props;
  const totals = countBySeverity(problems);
  const summary =
    problems.length === 0
      ? `No problems found in ${tablesFound} ${tablesFound === 1 ? "table" : "tables"}.`
      : `${totals.error} ${totals.error === 1 ? "error" : "errors"}, ${totals.warning} ${totals.warning === 1 ? "warning" : "warnings"}` +
        (totals.info ? `, ${totals.info} ${totals.info === 1 ? "note" : "notes"}` : "") +
        ` in ${tablesFound} ${tablesFound === 1 ? "table" : "tables"} read.`;
  return (
    <>
      <MessageBar intent={totals.error ? "error" : totals.warning ? "warning" : "success"} layout="multiline" aria-live="polite">
        <MessageBarBody data-testid="check-summary">{summary}</MessageBarBody>
      </MessageBar>
      {groupProblems(problems).map((g) => (
        <div key={g.table} className={styles.group}>
          <h3 className={styles.groupHeading}>
            <span>{g.table}</span>
            <span className={styles.counts}>
              <SeverityCount severity="error" count={g.counts.error} />
              <SeverityCount severity="warning" count={g.counts.warning} />
              <SeverityCount severity="info" count={g.counts.info} />
            </span>
          </h3>
          <ul className={styles.items} aria-label={`Problems in ${g.table}`}>
            {g.problems.map((p, i) => (
              <li key={`${p.message}-${i}`} className={styles.item}>
                <span className={styles.icon}>
                  <SeverityIcon severity={p.severity} />
                </span>
                <span className={styles.text}>
                  {p.address ? (
                    <Link
                      as="button"
                      className={styles.where}
                      onClick={() => void onSelect(p)}
                      aria-label={`${SEVERITY_LABEL[p.severity]} at ${p.sheet}!${p.address}: ${messageBody(p)}. Select the cell.`}
                    >
                      {p.sheet}!{p.address}
                    </Link>
                  ) : null}
                  {messageBody(p)}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
