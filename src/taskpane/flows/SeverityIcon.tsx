/** Severity icons and badges for located problems (colour plus icon plus text, never colour alone). */
import * as React from "react";
import { CounterBadge, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Severity } from "../../tables/types";

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0 },
  info: { color: tokens.colorBrandForeground1, flexShrink: 0 },
});

export const SEVERITY_LABEL: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Note" };

/** The icon of a severity, labelled for screen readers. */
export function SeverityIcon({ severity }: { severity: Severity }): React.JSX.Element {
  const styles = useStyles();
  const props = { className: styles[severity], "aria-label": SEVERITY_LABEL[severity], role: "img" };
  if (severity === "error") return <ErrorCircle16Filled {...props} />;
  if (severity === "warning") return <Warning16Filled {...props} />;
  return <Info16Filled {...props} />;
}

/** A count badge for a severity (hidden when zero). */
export function SeverityCount({ severity, count }: { severity: Severity; count: number }): React.JSX.Element | null {
  if (count === 0) return null;
  const color = severity === "error" ? "danger" : severity === "warning" ? "important" : "informative";
  const word = `${SEVERITY_LABEL[severity].toLowerCase()}${count === 1 ? "" : "s"}`;
  return (
    <CounterBadge count={count} color={color} size="small" appearance="filled" aria-label={`${count} ${word}`} title={`${count} ${word}`} />
  );
}
