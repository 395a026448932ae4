/**
 * Writes a zip whose entries are either copied from an existing zip as stored (the compressed bytes, CRC,
 * sizes, method, name bytes and timestamps unchanged; no inflate/deflate) or new, deflated by Node's zlib.
 * The output is handed out in chunks, so it can go straight to a file instead of being assembled in memory.
 * No Zip64 on output: an .xlsx that needs it (over 4 GB) is refused.
 */
import { crc32, createDeflateRaw, deflateRawSync, inflateRawSync } from 'zlib';
import type { StoredData, ZipEntry, ZipReader } from './zip';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;
const ZIP64_EXTRA = 0x0001;
const UTF8_FLAG = 0x800;
const DESCRIPTOR_FLAG = 0x8;
const MAX32 = 0xffffffff;

/** One entry to write: what its headers say, and its data as stored. */
export interface ZipItem {
  nameBytes: Buffer;
  flags: number;
  method: number;
  crc32: number;
  size: number;
  data: StoredData;
  time: number;
  date: number;
  versionMadeBy: number;
  versionNeeded: number;
  internalAttributes: number;
  externalAttributes: number;
  localExtra: Buffer;
  centralExtra: Buffer;
}

/** Takes each chunk of output; a chunk may be overwritten once the sink has returned, so one kept is copied. */
export type ChunkSink = (chunk: Buffer) => void | Promise<void>;

/** An extra field without its Zip64 record (we write 32-bit sizes and offsets). */
function withoutZip64(extra: Buffer): Buffer {
  if (!extra.length) return extra;
  const keep: Buffer[] = [];
  for (let p = 0; p + 4 <= extra.length; ) {
    const len = extra.readUInt16LE(p + 2);
    const end = Math.min(extra.length, p + 4 + len);
    if (extra.readUInt16LE(p) !== ZIP64_EXTRA) keep.push(extra.subarray(p, end));
    p = end;
  }
  return keep.length === 1 ? keep[0] : Buffer.concat(keep);
}

/** An untouched entry of `reader`, to be copied as stored. */
export function copiedItem(reader: ZipReader, entry: ZipEntry): ZipItem {
  const { data, localExtra } = reader.stored(entry);
  const zip64 = entry.versionNeeded === 45;
  return {
    nameBytes: entry.nameBytes,
    // Sizes and CRC go in our local header, so no data descriptor follows the data.
    flags: entry.flags & ~DESCRIPTOR_FLAG,
    method: entry.method,
    crc32: entry.crc32,
    size: entry.size,
    data,
    time: entry.time,
    date: entry.date,
    versionMadeBy: entry.versionMadeBy,
    versionNeeded: zip64 ? 20 : entry.versionNeeded,
    internalAttributes: entry.internalAttributes,
    externalAttributes: entry.externalAttributes,
    localExtra: withoutZip64(localExtra),
    centralExtra: withoutZip64(entry.centralExtra),
  };
}

function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

const EMPTY = Buffer.alloc(0);

/**
 * A new entry holding `content`, deflated now (level 6). `like` keeps an existing entry's name bytes and
 * UTF-8 flag when the entry replaces it.
 */
export function newItem(name: string, content: string | Buffer, like?: ZipEntry, now = new Date()): ZipItem {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const nameBytes = like ? like.nameBytes : Buffer.from(name, 'utf8');
  const utf8 = like ? like.flags & UTF8_FLAG : /[^\x20-\x7e]/.test(name) ? UTF8_FLAG : 0;
  return {
    nameBytes,
    flags: utf8,
    method: 8,
    crc32: crc32(bytes),
    size: bytes.length,
    data: deflateRawSync(bytes, { level: 6 }),
    ...dosDateTime(now),
    versionMadeBy: 20,
    versionNeeded: 20,
    internalAttributes: 0,
    externalAttributes: 0,
    localExtra: EMPTY,
    centralExtra: EMPTY,
  };
}

/** The same from content in pieces, deflated as they come (a big part never sits in memory whole). */
export async function newItemFromParts(name: string, parts: Iterable<string | Buffer>, like?: ZipEntry, now = new Date()): Promise<ZipItem> {
  const deflate = createDeflateRaw({ level: 6 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  try {
    for (const part of parts) {
      const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
      crc = crc32(bytes, crc);
      size += bytes.length;
      // Waits for zlib to take each piece, so the pieces are not all queued at once.
      await new Promise<void>((resolve, reject) => deflate.write(bytes, (e) => (e ? reject(e) : resolve())));
    }
  } catch (e) {
    deflate.destroy();
    throw e;
  }
  deflate.end();
  await done;
  const item = newItem(name, EMPTY, like, now);
  return { ...item, crc32: crc, size, data: Buffer.concat(out) };
}

/** The content of an item (inflated), for a part read back after it was replaced. */
export function itemContent(item: ZipItem): Buffer {
  const data = Buffer.isBuffer(item.data) ? item.data : Buffer.concat([...item.data.pieces()]);
  return item.method === 8 ? inflateRawSync(data) : data;
}

/** Gathers small writes into chunks of about CHUNK bytes; large buffers pass through as they are. */
const CHUNK = 1 << 20;

class Output {
  private pending: Buffer[] = [];
  private pendingLength = 0;
  offset = 0;

  constructor(private readonly sink: ChunkSink) {}

  async push(buf: Buffer): Promise<void> {
    this.offset += buf.length;
    if (buf.length >= CHUNK / 4) {
      await this.flush();
      await this.sink(buf);
      return;
    }
    this.pending.push(buf);
    this.pendingLength += buf.length;
    if (this.pendingLength >= CHUNK) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.pending.length) return;
    const chunk = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending, this.pendingLength);
    this.pending = [];
    this.pendingLength = 0;
    await this.sink(chunk);
  }
}

function tooLarge(): Error {
  return new Error('The workbook package would be over 4 GB (Zip64), which is not supported');
}

/** Writes `items` in order as a zip, then the central directory and `comment`. */
export async function writeZip(items: Iterable<ZipItem>, sink: ChunkSink, comment: Buffer = EMPTY): Promise<void> {
  const out = new Output(sink);
  const central: Buffer[] = [];
  for (const item of items) {
    if (item.size > MAX32 - 1 || item.data.length > MAX32 - 1 || out.offset > MAX32 - 1) throw tooLarge();
    // The central record is made before the local header moves the offset on.
    central.push(centralHeader(item, out.offset));
    await out.push(localHeader(item));
    if (Buffer.isBuffer(item.data)) await out.push(item.data);
    else {
      for (const piece of item.data.pieces()) {
        // Handed over now, whatever its size: the next piece reuses its buffer.
        await out.push(piece);
        await out.flush();
      }
    }
  }
  const centralOffset = out.offset;
  let centralSize = 0;
  for (const cen of central) {
    centralSize += cen.length;
    await out.push(cen);
  }
  if (central.length > 0xfffe || centralOffset > MAX32 - 1 || centralSize > MAX32 - 1) throw tooLarge();
  await out.push(endOfCentralDirectory(central.length, centralSize, centralOffset, comment.length));
  if (comment.length) await out.push(comment);
  await out.flush();
}

function localHeader(item: ZipItem): Buffer {
  const local = Buffer.alloc(30 + item.nameBytes.length + item.localExtra.length);
  local.writeUInt32LE(LOCAL, 0);
  local.writeUInt16LE(item.versionNeeded, 4);
  local.writeUInt16LE(item.flags, 6);
  local.writeUInt16LE(item.method, 8);
  local.writeUInt16LE(item.time, 10);
  local.writeUInt16LE(item.date, 12);
  local.writeUInt32LE(item.crc32 >>> 0, 14);
  local.writeUInt32LE(item.data.length, 18);
  local.writeUInt32LE(item.size, 22);
  local.writeUInt16LE(item.nameBytes.length, 26);
  local.writeUInt16LE(item.localExtra.length, 28);
  item.nameBytes.copy(local, 30);
  item.localExtra.copy(local, 30 + item.nameBytes.length);
  return local;
}

/** The central directory record of an item whose local header starts at `offset`. */
function centralHeader(item: ZipItem, offset: number): Buffer {
  const cen = Buffer.alloc(46 + item.nameBytes.length + item.centralExtra.length);
  cen.writeUInt32LE(CENTRAL, 0);
  cen.writeUInt16LE(item.versionMadeBy, 4);
  cen.writeUInt16LE(item.versionNeeded, 6);
  cen.writeUInt16LE(item.flags, 8);
  cen.writeUInt16LE(item.method, 10);
  cen.writeUInt16LE(item.time, 12);
  cen.writeUInt16LE(item.date, 14);
  cen.writeUInt32LE(item.crc32 >>> 0, 16);
  cen.writeUInt32LE(item.data.length, 20);
  cen.writeUInt32LE(item.size, 24);
  cen.writeUInt16LE(item.nameBytes.length, 28);
  cen.writeUInt16LE(item.centralExtra.length, 30);
  // comment length, disk number start: 0
  cen.writeUInt16LE(item.internalAttributes, 36);
  cen.writeUInt32LE(item.externalAttributes >>> 0, 38);
  cen.writeUInt32LE(offset, 42);
  item.nameBytes.copy(cen, 46);
  item.centralExtra.copy(cen, 46 + item.nameBytes.length);
  return cen;
}

function endOfCentralDirectory(count: number, centralSize: number, centralOffset: number, commentLength: number): Buffer {
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(EOCD, 0);
  eocd.writeUInt16LE(count, 8);
  eocd.writeUInt16LE(count, 10);
  eocd.writeUInt32LE(centralSize, 12);
  eocd.writeUInt32LE(centralOffset, 16);
  eocd.writeUInt16LE(commentLength, 20);
  return eocd;
}
