/** The workbench downloads through the same lossless writer as the CLI: the user's content comes back. */
import JSZip from "jszip";
import { fullPlan, userWorkbookBytes } from "../hosts/xlsx/testing/fixtures";
import { withUserContent } from "../hosts/xlsx/testing/user-content";
import { downloadFileName } from "./download";
import { openSession, sessionBlob } from "./session";

describe("workbench session download", () => {
  it("keeps the user's chart, picture and macros byte for byte after a review", async () => {
    const input = await withUserContent(await userWorkbookBytes(), { chart: true, image: true, vba: new Uint8Array([5, 6, 7]) });
    const session = await openSession(input, "mine.xlsm");
    await session.host.applyPlans([fullPlan()]);
    const blob = await sessionBlob(session);
    const out = await JSZip.loadAsync(new Uint8Array(await blob.arrayBuffer()));
    const before = await JSZip.loadAsync(input);
    for (const part of ["xl/vbaProject.bin", "xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/media/userImage1.png", "xl/drawings/userDrawing1.xml"]) {
      expect(Buffer.from(await (out.file(part) as JSZip.JSZipObject).async("uint8array"))).toEqual(Buffer.from(await (before.file(part) as JSZip.JSZipObject).async("uint8array")));
    }
    expect(blob.type.toLowerCase()).toBe("application/vnd.ms-excel.sheet.macroenabled.12");
    expect(downloadFileName("mine.xlsm")).toBe("mine.review.xlsm");
    expect(downloadFileName("mine.csv")).toBe("mine.csv.review.xlsx");
    expect(Object.keys(out.files).some((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n) && !before.file(n))).toBe(true);
  });
});
