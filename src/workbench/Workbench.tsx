/** The workbench page: toolbar, the read-only grid with sheet tabs, and the real task pane in a side column. */
import * as React from "react";
import {
  Button, FluentProvider, MessageBar, MessageBarBody, Spinner, Text, Toolbar, makeStyles, mergeClasses, tokens, webLightTheme,
} from "@fluentui/react-components";
import { ArrowDownload20Regular, FolderOpen20Regular } from "@fluentui/react-icons";
import type { CellRef } from "../hosts/port";
import { App } from "../taskpane/App";
import { SheetGrid } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";
import { downloadBlob, xlsxFileName } from "./download";
import { openSession, sessionBlob, type Session } from "./session";

const useStyles = makeStyles({
  provider: { height: "100%" },
  page: { display: "flex", flexDirection: "column", height: "100vh", overflow: "hidden" },
  toolbar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: "#107C41",
    color: "#FFFFFF",
    flexShrink: 0,
  },
  brand: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, marginRight: tokens.spacingHorizontalM },
  fileName: { flexGrow: 1, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", color: "#FFFFFF" },
  toolButton: { color: "#FFFFFF", ":hover": { color: "#FFFFFF", backgroundColor: "#0B5A2F" }, ":hover:active": { color: "#FFFFFF", backgroundColor: "#094A26" } },
  body: { display: "flex", flexGrow: 1, minHeight: 0 },
  sheetArea: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  formulaBar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
    minHeight: "26px",
    flexShrink: 0,
  },
  nameBox: {
    minWidth: "160px",
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontFamily: tokens.fontFamilyBase,
    whiteSpace: "nowrap",
  },
  cellText: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  pane: {
    width: "340px",
    flexShrink: 0,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    display: "flex",
    flexDirection: "column",
    minHeight: 0,
  },
  center: { margin: "auto" },
  dropHint: { outline: `3px dashed ${tokens.colorBrandStroke1}`, outlineOffset: "-6px" },
  hiddenInput: { display: "none" },
});

type Load = { kind: "loading"; what: string } | { kind: "ready" } | { kind: "error"; message: string };

export interface WorkbenchProps {
  /** URL of the workbook opened at start (same origin). */
  initialUrl: string;
}

/** The workbench application. */
export function Workbench({ initialUrl }: WorkbenchProps): React.JSX.Element {
  const styles = useStyles();
  const [session, setSession] = React.useState<Session | null>(null);
  const [sessionId, setSessionId] = React.useState(0);
  const [load, setLoad] = React.useState<Load>({ kind: "loading", what: "Opening the sample workbook…" });
  const [version, setVersion] = React.useState(0);
  const [active, setActive] = React.useState("");
  const [selection, setSelection] = React.useState<CellRef | null>(null);
  const [dragging, setDragging] = React.useState(false);
  const fileInput = React.useRef<HTMLInputElement>(null);

  const adopt = React.useCallback((s: Session) => {
    setSession(s);
    setSessionId((n) => n + 1);
    setSelection(null);
    setActive(s.view().sheetNames[0] ?? "");
    setLoad({ kind: "ready" });
  }, []);

  const openBytes = React.useCallback(
    async (bytes: ArrayBuffer, name: string) => {
      setLoad({ kind: "loading", what: `Opening ${name}…` });
      try {
        adopt(await openSession(bytes, name));
      } catch (e) {
        setLoad({ kind: "error", message: e instanceof Error ? e.message : String(e) });
      }
    },
    [adopt],
  );

  React.useEffect(() => {
    const name = decodeURIComponent(initialUrl.split("/").pop() ?? "workbook.xlsx");
    fetch(initialUrl)
      .then((r) => {
        if (!r.ok) throw new Error(`Could not fetch ${name}: HTTP ${r.status}`);
        return r.arrayBuffer();
      })
      .then((buf) => openBytes(buf, name))
      .catch((e: unknown) => setLoad({ kind: "error", message: e instanceof Error ? e.message : String(e) }));
  }, [initialUrl, openBytes]);

  React.useEffect(() => {
    if (!session) return;
    const offChange = session.host.onWorkbookChanged(() => setVersion((v) => v + 1));
    const offSel = session.host.onSelectionChanged((ref) => {
      setSelection(ref);
      setActive(ref.sheet);
    });
    return () => {
      offChange();
      offSel();
    };
  }, [session]);

  // A new view after every write (`version` changes); the view itself caches per sheet.
  const view = React.useMemo(() => (session && version >= 0 ? session.view() : null), [session, version]);
  const sheetName = view && view.sheetNames.includes(active) ? active : (view?.sheetNames[0] ?? "");
  const sheet = view && sheetName ? view.sheet(sheetName) : null;
  const tabColors = React.useMemo(() => {
    const out: Record<string, string | undefined> = {};
    for (const n of view?.sheetNames ?? []) out[n] = view?.sheet(n)?.tabColor;
    return out;
  }, [view]);
  const selectedHere = selection && selection.sheet === sheetName ? selection.address : null;
  const selectedCell = React.useMemo(() => {
    if (!sheet || !selectedHere) return "";
    const m = /^([A-Z]+)(\d+)$/.exec(selectedHere);
    if (!m) return "";
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return sheet.cells[Number(m[2]) - 1]?.[col - 1]?.text ?? "";
  }, [sheet, selectedHere]);

  const pick = (files: FileList | null): void => {
    const f = files?.[0];
    if (!f) return;
    void f.arrayBuffer().then((buf) => openBytes(buf, f.name));
  };

  const download = async (): Promise<void> => {
    if (!session) return;
    try {
      downloadBlob(await sessionBlob(session), xlsxFileName(session.name));
    } catch (e) {
      setLoad({ kind: "error", message: `Could not save the workbook: ${e instanceof Error ? e.message : String(e)}` });
    }
  };

  return (
    <FluentProvider theme={webLightTheme} className={styles.provider}>
      <div
        className={mergeClasses(styles.page, dragging && styles.dropHint)}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          pick(e.dataTransfer.files);
        }}
      >
        <header className={styles.toolbar}>
          <span className={styles.brand}>IMM workbench</span>
          <Text className={styles.fileName} data-testid="workbook-name" title={session?.name}>
            {session?.name ?? ""}
          </Text>
          <Toolbar aria-label="Workbook">
            <Button appearance="subtle" className={styles.toolButton} icon={<FolderOpen20Regular />} onClick={() => fileInput.current?.click()}>
              Open .xlsx
            </Button>
            <Button appearance="subtle" className={styles.toolButton} icon={<ArrowDownload20Regular />} disabled={!session} onClick={() => void download()}>
              Download .xlsx
            </Button>
          </Toolbar>
          <input
            ref={fileInput}
            className={styles.hiddenInput}
            type="file"
            accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
            aria-label="Open an .xlsx workbook"
            data-testid="file-input"
            onChange={(e) => {
              pick(e.currentTarget.files);
              e.currentTarget.value = "";
            }}
          />
        </header>
        {load.kind === "error" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{load.message}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.body}>
          <main className={styles.sheetArea} aria-label="Workbook">
            <div className={styles.formulaBar}>
              <span className={styles.nameBox} data-testid="name-box" aria-label="Selected cell">
                {selectedHere ? `${sheetName}!${selectedHere}` : "No cell selected"}
              </span>
              <span className={styles.cellText} data-testid="cell-text">{selectedCell}</span>
            </div>
            {load.kind === "loading" && <Spinner className={styles.center} label={load.what} />}
            {load.kind !== "loading" && sheet && (
              <SheetGrid
                sheet={sheet}
                selected={selectedHere}
                onSelect={(address) => void session?.host.selectCell({ sheet: sheet.name, address })}
              />
            )}
            {view && <SheetTabs sheets={view.sheetNames} active={sheetName} tabColors={tabColors} onSelect={setActive} />}
          </main>
          <aside className={styles.pane} aria-label="IMM task pane" data-testid="task-pane">
            {session && <App key={sessionId} host={session.host} />}
          </aside>
        </div>
      </div>
    </FluentProvider>
  );
}
