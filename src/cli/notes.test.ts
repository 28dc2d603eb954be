/** §4 of issue 7: the wall of notes — rename notes of a rerun are grouped into one line with a count. */
import ExcelJS from "exceljs";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { defaultEngine } from "./engine";
import { groupNotes } from "./notes";
import { runCli } from "./run";
import { capturedIo } from "./testing/helpers";

const SAMPLE = join(__dirname, "../../assets/samples/hospital-ppp.xlsx");
const table = (n: string) => `Table "${n}" exists already: named the new one "${n}2".`;
const sheet = (n: string) => `"${n}" is a sheet of yours: wrote "${n} (2)" instead.`;

describe("groupNotes", () => {
  it("turns many table renames into one line with the count, the first three and how many more", () => {
    const notes = ["IMM_A", "IMM_B", "IMM_C", "IMM_D", "IMM_E", "IMM_F"].map(table);
    expect(groupNotes(notes)).toEqual([
      "6 tables renamed, as tables of those names exist already: IMM_A → IMM_A2, IMM_B → IMM_B2, IMM_C → IMM_C2 and 3 more.",
    ]);
  });

  it("groups sheet renames apart from table renames and keeps other notes in order", () => {
    const notes = ["first", table("IMM_A"), sheet("IMM Risk Review"), table("IMM_B"), sheet("IMM Dashboard"), "last"];
    expect(groupNotes(notes)).toEqual([
      "first",
      "2 tables renamed, as tables of those names exist already: IMM_A → IMM_A2, IMM_B → IMM_B2.",
      '2 review sheets written under new names, as sheets of yours have those names: "IMM Risk Review" → "IMM Risk Review (2)", "IMM Dashboard" → "IMM Dashboard (2)".',
      "last",
    ]);
  });

  it("leaves a single rename as it was", () => {
    expect(groupNotes([table("IMM_A"), sheet("IMM Dashboard")])).toEqual([table("IMM_A"), sheet("IMM Dashboard")]);
  });
});

describe("rerun on a workbook whose review sheets are no longer recorded as generated", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "imm-cli-notes-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("prints one grouped Note per kind of rename, not one per table", async () => {
    const { io, out } = capturedIo();
    copyFileSync(SAMPLE, join(dir, "h.xlsx"));
    expect(await runCli(["review", join(dir, "h.xlsx"), "-o", join(dir, "a.xlsx")], io, defaultEngine)).toBeLessThan(2);
    // Drop the ownership names (as when the review sheets are copied into another workbook).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, "a.xlsx")) as unknown as ArrayBuffer);
    wb.definedNames.model = wb.definedNames.model.filter((d) => !d.name.startsWith("IMM_Owned_"));
    writeFileSync(join(dir, "b.xlsx"), Buffer.from(await wb.xlsx.writeBuffer()));
    out.length = 0;
    expect(await runCli(["review", join(dir, "b.xlsx"), "-o", join(dir, "c.xlsx")], io, defaultEngine)).toBeLessThan(2);
    const notes = out.filter((l) => l.startsWith("  Note: "));
    const tables = notes.filter((l) => /tables renamed/.test(l));
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatch(/^ {2}Note: \d{2} tables renamed, as tables of those names exist already: IMM_\w+ → IMM_\w+2, .* and \d+ more\.$/);
    expect(notes.filter((l) => /review sheets written under new names/.test(l))).toHaveLength(1);
    expect(notes.some((l) => /exists already: named the new one|is a sheet of yours/.test(l))).toBe(false);
    expect(notes.length).toBeLessThanOrEqual(3);
  }, 60_000);
});
