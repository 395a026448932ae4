/** Writes a file so that a failure never leaves a half-written one: a temporary file, then a rename. */
import { promises as fs } from 'fs';
import * as path from 'path';

export async function writeFileAtomic(target: string, data: Buffer | string): Promise<void> {
  await writeFileAtomicWith(target, (file) => file.writeFile(data));
}

/** The same, the content written by `write` to the open temporary file (e.g. chunk by chunk). */
export async function writeFileAtomicWith(target: string, write: (file: fs.FileHandle) => Promise<void>): Promise<void> {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  await fs.mkdir(path.dirname(target), { recursive: true });
  let file: fs.FileHandle | undefined;
  try {
    file = await fs.open(tmp, 'wx');
    await write(file);
    await file.close();
    file = undefined;
    await fs.rename(tmp, target);
  } catch (e) {
    await file?.close().catch(() => undefined);
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
