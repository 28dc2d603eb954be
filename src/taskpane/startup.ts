/**
 * Starting the task pane: the App once Office is ready in Excel, or a page that says what to do when
 * taskpane.html is opened outside Office (in a browser tab, office.js either fails to load, reports no host,
 * or never calls back). Timers and Office come in through `StartupEnv`, so the decision is testable.
 */

/** The part of the Office global the start needs. */
export interface OfficeLike {
  onReady(callback: (info: { host: unknown; platform?: unknown }) => void): unknown;
}

export interface StartupEnv {
  /** The Office global, or undefined when office.js did not load (offline, blocked, or not in Office). */
  office: OfficeLike | undefined;
  /** Calls `fn` after `ms` milliseconds; returns a function that cancels it. */
  after(ms: number, fn: () => void): () => void;
  /** Renders the task pane (Office is ready, in Excel). */
  inside(): void;
  /** Renders the "open this in Excel, or use the workbench" page. */
  outside(): void;
}

/** How long to wait for Office.onReady before saying the page is not in Excel (Excel calls back well within it). */
export const OFFICE_WAIT_MS = 4000;

/** Chooses what to render. Should Office answer after the wait after all, the task pane replaces the message. */
export function startTaskpane(env: StartupEnv): void {
  if (!env.office) {
    env.outside();
    return;
  }
  let decided = false;
  const cancel = env.after(OFFICE_WAIT_MS, () => {
    if (!decided) env.outside();
  });
  env.office.onReady((info) => {
    cancel();
    decided = true;
    if (info.host) env.inside();
    else env.outside();
  });
}
