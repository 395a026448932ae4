/**
 * The input file read again by position while the output is written (the untouched parts are copied from
 * it as stored), so that its bytes — 18–21 MB at 200 000 cases — need not stay in memory while the result
 * sheets are built (peak memory, bench/RESULTS.md). A file changed since it was read is refused, never
 * copied from: its size and modification time are checked on every read, and each part's bytes against
 * what was read first (ZipReader.release).
 */
import { closeSync, fstatSync, openSync, readSync } from 'fs';
import { InputError } from '../workbook/errors';
import type { ByteSource } from './zip';

export class FileBytes implements ByteSource {
  private fd: number | null;

  private constructor(
    fd: number,
    readonly length: number,
    private readonly modified: number,
    private readonly shown: string,
  ) {
    this.fd = fd;
  }

  /** Opens `file` (shown in messages as `shown`); `close` when the output is written. */
  static open(file: string, shown: string): FileBytes {
    const fd = openSync(file, 'r');
    const st = fstatSync(fd);
    return new FileBytes(fd, st.size, st.mtimeMs, shown);
  }

  read(position: number, length: number, into?: Buffer): Buffer {
    const fd = this.fd;
    // A programming error: read after close.
    if (fd === null) throw new Error(`FileBytes: «${this.shown}» is closed`);
    const st = fstatSync(fd);
    if (st.size !== this.length || st.mtimeMs !== this.modified) throw this.changed();
    const out = into ? into.subarray(0, length) : Buffer.allocUnsafe(length);
    for (let got = 0; got < length; ) {
      const n = readSync(fd, out, got, length - got, position + got);
      if (n === 0) throw this.changed();
      got += n;
    }
    return out;
  }

  changed(): Error {
    return new InputError(`Tệp «${this.shown}» đã bị thay đổi trong lúc chấm điểm; không ghi kết quả. Đóng tệp trong các chương trình khác rồi chạy lại.`);
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
