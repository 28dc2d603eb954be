/**
 * The Portfolio flow: pick several contract workbooks (.xlsx); they are read and assessed here in the browser (no
 * upload) and the IMM Portfolio and IMM Portfolio Dashboard sheets are written into the current workbook, with progress.
 */
import * as React from "react";
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar } from "@fluentui/react-components";
import type { WorkbookHost } from "../../hosts/port";
import { ErrorBar, FlowHeader, useFlowStyles } from "../ui";
import { errorMessage } from "../model/errors";
import { runPortfolio, type PortfolioFile } from "../model/portfolio";
import type { Portfolio } from "../../review/portfolio/portfolio";

type Outcome = { kind: "done"; portfolio: Portfolio; sheets: string[] } | { kind: "error"; message: string } | null;

/** A browser File as a PortfolioFile (FileReader: works where Blob.arrayBuffer does not). */
function fromFile(f: File): PortfolioFile {
  return {
    name: f.name,
    bytes: () => new Promise((resolve, reject) => {
      const r = new FileReader();
      r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
      r.onerror = () => reject(new Error(`${f.name}: could not be read`));
      r.readAsArrayBuffer(f);
    }),
  };
}

/** The Portfolio flow. */
export function PortfolioReview({ host, title }: { host: WorkbookHost; title: string }): React.JSX.Element {
  const styles = useFlowStyles();
  const [files, setFiles] = React.useState<File[]>([]);
  const [busy, setBusy] = React.useState(false);
  const [step, setStep] = React.useState<{ label: string; value: number } | null>(null);
  const [outcome, setOutcome] = React.useState<Outcome>(null);

  const build = async (): Promise<void> => {
    setBusy(true);
    setOutcome(null);
    try {
      const { portfolio, result } = await runPortfolio(files.map(fromFile), host, (s) => {
        const label = s.phase === "assess" ? `Assessing ${s.label} (${s.done + 1} of ${s.total})` : `Writing ${s.label}`;
        // Assessing is 90% of the bar, writing the last 10%.
        const value = s.phase === "assess" ? (0.9 * s.done) / Math.max(1, s.total) : 0.9 + (0.1 * s.done) / Math.max(1, s.total);
        setStep({ label, value });
      });
      setOutcome({ kind: "done", portfolio, sheets: result.sheets });
    } catch (e) {
      setOutcome({ kind: "error", message: errorMessage(e) });
    } finally {
      setBusy(false);
      setStep(null);
    }
  };

  return (
    <section className={styles.section} aria-labelledby="portfolio-heading">
      <FlowHeader id="portfolio-heading" title={title}
        intro="Choose the contract workbooks (.xlsx). They are read and assessed here, each with its own settings; nothing is uploaded. The portfolio sheets are written into this workbook." />
      <Field label="Contract workbooks">
        <input type="file" multiple accept=".xlsx" aria-label="Contract workbooks" disabled={busy}
          onChange={(e) => setFiles([...(e.currentTarget.files ?? [])])} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || files.length === 0} onClick={() => void build()}>
          {files.length ? `Build portfolio of ${files.length} workbook${files.length === 1 ? "" : "s"}` : "Build portfolio"}
        </Button>
      </div>
      {step && (
        <Field label={step.label} validationState="none">
          <ProgressBar value={step.value} max={1} aria-label="Portfolio progress" />
        </Field>
      )}
      {outcome?.kind === "done" && <PortfolioDone portfolio={outcome.portfolio} sheets={outcome.sheets} />}
      {outcome?.kind === "error" && <ErrorBar title="Could not build the portfolio" message={outcome.message} />}
    </section>
  );
}

function PortfolioDone({ portfolio, sheets }: { portfolio: Portfolio; sheets: string[] }): React.JSX.Element {
  const n = portfolio.contracts.length;
  const failed = portfolio.failures;
  return (
    <>
      <MessageBar intent={failed.length ? "warning" : "success"}>
        <MessageBarBody>
          <MessageBarTitle>Portfolio of {n} contract{n === 1 ? "" : "s"} written</MessageBarTitle>
          {sheets.join(", ")}
        </MessageBarBody>
      </MessageBar>
      {failed.length > 0 && (
        <div role="list" aria-label="Workbooks not included">
          {failed.map((f) => <p role="listitem" key={f.file}>{f.reason}</p>)}
        </div>
      )}
    </>
  );
}
