/** Shared fixtures for the CLI tests: a temp folder, captured output, a small risk register workbook. */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { CliIo } from "../io";
import { nodeIo } from "../node-io";

/** CliIo over the real file system with stdout and stderr captured. */
export function capturedIo(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { ...nodeIo(), out: (l) => out.push(l), err: (l) => err.push(l), progress: undefined, debug: false }, out, err };
}

/** Writes a small IMM_Risks register that reviews cleanly (two open threats with probability and impact). */
export async function writeRegister(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Risks").addTable({
    name: "IMM_Risks",
    ref: "A1",
    columns: ["ID", "Risk", "Type", "Likelihood", "Consequence", "Probability", "Impact"].map((name) => ({ name })),
    rows: [
      ["R1", "Lift failure", "Threat", 3, 4, 0.3, 100000],
      ["R2", "Energy price", "Threat", 2, 5, 0.2, 250000],
    ],
  });
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
}

/** A test's temporary folder holding `input` (hospital.xlsx, the small register), and its captured CliIo. */
export interface RegisterFolder {
  dir: string;
  input: string;
  io: CliIo;
  out: string[];
  err: string[];
}

/** Gives each test of the file a fresh RegisterFolder (the object is refilled before each test), removed after it. */
export function registerFolderPerTest(prefix: string): RegisterFolder {
  const f = {} as RegisterFolder;
  beforeEach(async () => {
    f.dir = mkdtempSync(join(tmpdir(), prefix));
    f.input = join(f.dir, "hospital.xlsx");
    await writeRegister(f.input);
    Object.assign(f, capturedIo());
  });
  afterEach(() => rmSync(f.dir, { recursive: true, force: true }));
  return f;
}
