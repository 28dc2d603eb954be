/** The explanation of one generated cell: its label, formula and inputs, with source cells as links that select them. */
import * as React from "react";
import { Link } from "@fluentui/react-components";
import type { CellRef } from "../../hosts/port";
import { useFlowStyles } from "../ui";
import { splitInputRefs, withSheetLinks, type SheetLink } from "../model/explain";
import type { Explained } from "./useExplanation";
import { useExplainStyles } from "./explainStyles";

export interface ExplanationCardProps {
  explained: Explained;
  /** False when the selection has moved on ("Last explained: …"). */
  current: boolean;
  onSelect: (ref: CellRef) => void;
}

function InputLine({ line, links, onSelect }: { line: string; links: readonly SheetLink[]; onSelect: (ref: CellRef) => void }): React.JSX.Element {
  return (
    <li>
      {withSheetLinks(splitInputRefs(line), links).map((part, j) =>
        part.kind === "text" ? (
          <React.Fragment key={j}>{part.text}</React.Fragment>
        ) : (
          <Link key={j} as="button" onClick={() => onSelect(part.ref)}
            aria-label={part.kind === "sheet" ? `Go to ${part.text}` : `Select ${part.text}`}>
            {part.text}
          </Link>
        ),
      )}
    </li>
  );
}

/** The card. */
export function ExplanationCard({ explained, current, onSelect }: ExplanationCardProps): React.JSX.Element {
  const styles = useExplainStyles();
  const flow = useFlowStyles();
  const { explanation } = explained;
  return (
    <article className={flow.card} data-testid="explanation" aria-label="Explanation">
      <p className={styles.where}>
        {current ? "" : "Last explained: "}
        {explained.sheet}!{explanation.address}
      </p>
      <h3 className={styles.label}>{explanation.label}</h3>
      <p className={styles.formula}>{explanation.formula}</p>
      {explanation.inputs.length > 0 && (
        <>
          <h4 className={styles.subheading}>Inputs</h4>
          <ul className={styles.inputs}>
            {explanation.inputs.map((line, i) => (
              <InputLine key={`${line}-${i}`} line={line} links={explained.links} onSelect={onSelect} />
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
