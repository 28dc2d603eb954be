/**
 * The lossless writer's last step: the edited package as bytes. A part loaded from the user's file and not changed is
 * copied as its compressed bytes, with its CRC and date, so it is byte for byte the user's (not re-compressed); a new
 * or changed part is deflated by the given deflater and dated 1980-01-01, so the output is the same for the same input.
 * A part packed earlier (a generated sheet, deflated while the next one was written) is taken as it was packed.
 */
import type JSZip from "jszip";
import { packPart, writeZip, type Checksum, type Deflate, type PackedPart, type ZipEntryOut } from "./zip-write";

/** How new and changed parts are packed. */
export interface PackOptions {
  deflate: Deflate;
  checksum?: Checksum;
  /** Parts already packed (or being packed), by their name in `zip`; their content in `zip` is ignored. */
  packed?: ReadonlyMap<string, Promise<PackedPart>>;
}

/** What JSZip keeps of a part it loaded (its CompressedObject), as far as this writer needs it. */
interface Loaded {
  compressedContent?: unknown;
  crc32?: unknown;
  uncompressedSize?: unknown;
  compression?: { magic?: unknown } | null;
}

/** The compressed bytes of a part JSZip loaded and nobody changed since, or null. */
function loadedEntry(name: string, f: JSZip.JSZipObject): ZipEntryOut | null {
  const d = (f as unknown as { _data?: Loaded })._data;
  if (!d || typeof d !== "object" || !(d.compressedContent instanceof Uint8Array)) return null;
  if (typeof d.crc32 !== "number" || typeof d.uncompressedSize !== "number") return null;
  const magic = d.compression?.magic;
  const method = magic === "\x00\x00" ? 0 : magic === "\x08\x00" ? 8 : null;
  if (method === null) return null;
  return { name, method, crc: d.crc32 >>> 0, size: d.uncompressedSize, data: d.compressedContent, date: f.date };
}

/** The package's parts, in order, as a zip: loaded parts copied, the others deflated (all at once: an asynchronous deflater runs them side by side). */
export async function packageBytes(zip: JSZip, options: PackOptions): Promise<Uint8Array> {
  const out = Object.entries(zip.files).map(async ([name, f]): Promise<ZipEntryOut> => {
    if (f.dir) return { name, method: 0, crc: 0, size: 0, data: new Uint8Array(0) };
    const early = options.packed?.get(name);
    if (early) return { name, ...(await early) };
    return loadedEntry(name, f) ?? { name, ...(await packPart(await f.async("uint8array"), options.deflate, options.checksum)) };
  });
  return writeZip(await Promise.all(out));
}
