// Draws the toolbar icon (a red shield with a white check-mark bar) as PNGs in
// public/icon/. Run once when the design changes; the PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

// Shield outline in unit coordinates (0..1): flat top, curved sides meeting at a point.
function inShield(x, y) {
  if (y < 0.08 || y > 0.95) return false;
  const half = y < 0.5 ? 0.4 : 0.4 * Math.sqrt(Math.max(0, 1 - ((y - 0.5) / 0.45) ** 2));
  return Math.abs(x - 0.5) <= half;
}
function inMark(x, y) {
  // An exclamation mark: bar and dot.
  const bar = Math.abs(x - 0.5) < 0.07 && y > 0.22 && y < 0.6;
  const dot = (x - 0.5) ** 2 + (y - 0.72) ** 2 < 0.075 ** 2;
  return bar || dot;
}

function icon(size) {
  const S = 4; // supersampling per axis
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = [0];
    for (let px = 0; px < size; px++) {
      let shield = 0;
      let mark = 0;
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          if (!inShield(x, y)) continue;
          if (inMark(x, y)) mark++;
          else shield++;
        }
      const n = S * S;
      const a = (shield + mark) / n;
      const white = mark / Math.max(1, shield + mark);
      const r = Math.round(179 + (255 - 179) * white);
      const g = Math.round(38 + (255 - 38) * white);
      const b = Math.round(30 + (255 - 30) * white);
      row.push(r, g, b, Math.round(a * 255));
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, icon(size));
console.log('Wrote public/icon/{16,32,48,128}.png');
