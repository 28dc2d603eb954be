/**
 * Generates the add-in icons (assets/icon-16/32/64/80.png): three rising bars in the colours of
 * the three IMM pillars (partnership blue, risk orange, performance green) on a rounded white tile.
 * Pure Node (zlib) PNG encoder, no dependencies. Run: `npx tsx scripts/make-icons.ts`.
 */
import { deflateSync } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

type Rgba = [number, number, number, number];

const TILE: Rgba = [255, 255, 255, 255];
const BORDER: Rgba = [200, 204, 208, 255];
const BARS: Rgba[] = [
  [15, 108, 189, 255], // partnership: Fluent brand blue
  [202, 80, 16, 255], // risk: orange
  [16, 124, 16, 255], // performance: green
];
/** Bar heights as a fraction of the inner tile height. */
const HEIGHTS = [0.45, 0.7, 1];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (PNG chunk checksum) of a byte buffer. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes an RGBA pixel buffer (width×height×4) as a PNG file. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

/** Draws the IMM mark at the given size and returns its RGBA pixels. */
export function drawIcon(size: number): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const set = (x: number, y: number, c: Rgba): void => px.set(c, (y * size + x) * 4);
  const radius = Math.max(2, Math.round(size / 8));
  const inside = (x: number, y: number): boolean => {
    const cx = Math.min(Math.max(x + 0.5, radius), size - radius);
    const cy = Math.min(Math.max(y + 0.5, radius), size - radius);
    return (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= radius * radius;
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!inside(x, y)) continue;
      const edge = !inside(x - 1, y) || !inside(x + 1, y) || !inside(x, y - 1) || !inside(x, y + 1);
      set(x, y, edge ? BORDER : TILE);
    }
  }
  const pad = Math.max(2, Math.round(size * 0.16));
  const inner = size - 2 * pad;
  const gap = Math.max(1, Math.round(inner * 0.08));
  const barWidth = Math.floor((inner - 2 * gap) / 3);
  const left = pad + Math.floor((inner - (3 * barWidth + 2 * gap)) / 2);
  BARS.forEach((colour, i) => {
    const h = Math.max(2, Math.round(inner * HEIGHTS[i]));
    const x0 = left + i * (barWidth + gap);
    for (let y = size - pad - h; y < size - pad; y++) {
      for (let x = x0; x < x0 + barWidth; x++) set(x, y, colour);
    }
  });
  return px;
}

/** Writes assets/icon-<size>.png for every size the manifest references. */
export function main(outDir = join(__dirname, "..", "assets")): string[] {
  mkdirSync(outDir, { recursive: true });
  return [16, 32, 64, 80].map((size) => {
    const file = join(outDir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, drawIcon(size)));
    return file;
  });
}

if (require.main === module) {
  for (const file of main()) console.log(`wrote ${file}`);
}
