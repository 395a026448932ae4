/**
 * A run's outputs, checked before anything is written: each names a file (not a folder or a device), none
 * is an input — compared as files, so a link to an input or another spelling of its path (letter case on
 * Windows and macOS) is caught — and no two are the same file.
 */
import { promises as fs, type BigIntStats } from 'fs';
import * as path from 'path';
import { InputError } from '../workbook/input-error';
import { fsReason, isFsError } from './fs-errors';

export interface NamedPath {
  /** The option (--out, --json). */
  flag: string;
  path: string;
}

/** What identifies an existing file: its device and inode. */
const existingKey = (st: BigIntStats): string => `${st.dev}:${st.ino}`;

/** The identity of the file at `p` (through links), or null when there is none. */
export async function existingFileKey(p: string): Promise<string | null> {
  const st = await fs.stat(p, { bigint: true }).catch(() => null);
  return st ? existingKey(st) : null;
}

/**
 * What identifies a file not written yet: its full path, `..` resolved as the writer resolves it
 * (atomic-write.ts), in its folder's real path.
 */
async function nameKey(p: string): Promise<string> {
  const resolved = path.resolve(p);
  const folder = await fs.realpath(path.dirname(resolved)).catch(() => path.dirname(resolved));
  return `name:${path.join(folder, path.basename(resolved))}`;
}

async function outputKey(o: NamedPath): Promise<string> {
  let st: BigIntStats;
  try {
    st = await fs.stat(o.path, { bigint: true });
  } catch (e) {
    if (!isFsError(e)) throw e;
    if (e.code === 'ENOENT') return nameKey(o.path);
    throw new InputError(`Không ghi được ${o.flag} «${o.path}»: ${fsReason(e)}.`);
  }
  if (st.isDirectory()) throw new InputError(`${o.flag} «${o.path}» là một thư mục: hãy ghi đường dẫn của một tệp (trong thư mục đó hoặc nơi khác).`);
  if (!st.isFile()) throw new InputError(`${o.flag} «${o.path}» không phải tệp thông thường (thiết bị, ống dẫn…): hãy chọn một tệp để ghi kết quả.`);
  return existingKey(st);
}

/** Refuses outputs that are an input (an existing file among `inputs`), a folder, a device, or each other. */
export async function checkOutputs(inputs: readonly string[], outputs: readonly NamedPath[]): Promise<void> {
  const inputKeys = new Map<string, string>();
  for (const input of inputs) {
    // An input that can't be opened is reported when it is read.
    const key = await existingFileKey(input);
    if (key) inputKeys.set(key, input).set(await nameKey(input), input);
  }
  const seen = new Map<string, NamedPath>();
  for (const o of outputs) {
    const key = await outputKey(o);
    const input = inputKeys.get(key);
    if (input !== undefined) {
      throw new InputError(`Tệp kết quả ${o.flag} «${o.path}» phải khác tệp đầu vào «${input}» (đây là cùng một tệp): tệp gốc không bao giờ bị ghi đè.`);
    }
    // Two outputs not written yet are one on Windows and macOS when their names differ only in letter case.
    const pairKey = key.startsWith('name:') ? key.toLowerCase() : key;
    const other = seen.get(pairKey);
    if (other) throw new InputError(`${other.flag} «${other.path}» và ${o.flag} «${o.path}» là cùng một tệp: mỗi tệp kết quả phải có tên riêng.`);
    seen.set(pairKey, o);
  }
}

const KINDS: Readonly<Record<string, string>> = {
  '.xlsx': 'bảng tính Excel',
  '.xlsm': 'bảng tính có macro',
  '.xltx': 'mẫu bảng tính',
  '.xltm': 'mẫu bảng tính có macro',
};

/**
 * Excel opens a package only under the extension of its kind: a workbook with macros named .xlsx is
 * refused as damaged. `wanted` is the package's extension; `source` says where the kind comes from.
 */
export function checkExtension(o: NamedPath, wanted: string, source: string): void {
  const ext = path.extname(o.path);
  if (ext.toLowerCase() === wanted) return;
  const suggestion = path.join(path.dirname(o.path), path.basename(o.path, ext) + wanted);
  throw new InputError(
    `Tệp kết quả ${o.flag} «${o.path}» phải có đuôi ${wanted}: ${source} là ${KINDS[wanted] ?? 'bảng tính'}, và Excel không mở tệp loại này mang đuôi ${ext || '(không đuôi)'}. Hãy dùng ${o.flag} «${suggestion}».`,
  );
}
