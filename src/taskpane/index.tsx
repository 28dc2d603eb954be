/**
 * Task pane entry: once Office is ready, creates the Office host over Excel.run and renders the App; outside Office
 * (taskpane.html opened in a browser tab) renders a page that says what to do instead of staying blank.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { OfficeHost } from "../hosts/office";
import { App } from "./App";
import { OutsideOffice } from "./OutsideOffice";
import { startTaskpane } from "./startup";

const container = document.getElementById("root");
if (!container) throw new Error("task pane: #root element missing");
document.body.style.margin = "0";
document.documentElement.style.height = document.body.style.height = container.style.height = "100%";
const root = createRoot(container);

startTaskpane({
  office: typeof Office === "undefined" ? undefined : Office,
  after: (ms, fn) => {
    const timer = setTimeout(fn, ms);
    return () => clearTimeout(timer);
  },
  inside: () =>
    root.render(
      <React.StrictMode>
        <App host={new OfficeHost(Excel.run)} />
      </React.StrictMode>,
    ),
  outside: () => root.render(<OutsideOffice />),
});
