/** The Explain flow's hint when there is nothing to explain: no selection, a user sheet, or a cell with no number. */
import * as React from "react";
import { Lightbulb16Regular } from "@fluentui/react-icons";
import type { ExplainView } from "./useExplanation";
import { useExplainStyles } from "./explainStyles";

function hintText(view: ExplainView): string | null {
  if (view.kind === "waiting") return "Select a cell on a generated IMM sheet.";
  if (view.kind !== "result") return null;
  const r = view.result;
  if (r.kind === "notGenerated") {
    return `${r.ref.sheet}!${r.ref.address} is not on a generated IMM sheet. Select a cell on a sheet such as “IMM Risk Review”.`;
  }
  if (r.kind === "noExplanation") return `${r.sheet}!${r.address} holds no computed number. Select a score, index or total.`;
  return null;
}

/** The hint line; nothing while a result, an error or a build is shown. */
export function ExplainHint({ view }: { view: ExplainView }): React.JSX.Element | null {
  const styles = useExplainStyles();
  const text = hintText(view);
  if (text === null) return null;
  return (
    <p className={styles.hint} data-testid="explain-hint">
      <Lightbulb16Regular aria-hidden />
      <span>{text}</span>
    </p>
  );
}
