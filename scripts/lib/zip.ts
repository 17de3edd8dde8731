import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import yauzl from 'yauzl';
import yazl from 'yazl';

export interface ZipEntry {
  /** The path inside the zip, with forward slashes. */
  name: string;
  data: Buffer;
}

/**
 * Every entry's date: noon on 19 July 2001, the day Code Red spread. Built from local fields because a zip stores the
 * local date and time; yazl reads them back with the same local getters, so the bytes are the same in every time zone.
 */
const ENTRY_DATE = new Date(2001, 6, 19, 12, 0, 0);

/**
 * A zip that depends only on its entries: sorted by name, one date, one file mode, deflate level 9, no extra timestamp
 * field. The same entries give the same bytes on any machine with the same Node (zlib) version, which is what lets a
 * reviewer rebuild the Firefox zip byte for byte from the source bundle.
 */
export function zipEntries(entries: readonly ZipEntry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    zip.addBuffer(entry.data, entry.name, { mtime: ENTRY_DATE, mode: 0o100644, compressionLevel: 9, forceDosTimestamp: true });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** Every file under `dir`, named relative to it with forward slashes. */
export function directoryEntries(dir: string): ZipEntry[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const full = path.join(e.parentPath, e.name);
      return { name: path.relative(dir, full).split(path.sep).join('/'), data: readFileSync(full) };
    });
}

/** The entries of a zip, for checking what one holds. */
export function unzipEntries(zip: Buffer): Promise<ZipEntry[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (err, file) => {
      if (err || !file) return reject(err ?? new Error('not a zip'));
      const out: ZipEntry[] = [];
      file.on('error', reject);
      file.on('end', () => resolve(out));
      file.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return file.readEntry();
        file.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error(`cannot read ${entry.fileName}`));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            out.push({ name: entry.fileName, data: Buffer.concat(chunks) });
            file.readEntry();
          });
        });
      });
      file.readEntry();
    });
  });
}
