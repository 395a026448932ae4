/** Writes a file so that a failure never leaves a half-written one: a temporary file, then a rename. */
import { promises as fs } from 'fs';
import * as path from 'path';

export async function writeFileAtomic(target: string, data: Buffer | string): Promise<void> {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  await fs.mkdir(path.dirname(target), { recursive: true });
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
