/** Start a model: insert the IMM input-table templates on new sheets. */
import * as React from "react";
import { Button, Checkbox, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Switch } from "@fluentui/react-components";
import type { WorkbookHost, WriteResult } from "../../hosts/port";
import { buildTemplatePlans, type TemplateKey } from "../../templates/templates";
import { ErrorBar, FlowHeader, useFlowStyles } from "../ui";
import { errorMessage } from "../model/errors";
import { withChoice } from "../model/choices";
import { splitTemplates, type ExistingTable } from "../model/templates";

export const TEMPLATE_CHOICES: readonly { key: TemplateKey; label: string }[] = [
  { key: "IMM_Risks", label: "Risk register (IMM_Risks)" },
  { key: "IMM_Partnership", label: "Partnership factors (IMM_Partnership)" },
  { key: "IMM_KPIs", label: "KPIs (IMM_KPIs)" },
  { key: "IMM_Contract", label: "Contract (IMM_Contract)" },
  { key: "IMM_Actions", label: "Actions (IMM_Actions)" },
  { key: "IMM_Settings", label: "Settings (IMM_Settings)" },
];

type Outcome =
  | { kind: "done"; result: WriteResult; skipped: ExistingTable[] }
  | { kind: "error"; message: string }
  | null;

/** The Start a model flow. */
export function StartModel({ host, title }: { host: WorkbookHost; title: string }): React.JSX.Element {
  const styles = useFlowStyles();
  const [chosen, setChosen] = React.useState<Set<TemplateKey>>(() => new Set(TEMPLATE_CHOICES.map((c) => c.key)));
  const [examples, setExamples] = React.useState(true);
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<Outcome>(null);

  const toggle = (key: TemplateKey, on: boolean): void => setChosen((prev) => withChoice(prev, key, on));

  const insert = async (): Promise<void> => {
    setBusy(true);
    setOutcome(null);
    try {
      const keys = TEMPLATE_CHOICES.map((c) => c.key).filter((k) => chosen.has(k));
      const { insert, existing } = splitTemplates(await host.readSnapshot(), keys);
      const result = insert.length ? await host.insertTemplates(buildTemplatePlans(insert, examples)) : { sheets: [], notes: [] };
      setOutcome({ kind: "done", result, skipped: existing });
    } catch (e) {
      setOutcome({ kind: "error", message: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.section} aria-labelledby="start-heading">
      <FlowHeader id="start-heading" title={title} intro="Insert the IMM input tables on new sheets, with dropdown lists and number formats. Tables this workbook has already are skipped." />
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Input tables</legend>
        {TEMPLATE_CHOICES.map((c) => (
          <Checkbox
            key={c.key}
            label={c.label}
            checked={chosen.has(c.key)}
            onChange={(_, d) => toggle(c.key, d.checked === true)}
          />
        ))}
      </fieldset>
      <Switch label="With example rows" checked={examples} onChange={(_, d) => setExamples(d.checked)} />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || chosen.size === 0} onClick={() => void insert()}>
          Insert tables
        </Button>
        {busy && <Spinner size="tiny" label="Inserting…" />}
      </div>
      {outcome?.kind === "done" && <Inserted result={outcome.result} skipped={outcome.skipped} />}
      {outcome?.kind === "error" && (
        <ErrorBar title="Could not insert the tables" message={outcome.message} />
      )}
    </section>
  );
}

/** What Insert did: the sheets inserted, and the tables skipped because the workbook has them already. */
function Inserted({ result, skipped }: { result: WriteResult; skipped: ExistingTable[] }): React.JSX.Element {
  const styles = useFlowStyles();
  const n = result.sheets.length;
  return (
    <MessageBar intent={n ? "success" : "info"} layout="multiline" data-testid="insert-outcome">
      <MessageBarBody>
        <MessageBarTitle>{n ? `Inserted ${n} ${n === 1 ? "sheet" : "sheets"}` : "Nothing inserted"}</MessageBarTitle>
        {n > 0 && (
          <ul className={styles.list} aria-label="Sheets inserted">
            {result.sheets.map((s) => (
              <li key={s} className={styles.breakWords}>{s}</li>
            ))}
          </ul>
        )}
        {skipped.length > 0 && (
          <>
            <div className={styles.note}>
              {n ? "Skipped, as this workbook has them already:" : "This workbook has every table chosen already:"}
            </div>
            <ul className={styles.list} aria-label="Tables skipped">
              {skipped.map((t) => (
                <li key={t.key} className={styles.breakWords}>{t.key} ({t.where})</li>
              ))}
            </ul>
          </>
        )}
        {result.notes.map((note) => (
          <div key={note} className={styles.note}>{note}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
