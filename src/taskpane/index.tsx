/** Task pane entry: waits for Office, creates the Office host over Excel.run, renders the App. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { OfficeHost } from "../hosts/office";
import { App } from "./App";

/** Mounts the task pane into #root once Office is ready. */
function mount(): void {
  const container = document.getElementById("root");
  if (!container) throw new Error("task pane: #root element missing");
  document.body.style.margin = "0";
  document.documentElement.style.height = document.body.style.height = container.style.height = "100%";
  const host = new OfficeHost(Excel.run);
  createRoot(container).render(
    <React.StrictMode>
      <App host={host} />
    </React.StrictMode>,
  );
}

void Office.onReady(() => mount());
