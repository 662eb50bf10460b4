// Draws the Teams app icons as PNGs: a 192×192 colour icon (a white tick on a committee-blue
// rounded square) and the 32×32 outline icon Teams requires (white on transparent).
// Run once after changing the design: node --import tsx teams/scripts/icons.ts
import { writeFileSync } from "node:fs";
import { deflateSync, crc32 } from "node:zlib";
import { fileURLToPath } from "node:url";

type Pixel = [number, number, number, number];

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

export function encodePng(size: number, pixel: (x: number, y: number) => Pixel): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // RGBA
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then pixels
    for (let x = 0; x < size; x++) row.set(pixel(x, y).map((v) => Math.round(Math.max(0, Math.min(255, v)))), 1 + x * 4);
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header), chunk("IDAT", deflateSync(Buffer.concat(rows))), chunk("IEND", Buffer.alloc(0)),
  ]);
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage (0..1) of the tick at a pixel centre, in units of the icon's size. */
function tick(x: number, y: number, size: number, width: number): number {
  const u = (x + 0.5) / size, v = (y + 0.5) / size;
  const d = Math.min(segmentDistance(u, v, 0.27, 0.52, 0.44, 0.69), segmentDistance(u, v, 0.44, 0.69, 0.75, 0.33));
  return Math.max(0, Math.min(1, (width / 2 - d) * size + 0.5));
}

function roundedSquare(x: number, y: number, size: number, radius: number): number {
  const cx = Math.max(radius, Math.min(size - radius, x + 0.5));
  const cy = Math.max(radius, Math.min(size - radius, y + 0.5));
  return Math.max(0, Math.min(1, radius - Math.hypot(x + 0.5 - cx, y + 0.5 - cy) + 0.5));
}

const BLUE: [number, number, number] = [0x1f, 0x4e, 0x79];

export function colorIcon(): Buffer {
  const size = 192;
  return encodePng(size, (x, y) => {
    const bg = roundedSquare(x, y, size, 36);
    const t = tick(x, y, size, 0.09);
    const mix = (c: number) => c * (1 - t) + 255 * t;
    return [mix(BLUE[0]), mix(BLUE[1]), mix(BLUE[2]), 255 * bg];
  });
}

export function outlineIcon(): Buffer {
  const size = 32;
  return encodePng(size, (x, y) => [255, 255, 255, 255 * tick(x, y, size, 0.12)]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = new URL("../", import.meta.url);
  writeFileSync(new URL("color.png", dir), colorIcon());
  writeFileSync(new URL("outline.png", dir), outlineIcon());
  console.log("wrote teams/color.png (192×192) and teams/outline.png (32×32)");
}
