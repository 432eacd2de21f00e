// Draws the application icon (256×256 PNG) without any image tool: a blue rounded square with a
// white signpost mark ("dalili" means sign). Run once; the PNG is committed in build/resources/.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 256;
const pixels = Buffer.alloc(SIZE * SIZE * 4);
const BLUE = [0x1d, 0x5f, 0x8a];
const WHITE = [0xff, 0xff, 0xff];

function inRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), SIZE - 1 - radius);
  const cy = Math.min(Math.max(y, radius), SIZE - 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function inMark(x, y) {
  const pole = x >= 118 && x <= 138 && y >= 60 && y <= 210;
  const base = x >= 88 && x <= 168 && y >= 200 && y <= 214;
  // An arrow-shaped sign pointing right, like a signpost.
  const board = y >= 72 && y <= 122 && x >= 70 && x <= 170 + Math.min(y - 72, 122 - y);
  return pole || base || board;
}

for (let y = 0; y < SIZE; y += 1) {
  for (let x = 0; x < SIZE; x += 1) {
    const i = (y * SIZE + x) * 4;
    if (!inRoundedSquare(x, y, 40)) continue;
    const colour = inMark(x, y) ? WHITE : BLUE;
    pixels.set([...colour, 0xff], i);
  }
}

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y += 1) pixels.copy(rows, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(rows)),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./resources/icon.png', import.meta.url), png);
console.log('build/resources/icon.png written');
