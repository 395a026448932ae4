/**
 * A minimal read-only ZIP reader over a Buffer: the central directory gives each entry's place, and entries
 * are inflated by Node's native zlib — several times faster than a JavaScript inflater — either at once
 * (small parts) or in chunks (worksheets, so that a 100 MB sheet part never sits in memory whole).
 * Only what .xlsx packages use is supported: stored and deflated entries, with or without Zip64 records.
 * Every entry read is checked against the central directory's CRC-32 and size, so a damaged part is
 * refused rather than read as whatever its bytes inflate to.
 */
import { constants } from 'buffer';
import { crc32, createInflateRaw, inflateRawSync } from 'zlib';

/** A package that is not a readable zip (truncated, damaged, encrypted entries, unknown compression). */
export class ZipError extends Error {}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
  flags: number;
  /** What the writer needs to copy the entry as it was (src/xlsx/zip-writer.ts). */
  crc32: number;
  versionMadeBy: number;
  versionNeeded: number;
  time: number;
  date: number;
  internalAttributes: number;
  externalAttributes: number;
  /** The name as stored (CP437 or UTF-8 per flag bit 11), and the central directory's extra field. */
  nameBytes: Buffer;
  centralExtra: Buffer;
}

/** The zip's bytes kept elsewhere than in memory (the input file), read by position. */
export interface ByteSource {
  readonly length: number;
  /** `length` bytes from `position`, into the start of `into` when given (and then a view of it). */
  read(position: number, length: number, into?: Buffer): Buffer;
  /** The error to throw when the bytes read back are not those read first (the file was changed). */
  changed(): Error;
}

/**
 * An entry's data as stored: in memory, or read from a ByteSource piece by piece as it is written — the
 * pieces share one buffer, so each is valid only until the next is taken.
 */
export type StoredData = Buffer | { readonly length: number; pieces(): Iterable<Buffer> };

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

/** Chunk size of streamed inflation. */
const CHUNK = 256 * 1024;

const truncated = (entry: ZipEntry): ZipError => new ZipError(`phần «${entry.name}» bị cắt cụt`);

function findEocd(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - MAX_COMMENT);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  throw new ZipError('thiếu mục lục ở cuối tệp nén (tệp có thể bị cắt cụt khi tải về hoặc sao chép)');
}

export class ZipReader {
  private readonly entries = new Map<string, ZipEntry>();
  /** Entries in central directory order. */
  readonly list: ZipEntry[] = [];
  /** The archive comment, as stored. */
  readonly comment: Buffer;
  /** Entries read whole and found intact. */
  private readonly verified = new Set<ZipEntry>();

  /** The zip's bytes, until `release` hands reading over to `source`. */
  private buf: Buffer | null;
  private source: ByteSource | null = null;
  /** Per entry, the CRC-32 of its stored (compressed) bytes as first read; set by `release`. */
  private readonly storedCrc = new Map<ZipEntry, number>();

  constructor(buf: Buffer) {
    this.buf = buf;
    const eocd = findEocd(buf);
    // Fields kept from the directory are copies: views would keep the whole buffer alive after `release`.
    this.comment = Buffer.from(buf.subarray(eocd + 22, Math.min(buf.length, eocd + 22 + buf.readUInt16LE(eocd + 20))));
    let count = buf.readUInt16LE(eocd + 10);
    let size = buf.readUInt32LE(eocd + 12);
    let offset = buf.readUInt32LE(eocd + 16);
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
      const locator = eocd - 20;
      if (locator < 0 || buf.readUInt32LE(locator) !== EOCD64_LOCATOR) throw new ZipError('mục lục Zip64 không hợp lệ');
      const at = Number(buf.readBigUInt64LE(locator + 8));
      if (at + 56 > buf.length || buf.readUInt32LE(at) !== EOCD64) throw new ZipError('mục lục Zip64 không hợp lệ');
      count = Number(buf.readBigUInt64LE(at + 32));
      size = Number(buf.readBigUInt64LE(at + 40));
      offset = Number(buf.readBigUInt64LE(at + 48));
    }
    if (offset + size > buf.length) throw new ZipError('mục lục của tệp nén trỏ ra ngoài tệp (tệp có thể bị cắt cụt)');
    let p = offset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipError('mục lục của tệp nén bị hỏng');
      const flags = buf.readUInt16LE(p + 8);
      const method = buf.readUInt16LE(p + 10);
      let compressedSize = buf.readUInt32LE(p + 20);
      let entrySize = buf.readUInt32LE(p + 24);
      const nameLength = buf.readUInt16LE(p + 28);
      const extraLength = buf.readUInt16LE(p + 30);
      const commentLength = buf.readUInt16LE(p + 32);
      let localHeaderOffset = buf.readUInt32LE(p + 42);
      // Zip names are CP437 unless bit 11 says UTF-8; OOXML part names are ASCII either way.
      const name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength);
      if (entrySize === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
        let e = p + 46 + nameLength;
        const end = e + extraLength;
        while (e + 4 <= end) {
          const id = buf.readUInt16LE(e);
          const len = buf.readUInt16LE(e + 2);
          if (id === 0x0001) {
            let q = e + 4;
            if (entrySize === 0xffffffff) {
              entrySize = Number(buf.readBigUInt64LE(q));
              q += 8;
            }
            if (compressedSize === 0xffffffff) {
              compressedSize = Number(buf.readBigUInt64LE(q));
              q += 8;
            }
            if (localHeaderOffset === 0xffffffff) localHeaderOffset = Number(buf.readBigUInt64LE(q));
          }
          e += 4 + len;
        }
      }
      const entry: ZipEntry = {
        name, method, compressedSize, size: entrySize, localHeaderOffset, flags,
        crc32: buf.readUInt32LE(p + 16),
        versionMadeBy: buf.readUInt16LE(p + 4),
        versionNeeded: buf.readUInt16LE(p + 6),
        time: buf.readUInt16LE(p + 12),
        date: buf.readUInt16LE(p + 14),
        internalAttributes: buf.readUInt16LE(p + 36),
        externalAttributes: buf.readUInt32LE(p + 38),
        nameBytes: Buffer.from(buf.subarray(p + 46, p + 46 + nameLength)),
        centralExtra: Buffer.from(buf.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength)),
      };
      this.entries.set(name.toLowerCase(), entry);
      this.list.push(entry);
      p += 46 + nameLength + extraLength + commentLength;
    }
  }

  /** The entry at `path` (OPC part names compare case-insensitively; a leading '/' is ignored). */
  entry(path: string): ZipEntry | undefined {
    return this.entries.get(path.replace(/^\//, '').toLowerCase());
  }

  has(path: string): boolean {
    return this.entry(path) !== undefined;
  }

  /**
   * From now on the zip's bytes are read from `source` (the same bytes, the file the buffer was read from),
   * so the buffer can be let go: an entry copied as stored is then read piece by piece as it is written.
   */
  release(source: ByteSource): void {
    if (source.length !== this.size) throw source.changed();
    // Each entry's stored bytes are checked when read back (`stored`): a file changed since is refused.
    for (const entry of this.list) {
      const { start, end } = this.dataRange(entry);
      if (end <= this.size) this.storedCrc.set(entry, crc32(this.bytes(start, end)));
    }
    this.buf = null;
    this.source = source;
  }

  private get size(): number {
    return this.buf ? this.buf.length : this.source!.length;
  }

  /** Bytes [start, end) of the zip, both within it. */
  private bytes(start: number, end: number): Buffer {
    return this.buf ? this.buf.subarray(start, end) : this.source!.read(start, end - start);
  }

  /** The entry's data as stored (compressed, unchecked), and its local header's extra field. */
  stored(entry: ZipEntry): { data: StoredData; localExtra: Buffer } {
    const { start, end, extraAt } = this.dataRange(entry);
    if (end > this.size) throw truncated(entry);
    const localExtra = this.bytes(extraAt, start);
    const source = this.source;
    if (!source) return { data: this.bytes(start, end), localExtra };
    const expected = this.storedCrc.get(entry);
    const pieces = function* (): Generator<Buffer> {
      // One buffer for all: 14–21 MB of pieces would otherwise pile up as memory outside the heap that
      // only a collection frees, at the end of the run where the heap is largest.
      const into = Buffer.allocUnsafe(Math.min(CHUNK, end - start));
      let crc = 0;
      for (let p = start; p < end; p += CHUNK) {
        const piece = source.read(p, Math.min(CHUNK, end - p), into);
        crc = crc32(piece, crc);
        // Checked before the last piece is handed out, so the write fails and no output is kept (atomic-write.ts).
        if (p + CHUNK >= end && crc !== expected) throw source.changed();
        yield piece;
      }
    };
    return { data: { length: end - start, pieces }, localExtra };
  }

  /** Where the entry's stored data lies, after its local header (`end` may lie past the zip's end). */
  private dataRange(entry: ZipEntry): { start: number; end: number; extraAt: number } {
    const at = entry.localHeaderOffset;
    const header = at + 30 > this.size ? null : this.bytes(at, at + 30);
    if (!header || header.readUInt32LE(0) !== LOCAL) {
      // Read back from the source, a header found sound before means the file was changed since.
      throw this.source ? this.source.changed() : new ZipError(`phần «${entry.name}» bị hỏng`);
    }
    const extraAt = at + 30 + header.readUInt16LE(26);
    const start = extraAt + header.readUInt16LE(28);
    return { start, end: start + entry.compressedSize, extraAt };
  }

  private raw(entry: ZipEntry): Buffer {
    const { start, end } = this.dataRange(entry);
    if (entry.flags & 0x1) throw new ZipError(`phần «${entry.name}» được mã hóa`);
    if (end > this.size) throw truncated(entry);
    if (entry.method !== 0 && entry.method !== 8) throw new ZipError(`phần «${entry.name}» dùng kiểu nén ${entry.method} không hỗ trợ`);
    return this.bytes(start, end);
  }

  private check(entry: ZipEntry, crc: number, size: number): void {
    if (size > entry.size) throw new ZipError(`phần «${entry.name}» bị hỏng (giải nén ra nhiều hơn ${entry.size} byte mà mục lục của tệp nén ghi)`);
    if (size < entry.size) throw new ZipError(`phần «${entry.name}» bị hỏng (giải nén được ${size} byte, mục lục của tệp nén ghi ${entry.size} byte)`);
    if (crc !== entry.crc32) throw new ZipError(`phần «${entry.name}» bị hỏng (mã kiểm tra CRC-32 không khớp)`);
    this.verified.add(entry);
  }

  /** The whole entry, inflated and checked (for small parts). */
  read(path: string): Buffer {
    const entry = this.entry(path);
    if (!entry) throw new ZipError(`thiếu phần «${path}»`);
    const raw = this.raw(entry);
    let data = raw;
    if (entry.method !== 0) {
      try {
        // One byte over the stated size is enough to see that it is wrong, and stops a zip bomb.
        data = inflateRawSync(raw, { maxOutputLength: Math.min(constants.MAX_LENGTH, entry.size + 1) });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') this.check(entry, 0, entry.size + 1);
        throw new ZipError(`phần «${entry.name}» bị hỏng (${(e as Error).message})`);
      }
    }
    this.check(entry, crc32(data), data.length);
    return data;
  }

  text(path: string): string {
    return this.read(path).toString('utf8').replace(/^\uFEFF/, '');
  }

  /** The entry inflated chunk by chunk; checked when the last chunk has been taken. */
  chunks(path: string): AsyncGenerator<Buffer> {
    const entry = this.entry(path);
    if (!entry) throw new ZipError(`thiếu phần «${path}»`);
    return this.entryChunks(entry);
  }

  /**
   * Checks every entry not yet read, so that damage in a part nobody reads is found too; `skip` leaves out
   * entries to be checked later (when read, or by a later call).
   */
  async verifyAll(skip?: (entry: ZipEntry) => boolean): Promise<void> {
    for (const entry of this.list) {
      if (this.verified.has(entry) || skip?.(entry)) continue;
      const chunks = this.entryChunks(entry);
      while (!(await chunks.next()).done);
    }
  }

  private async *entryChunks(entry: ZipEntry): AsyncGenerator<Buffer> {
    const raw = this.raw(entry);
    let crc = 0;
    let size = 0;
    if (entry.method === 0) {
      for (let i = 0; i < raw.length; i += CHUNK) {
        const chunk = raw.subarray(i, i + CHUNK);
        crc = crc32(chunk, crc);
        yield chunk;
      }
      this.check(entry, crc, raw.length);
      return;
    }
    const inflate = createInflateRaw({ chunkSize: CHUNK });
    inflate.end(raw);
    try {
      for await (const chunk of inflate) {
        size += (chunk as Buffer).length;
        if (size > entry.size) break; // more than stated: reported below, without inflating the rest
        crc = crc32(chunk as Buffer, crc);
        yield chunk as Buffer;
      }
    } catch (e) {
      throw new ZipError(`phần «${entry.name}» bị hỏng (${(e as Error).message})`);
    }
    this.check(entry, crc, size);
  }
}
