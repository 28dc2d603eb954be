/**
 * The package reader on damaged or hostile parts (it runs after the pre-flight check, but never trusts a part
 * more than that check does): one clear sentence naming the part, nothing inflated past the declared size.
 */
import JSZip from "jszip";
import { readPackage } from "./read-package";
import { PackageReadError } from "./errors";
import { listZip } from "../zip-entries";
import { handPackage, numberRows, type HandBook } from "./testing/package";
import { nodeInflate } from "../../../cli/node-zip";
import type { InflateRaw } from "./entry-stream";

const BOOK: HandBook = { sharedStrings: ["<si><t>x</t></si>"], sheets: [{ name: "Data", body: `<sheetData>${numberRows(1, 2_000, 5)}</sheetData>` }] };

/** The bytes with the central-directory size of `part` set to `size` (a lying zip entry). */
function withDeclaredSize(bytes: Uint8Array, part: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const name = new TextEncoder().encode(part);
  for (let i = 0; i + 46 < out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50 || view.getUint16(i + 28, true) !== name.length) continue;
    if (name.every((b, j) => out[i + 46 + j] === b)) view.setUint32(i + 24, size, true);
  }
  return out;
}

async function failure(bytes: Uint8Array, inflate?: InflateRaw): Promise<string> {
  try {
    await readPackage(bytes, { inflate });
  } catch (e) {
    if (e instanceof PackageReadError) return e.message;
    throw e;
  }
  return "no error";
}

describe.each([["its own inflater", undefined], ["a native inflater (the CLI's)", nodeInflate]])("readPackage on hostile parts, with %s", (_, inflate) => {
  it("refuses a worksheet part inflating past the size its zip entry declares", async () => {
    const bytes = withDeclaredSize(await handPackage(BOOK), "xl/worksheets/sheet1.xml", 5_000);
    expect(await failure(bytes, inflate)).toBe('refused: part "xl/worksheets/sheet1.xml" inflates to more than the 5000 bytes its zip entry declares (a damaged file or a "zip bomb")');
  });

  it("refuses a part with a DTD (entity expansion)", async () => {
    const zip = await JSZip.loadAsync(await handPackage(BOOK));
    zip.file("xl/sharedStrings.xml", '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol;</t></si></sst>');
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(await failure(bytes, inflate)).toMatch(/^refused: part "xl\/sharedStrings.xml" declares a DTD/);
  });

  it("refuses a shared-strings part (inflated whole) inflating past its declared size", async () => {
    const bytes = withDeclaredSize(await handPackage(BOOK), "xl/sharedStrings.xml", 20);
    expect(await failure(bytes, inflate)).toBe('refused: part "xl/sharedStrings.xml" inflates to more than the 20 bytes its zip entry declares (a damaged file or a "zip bomb")');
  });

  it("names the part whose compressed data is damaged", async () => {
    const bytes = await handPackage(BOOK);
    const listing = listZip(bytes, 100);
    const sheet = listing.ok ? listing.entries.find((e) => e.name === "xl/worksheets/sheet1.xml") : undefined;
    if (!sheet) throw new Error("no sheet entry");
    const broken = bytes.slice();
    broken.fill(0xff, sheet.dataStart + 40, sheet.dataStart + Math.min(sheet.compressedSize, 400));
    expect(await failure(broken, inflate)).toMatch(/^the file is damaged: part "xl\/worksheets\/sheet1.xml" does not inflate/);
  });
});
