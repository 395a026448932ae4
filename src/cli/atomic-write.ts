/**
 * Writes a run's output files all or none: each goes to a temporary file beside it, and they are renamed
 * into place only once every one is complete. A failure (disk full, no permission) leaves no output and no
 * temporary file behind, and a file-system failure is reported in Vietnamese with the path.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { InputError } from '../workbook/input-error';
import { fsReason, isFsError } from './fs-errors';

export interface OutputFile {
  path: string;
  /** The option that names it (--out, --json), for messages. */
  flag: string;
  /** Writes the content to the open temporary file (e.g. chunk by chunk). */
  write: (file: fs.FileHandle) => Promise<void>;
}

/** A `write` for content already in memory. */
export const contentOf = (data: Buffer | string) => (file: fs.FileHandle): Promise<void> => file.writeFile(data);

export async function writeOutputs(outputs: readonly OutputFile[]): Promise<void> {
  const temps: string[] = [];
  const placed: string[] = [];
  let current = outputs[0];
  try {
    for (const o of outputs) {
      current = o;
      // `..` resolved in the path, not by the system: where the outputs check (output-paths.ts) looked.
      const target = path.resolve(o.path);
      const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
      await fs.mkdir(path.dirname(target), { recursive: true });
      const file = await fs.open(tmp, 'wx');
      temps.push(tmp);
      try {
        await o.write(file);
      } catch (e) {
        await file.close().catch(() => undefined);
        throw e;
      }
      await file.close();
    }
    for (const [i, o] of outputs.entries()) {
      current = o;
      await fs.rename(temps[i], path.resolve(o.path));
      placed.push(path.resolve(o.path));
    }
  } catch (e) {
    // An output already renamed into place goes too: never one output without the other.
    await Promise.all([...temps, ...placed].map((p) => fs.rm(p, { force: true })));
    if (isFsError(e)) throw new InputError(`Không ghi được ${current.flag} «${current.path}»: ${fsReason(e)}. Không có tệp kết quả nào được ghi.`);
    throw e;
  }
}
