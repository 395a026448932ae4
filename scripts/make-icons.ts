/**
 * Draws the add-in icons (a green rounded square with a white check mark) into assets/icon-<size>.png.
 * Run `npx tsx scripts/make-icons.ts` after changing the design; the PNGs are committed.
 * Uses only node's zlib (crc32 needs Node ≥ 20.15), so no image library is needed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

// Ribbon button: 16/32/80 required, 20/24/40/48/64 optional (the manifest XSD's sizes; Office picks one by
// screen scaling); 32: IconUrl; 64: HighResolutionIconUrl.
const SIZES = [16, 20, 24, 32, 40, 48, 64, 80];
const GREEN = [0x10, 0x7c, 0x41]; // Excel's green, so the button sits well on the ribbon
const SUPERSAMPLE = 4; // 4×4 samples per pixel give anti-aliased edges

type Point = [number, number];
// The check mark as a polyline in a unit square (y down), stroked with round joins and caps.
const CHECK: Point[] = [[0.27, 0.52], [0.43, 0.68], [0.74, 0.34]];
const STROKE = 0.13;

function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function inRoundedSquare([x, y]: Point, inset = 0.02, radius = 0.2): boolean {
  // Distance from the inner rectangle whose outline, grown by radius, is the rounded square.
  const qx = Math.max(Math.abs(x - 0.5) - (0.5 - inset - radius), 0);
  const qy = Math.max(Math.abs(y - 0.5) - (0.5 - inset - radius), 0);
  return Math.hypot(qx, qy) <= radius;
}

function inCheck(p: Point): boolean {
  return CHECK.slice(1).some((b, i) => distanceToSegment(p, CHECK[i], b) <= STROKE / 2);
}

function draw(size: number): Buffer {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let square = 0;
      let check = 0;
      for (let s = 0; s < samples; s++) {
        const p: Point = [
          (x + ((s % SUPERSAMPLE) + 0.5) / SUPERSAMPLE) / size,
          (y + (Math.floor(s / SUPERSAMPLE) + 0.5) / SUPERSAMPLE) / size,
        ];
        if (inRoundedSquare(p)) {
          square++;
          if (inCheck(p)) check++;
        }
      }
      // The check lies inside the square, so white covers green by the share of square samples it hits.
      const white = square ? check / square : 0;
      const i = (y * size + x) * 4;
      GREEN.forEach((c, k) => (rgba[i + k] = Math.round(c + (255 - c) * white)));
      rgba[i + 3] = Math.round((255 * square) / samples);
    }
  }
  return encodePng(size, size, rgba);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Minimal PNG: 8-bit RGBA, one IDAT, filter type 0 (None) on every row. */
function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, adaptive filtering, no interlace
  const rowBytes = width * 4;
  const raw = Buffer.alloc(height * (rowBytes + 1));
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (rowBytes + 1) + 1, y * rowBytes, (y + 1) * rowBytes);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  const file = join(__dirname, '..', 'assets', `icon-${size}.png`);
  writeFileSync(file, draw(size));
  console.log(`wrote ${file}`);
}
