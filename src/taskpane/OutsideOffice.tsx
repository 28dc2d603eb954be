/** What taskpane.html shows outside Office: where the add-in runs, and the workbench to try it in a browser. */
import * as React from "react";
import { FluentProvider, Link, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    maxWidth: "36em",
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXL}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0 },
});

/** The page, linking to the workbench (served next to this page). */
export function OutsideOffice({ workbenchUrl = "workbench.html" }: { workbenchUrl?: string }): React.JSX.Element {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.page} data-testid="outside-office">
        <h1 className={styles.title}>IMM for Excel runs inside Excel</h1>
        <p className={styles.text}>
          This page is the add-in&apos;s task pane, and it needs Excel around it. In Excel, open it with
          Home › IMM Review. If the add-in is not installed yet, ask whoever manages your Office add-ins, or load it
          yourself with Insert › Add-ins › Upload My Add-in.
        </p>
        <p className={styles.text}>
          No Excel at hand? <Link href={workbenchUrl}>Open the workbench</Link> to use the same task pane in your
          browser, on a sample workbook or an .xlsx file of yours.
        </p>
      </main>
    </FluentProvider>
  );
}
