/** §4 of issue 7: output path errors name the output and the reason; -o must be an .xlsx file or a folder. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { defaultEngine } from "./engine";
import { runCli } from "./run";
import { registerFolderPerTest } from "./testing/helpers";
import { withUserContent } from "../hosts/xlsx/testing/user-content";

const t = registerFolderPerTest("imm-cli-out-");

/** A Node file-system error as fs.writeFile throws it for the temporary file. */
function fsError(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: failure, open '${path}'`), { code, syscall: "open", path });
}

describe("output path errors", () => {
  it("a missing folder is named before any work, with the output path (real file system)", async () => {
    const output = join(t.dir, "missing", "out.xlsx");
    let reviewed = false;
    const engine = { ...defaultEngine, readModel: (s: Parameters<typeof defaultEngine.readModel>[0]) => ((reviewed = true), defaultEngine.readModel(s)) };
    expect(await runCli(["review", t.input, "-o", output], t.io, engine)).toBe(1);
    expect(t.err).toEqual([`imm: cannot write ${output}: folder does not exist`]);
    expect(reviewed).toBe(false);
    expect(t.out).toEqual([]);
  });

  it("a path through a file names it", async () => {
    const output = join(t.input, "out.xlsx");
    expect(await runCli(["review", t.input, "-o", output], t.io, defaultEngine)).toBe(1);
    expect(t.err).toEqual([`imm: cannot write ${output}: ${t.input} is a file, not a folder`]);
  });

  it.each([
    ["EACCES", "permission denied"],
    ["EPERM", "permission denied"],
    ["ENOENT", "folder does not exist"],
    ["EROFS", "the drive is read-only"],
    ["ENOSPC", "the disk is full"],
    ["EBUSY", "the file is in use (close it in Excel and try again)"],
    ["EWHATEVER", "system error EWHATEVER"],
  ])("%s while saving: 'cannot write OUT.xlsx: %s', never the temporary file", async (code, reason) => {
    const output = join(t.dir, "out.xlsx");
    const tmp = join(t.dir, ".out.xlsx.4242.tmp");
    t.io = { ...t.io, writeFile: async () => Promise.reject(fsError(code, tmp)) };
    expect(await runCli(["review", t.input, "-o", output], t.io, defaultEngine)).toBe(1);
    expect(t.err).toEqual([`imm: cannot write ${output}: ${reason}`]);
    expect(t.err.join("\n")).not.toContain(".tmp");
  });

  it("a real write failure leaves no temporary file behind and names the output", async () => {
    const output = join(t.dir, "out.xlsx");
    mkdirSync(output); // a folder named like the output: -o then means "write into it"
    const inside = join(output, "hospital.review.xlsx");
    mkdirSync(inside); // … where a folder blocks the file
    expect(await runCli(["review", t.input, "-o", output], t.io, defaultEngine)).toBe(1);
    expect(t.err).toHaveLength(1);
    expect(t.err[0]).toMatch(new RegExp(`^imm: cannot write ${inside.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `));
    expect(t.err[0]).not.toContain(".tmp");
    expect(readdirSync(output)).toEqual(["hospital.review.xlsx"]);
  });

  it("template: a missing folder is named the same way", async () => {
    const output = join(t.dir, "missing", "model.xlsx");
    expect(await runCli(["template", output], t.io, defaultEngine)).toBe(1);
    expect(t.err).toEqual([`imm: cannot write ${output}: folder does not exist`]);
  });

  it("template: a permission error while saving names the output", async () => {
    const output = join(t.dir, "model.xlsx");
    t.io = { ...t.io, writeFile: async () => Promise.reject(fsError("EACCES", join(t.dir, ".model.xlsx.1.tmp"))) };
    expect(await runCli(["template", output], t.io, defaultEngine)).toBe(1);
    expect(t.err).toEqual([`imm: cannot write ${output}: permission denied`]);
  });

  it("an unreadable input names the file and the reason", async () => {
    t.io = { ...t.io, readFile: async () => Promise.reject(fsError("EACCES", t.input)) };
    expect(await runCli(["review", t.input], t.io, defaultEngine)).toBe(1);
    expect(t.err).toEqual([`imm: ${t.input}: cannot be opened (permission denied)`]);
  });
});

describe("output extensions", () => {
  it.each(["out.csv", "out.xlsm", "out.XLSB", "out"])("-o %s for an .xlsx input is a usage error (exit 2), nothing written", async (name) => {
    const output = join(t.dir, name);
    expect(await runCli(["review", t.input, "-o", output], t.io, defaultEngine)).toBe(2);
    expect(t.err[0]).toBe(`imm: -o ${output}: the review is an .xlsx workbook; give an output name ending in .xlsx (or a folder)`);
    expect(existsSync(output)).toBe(false);
  });

  it("-o OUT.XLSX (any case) is accepted", async () => {
    expect(await runCli(["review", t.input, "-o", join(t.dir, "OUT.XLSX")], t.io, defaultEngine)).toBe(0);
    expect(existsSync(join(t.dir, "OUT.XLSX"))).toBe(true);
  });

  it("-o FOLDER with one workbook writes NAME.review.xlsx into it", async () => {
    mkdirSync(join(t.dir, "reviews"));
    expect(await runCli(["review", t.input, "-o", join(t.dir, "reviews")], t.io, defaultEngine)).toBe(0);
    expect(existsSync(join(t.dir, "reviews", "hospital.review.xlsx"))).toBe(true);
    expect(t.out[0]).toBe(`${t.input} → ${join(t.dir, "reviews", "hospital.review.xlsx")}`);
  });

  describe("a macro-enabled input (.xlsm)", () => {
    let xlsm: string;
    beforeEach(async () => {
      xlsm = join(t.dir, "macros.xlsm");
      writeFileSync(xlsm, await withUserContent(new Uint8Array(readFileSync(t.input)), { vba: new Uint8Array([1, 2, 3, 4]) }));
    });

    it("is reviewed to NAME.review.xlsm with its macros", async () => {
      expect(await runCli(["review", xlsm], t.io, defaultEngine)).toBe(0);
      const zip = await JSZip.loadAsync(readFileSync(join(t.dir, "macros.review.xlsm")));
      expect(Array.from((await zip.file("xl/vbaProject.bin")?.async("uint8array")) ?? [])).toEqual([1, 2, 3, 4]);
    });

    it("-o OUT.xlsm is accepted, -o OUT.xlsx is a usage error (exit 2), nothing written", async () => {
      expect(await runCli(["review", xlsm, "-o", join(t.dir, "out.XLSM")], t.io, defaultEngine)).toBe(0);
      expect(existsSync(join(t.dir, "out.XLSM"))).toBe(true);
      const output = join(t.dir, "out.xlsx");
      expect(await runCli(["review", xlsm, "-o", output], t.io, defaultEngine)).toBe(2);
      expect(t.err[0]).toBe(`imm: -o ${output}: the review of a macro-enabled workbook is an .xlsm workbook (it keeps the macros); give an output name ending in .xlsm (or a folder)`);
      expect(existsSync(output)).toBe(false);
    });

    it("a folder input includes .xlsm workbooks but not earlier .review.xlsm outputs", async () => {
      expect(await runCli(["review", t.dir], t.io, defaultEngine)).toBeLessThan(2);
      expect(readdirSync(t.dir).sort()).toEqual(["hospital.review.xlsx", "hospital.xlsx", "macros.review.xlsm", "macros.xlsm"]);
      expect(await runCli(["review", t.dir], t.io, defaultEngine)).toBeLessThan(2);
      expect(readdirSync(t.dir).sort()).toEqual(["hospital.review.xlsx", "hospital.xlsx", "macros.review.xlsm", "macros.xlsm"]);
    });
  });
});
