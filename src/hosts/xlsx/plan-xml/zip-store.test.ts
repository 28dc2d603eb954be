/** The stored-zip writer: archives JSZip reads back with CRC checks, UTF-8 names and exact bytes. */
import JSZip from "jszip";
import { crc32, zipStore } from "./zip-store";

describe("zipStore", () => {
  it("computes the standard CRC-32", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    expect(crc32(new Uint8Array([0xff, 0, 0x80]))).toBe(0xac616edf);
  });

  it("writes an archive JSZip reads back exactly, checking every CRC", async () => {
    const big = Uint8Array.from({ length: 100_003 }, (_, i) => (i * 31) & 0xff);
    const zip = await JSZip.loadAsync(zipStore([["a.xml", "<a>é 😀</a>"], ["dir/ü.bin", big], ["empty", ""]]), { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(["a.xml", "dir/ü.bin", "empty"]);
    expect(await zip.file("a.xml")?.async("string")).toBe("<a>é 😀</a>");
    expect(await zip.file("dir/ü.bin")?.async("uint8array")).toEqual(big);
    expect(await zip.file("empty")?.async("string")).toBe("");
  });
});
