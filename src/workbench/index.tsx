/** Workbench entry: the real task pane against an in-memory workbook (no office.js, no network beyond this origin). */
import { createRoot } from "react-dom/client";
import { Workbench } from "./Workbench";

const SAMPLE_URL = "assets/samples/hospital-ppp.xlsx";

document.body.style.margin = "0";
const container = document.getElementById("root");
if (!container) throw new Error("workbench: #root element missing");
const requested = new URLSearchParams(window.location.search).get("file");
/** Only same-origin relative paths are accepted for ?file=. */
const url = requested && /^[\w./-]+\.xlsx$/i.test(requested) && !requested.includes("..") ? requested : SAMPLE_URL;
createRoot(container).render(<Workbench initialUrl={url} />);
