/** The workbench page: toolbar, the read-only grid with sheet tabs, and the real task pane in a side column. */
import * as React from "react";
import { FluentProvider, MessageBar, MessageBarBody, Spinner, mergeClasses, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { App } from "../taskpane/App";
import { SheetGrid } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";
import { FormulaBar } from "./FormulaBar";
import { WorkbenchToolbar } from "./WorkbenchToolbar";
import { useWorkbookFile } from "./useWorkbookFile";
import { useSheetSelection } from "./useSheetSelection";
import { useFileDrop } from "./useFileDrop";
import { useWorkbenchStyles } from "./workbenchStyles";
import { useColorScheme } from "./useColorScheme";

export interface WorkbenchProps {
  /** URL of the workbook opened at start (same origin). */
  initialUrl: string;
}

/** The workbench application. */
export function Workbench({ initialUrl }: WorkbenchProps): React.JSX.Element {
  const styles = useWorkbenchStyles();
  const { session, sessionId, load, pick, download } = useWorkbookFile(initialUrl);
  const shown = useSheetSelection(session);
  const drop = useFileDrop(pick);
  const { sheet, view } = shown;
  const scheme = useColorScheme();
  // The sheet grid stays paper-white in both themes, as Excel's does: cell fills and fonts are the workbook's own.
  const theme = scheme.dark ? webDarkTheme : webLightTheme;

  return (
    <FluentProvider theme={theme} className={styles.provider} data-theme={scheme.dark ? "dark" : "light"}>
      <div className={mergeClasses(styles.page, drop.dragging && styles.dropHint)} {...drop.handlers}>
        <WorkbenchToolbar
          fileName={session?.name}
          onPick={pick}
          onDownload={session ? () => void download() : undefined}
          dark={scheme.dark}
          onToggleTheme={scheme.toggle}
        />
        {load.kind === "error" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{load.message}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.body}>
          <main className={styles.sheetArea} aria-label="Workbook">
            <FormulaBar sheetName={shown.sheetName} address={shown.selectedHere} text={shown.selectedText} />
            {load.kind === "loading" && <Spinner className={styles.center} label={load.what} />}
            {load.kind !== "loading" && sheet && (
              <SheetGrid
                sheet={sheet}
                selected={shown.selectedHere}
                onSelect={(address) => void session?.host.selectCell({ sheet: sheet.name, address })}
              />
            )}
            {view && <SheetTabs sheets={view.sheetNames} active={shown.sheetName} tabColors={shown.tabColors} onSelect={shown.setActive} />}
          </main>
          <aside className={styles.pane} aria-label="IMM task pane" data-testid="task-pane">
            {session && <App key={sessionId} host={session.host} theme={theme} />}
          </aside>
        </div>
      </div>
    </FluentProvider>
  );
}
