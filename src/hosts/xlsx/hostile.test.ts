/**
 * Hostile files (issue 10): a zip bomb (honest and lying sizes), a part path with `../`, billion-laughs and
 * external-entity XML, a relationship loop and a missing part. Each is a generated file; each gets one clear
 * line from the host and from the CLI, before ExcelJS parses anything, with memory bounded.
 */
import JSZip from "jszip";
import { deflateRawSync, createDeflateRaw } from "zlib";
import { mkdtempSync, rmSync, writeFileSync, existsSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { defaultEngine } from "../../cli/engine";
import { nodeIo } from "../../cli/node-io";
import { runCli } from "../../cli/run";
import { XlsxHost } from "./host";
import { DEFAULT_LIMITS, hasDtd, preflight } from "./preflight";
import { userWorkbookBytes } from "./testing/fixtures";

/** A part of a hand-built zip: its bytes (deflated here), or pre-deflated data with the size to declare. */
interface Part {
  name: string;
  data?: Uint8Array;
  deflated?: Uint8Array;
  declared?: number;
}

/** Writes a zip by hand, so names and declared sizes can be anything (JSZip would sanitise them). */
function buildZip(parts: Part[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, "utf8");
    const body = Buffer.from(p.deflated ?? deflateRawSync(p.data ?? new Uint8Array()));
    const size = p.declared ?? p.data?.length ?? 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(0, 14); // CRC not checked by readers by default
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

/** The parts of a real workbook, to edit. */
async function workbookParts(): Promise<Part[]> {
  const zip = await JSZip.loadAsync(await userWorkbookBytes());
  const out: Part[] = [];
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.push({ name, data: await f.async("uint8array") });
  return out;
}

const text = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));

function replacePart(parts: Part[], name: string, edit: (xml: string) => string): Part[] {
  return parts.map((p) => {
    if (p.name !== name) return p;
    const xml = Buffer.from(p.data ?? []).toString("utf8");
    const out = edit(xml);
    if (out === xml) throw new Error(`edit did not apply to ${name}`);
    return { name, data: text(out) };
  });
}

const MB = 1024 * 1024;

/** 400 MB of zeros, deflated (about 400 KB), streamed so the test never holds 400 MB. */
function deflatedZeros(bytes: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const d = createDeflateRaw({ level: 9 });
    const chunks: Buffer[] = [];
    d.on("data", (c: Buffer) => chunks.push(c));
    d.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    d.on("error", reject);
    const block = Buffer.alloc(MB);
    let left = bytes / MB;
    const pump = (): void => {
      while (left > 0) {
        left--;
        if (!d.write(block)) {
          d.once("drain", pump);
          return;
        }
      }
      d.end();
    };
    pump();
  });
}

/** How a workbook is opened: whole, by ExcelJS (the workbench, the task pane), or for one review (the CLI, the portfolio). */
type Opener = "fromBuffer" | "forReview";
let opener: Opener = "fromBuffer";

async function openError(bytes: Uint8Array): Promise<string> {
  const e = await XlsxHost[opener](bytes, "evil.xlsx").then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof Error)) throw new Error("the hostile file was opened");
  expect(e.message).not.toMatch(/\n/);
  return e.message;
}

describe.each<Opener>(["fromBuffer", "forReview"])("hostile files, opened with %s", (how) => {
  let parts: Part[];
  let zeros: Uint8Array;
  beforeAll(async () => {
    opener = how;
    parts = await workbookParts();
    zeros = await deflatedZeros(400 * MB);
  }, 60_000);

  it("a worksheet inflating past its declared size is refused, memory bounded", async () => {
    const sheet = parts.find((p) => p.name === "xl/worksheets/sheet2.xml") as Part;
    const xml = Buffer.from(sheet.data ?? []).toString("utf8");
    const at = xml.indexOf("<sheetData>") + "<sheetData>".length;
    const padded = Buffer.concat([Buffer.from(xml.slice(0, at)), Buffer.alloc(200 * MB, 0x20), Buffer.from(xml.slice(at))]);
    const bomb = buildZip(parts.map((p) => (p === sheet ? { name: p.name, deflated: deflateRawSync(padded), declared: xml.length } : p)));
    expect(bomb.length).toBeLessThan(2 * MB);
    const before = process.memoryUsage().rss;
    expect(await openError(bomb)).toBe(`evil.xlsx: refused: part "xl/worksheets/sheet2.xml" inflates to more than the ${xml.length} bytes its zip entry declares (a damaged file or a "zip bomb")`);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * MB);
    // For the review, the pre-flight check reads only a worksheet's prolog: the reader, which streams it, refuses it.
    const streamed = preflight(bomb, DEFAULT_LIMITS, { streamedSheets: true });
    if (how === "forReview") await expect(streamed).resolves.toBeUndefined();
    else await expect(preflight(bomb)).rejects.toThrow(/inflates to more than/);
  });

  it("a zip bomb declaring its 400 MB is refused from the declared sizes", async () => {
    const bomb = buildZip([...parts, { name: "xl/media/data.bin", deflated: zeros, declared: 400 * MB }]);
    expect(bomb.length).toBeLessThan(1 * MB);
    expect(await openError(bomb)).toBe('evil.xlsx: refused: the parts declare 400 MB once inflated, over the 300 MB limit (a "zip bomb"?)');
  });

  it("a zip bomb declaring 1,000 bytes is stopped as soon as it inflates past them, memory bounded", async () => {
    const before = process.memoryUsage().rss;
    const bomb = buildZip([...parts, { name: "xl/media/data.bin", deflated: zeros, declared: 1000 }]);
    expect(await openError(bomb)).toBe('evil.xlsx: refused: part "xl/media/data.bin" inflates to more than the 1000 bytes its zip entry declares (a damaged file or a "zip bomb")');
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * MB);
  });

  it("many honest parts together past the limit are refused on the actual total", async () => {
    const big = new Uint8Array(600_000);
    const zip = buildZip([...parts, { name: "a.bin", data: big }, { name: "b.bin", data: big }]);
    await expect(preflight(zip, { maxTotal: 1_000_000, maxEntries: 100 })).rejects.toThrow(/refused: the parts declare 1\.2 MB once inflated, over the 1\.0 MB limit/);
  });

  it("a part path with ../ is refused", async () => {
    const zip = buildZip([...parts, { name: "../../evil.xml", data: text("<x/>") }]);
    expect(await openError(zip)).toBe('evil.xlsx: refused: the part name "../../evil.xml" points outside the package');
  });

  it("billion laughs (entity expansion) is refused without expanding anything", async () => {
    const laughs = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`).join("")}]>`;
    const zip = buildZip(replacePart(parts, "xl/sharedStrings.xml", (x) => x.replace(/^<\?xml[^>]*\?>\s*/, `${laughs}\n`).replace("<t>", "<t>&lol9;")));
    expect(await openError(zip)).toMatch(/^evil\.xlsx: refused: part "xl\/sharedStrings\.xml" declares a DTD or entities/);
  });

  it("an external entity is refused", async () => {
    const zip = buildZip(replacePart(parts, "xl/workbook.xml", (x) => x.replace(/^(<\?xml[^>]*\?>)/, '$1<!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')));
    expect(await openError(zip)).toMatch(/^evil\.xlsx: refused: part "xl\/workbook\.xml" declares a DTD or entities/);
    expect(hasDtd('<?xml version="1.0"?><!-- c --><root a="<!DOCTYPE"/>')).toBe(false);
  });

  it("a relationship loop is refused, naming the loop", async () => {
    const loop = [
      ...replacePart(parts, "xl/worksheets/_rels/sheet2.xml.rels", (x) => x.replace("</Relationships>", '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing9.xml"/></Relationships>')),
      { name: "xl/drawings/drawing9.xml", data: text("<xdr:wsDr/>") },
      { name: "xl/drawings/_rels/drawing9.xml.rels", data: text('<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="../worksheets/sheet2.xml"/></Relationships>') },
    ];
    expect(await openError(buildZip(loop))).toBe("evil.xlsx: refused: relationship loop xl/worksheets/sheet2.xml → xl/drawings/drawing9.xml → xl/worksheets/sheet2.xml");
  });

  it("a worksheet referenced but missing is named", async () => {
    const zip = buildZip(parts.filter((p) => p.name !== "xl/worksheets/sheet2.xml"));
    expect(await openError(zip)).toBe('evil.xlsx: the file is damaged: "xl/worksheets/sheet2.xml" is referenced by xl/workbook.xml but is not in it');
  });

  it("the CLI gives the same one line, exit 1, and writes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "imm-hostile-"));
    try {
      const input = join(dir, "bomb.xlsx");
      writeFileSync(input, buildZip([...parts, { name: "xl/media/data.bin", deflated: zeros, declared: 1000 }]));
      const err: string[] = [];
      const code = await runCli(["review", input], { ...nodeIo(), out: () => undefined, err: (l) => err.push(l), progress: undefined }, defaultEngine);
      expect(code).toBe(1);
      expect(err).toEqual([`imm: ${input}: refused: part "xl/media/data.bin" inflates to more than the 1000 bytes its zip entry declares (a damaged file or a "zip bomb")`]);
      expect(existsSync(join(dir, "bomb.review.xlsx"))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
