/** The workbench's open workbook: the sample fetched at start, files opened or dropped later, and the download. */
import * as React from "react";
import { downloadBlob, downloadFileName } from "./download";
import { openSession, sessionBlob, type Session } from "./session";

export type Load = { kind: "loading"; what: string } | { kind: "ready" } | { kind: "error"; message: string };

export interface WorkbookFile {
  session: Session | null;
  /** Changes with every workbook opened (the task pane restarts then). */
  sessionId: number;
  load: Load;
  /** Opens the first of the files (from the file picker or a drop). */
  pick: (files: FileList | null) => void;
  download: () => Promise<void>;
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Opens `initialUrl` at start. */
export function useWorkbookFile(initialUrl: string): WorkbookFile {
  const [session, setSession] = React.useState<Session | null>(null);
  const [sessionId, setSessionId] = React.useState(0);
  const [load, setLoad] = React.useState<Load>({ kind: "loading", what: "Opening the sample workbook…" });

  const openBytes = React.useCallback(
    async (bytes: ArrayBuffer, name: string) => {
      setLoad({ kind: "loading", what: `Opening ${name}…` });
      try {
        const s = await openSession(bytes, name);
        setSession(s);
        setSessionId((n) => n + 1);
        setLoad({ kind: "ready" });
      } catch (e) {
        setLoad({ kind: "error", message: messageOf(e) });
      }
    },
    [],
  );

  React.useEffect(() => {
    const name = decodeURIComponent(initialUrl.split("/").pop() ?? "workbook.xlsx");
    fetch(initialUrl)
      .then((r) => {
        if (!r.ok) throw new Error(`Could not fetch ${name}: HTTP ${r.status}`);
        return r.arrayBuffer();
      })
      .then((buf) => openBytes(buf, name))
      .catch((e: unknown) => setLoad({ kind: "error", message: messageOf(e) }));
  }, [initialUrl, openBytes]);

  const pick = (files: FileList | null): void => {
    const f = files?.[0];
    if (f) void f.arrayBuffer().then((buf) => openBytes(buf, f.name));
  };

  const download = async (): Promise<void> => {
    if (!session) return;
    try {
      downloadBlob(await sessionBlob(session), downloadFileName(session.name));
    } catch (e) {
      setLoad({ kind: "error", message: `Could not save the workbook: ${messageOf(e)}` });
    }
  };

  return { session, sessionId, load, pick, download };
}
