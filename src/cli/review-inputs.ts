/**
 * The files a `tthc review` names: files as given, folders expanded to the .xlsx files directly inside
 * them (not sub-folders), without Office lock files (`~$…`), macOS resource forks (`._…`), other hidden
 * files, or the outputs of this very run (a re-run into the same folder must not review its own result).
 */
import { promises as fs } from 'fs';
import * as path from 'path';

export interface InputFile {
  path: string;
  /** How sheets and the JSON name the file: its name, or its path when two files share a name. */
  file: string;
  /** Why it cannot even be opened (does not exist); the batch goes on without it. */
  missing?: string;
}

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });
const isWorkbookName = (name: string): boolean => /\.xlsx$/i.test(name) && !name.startsWith('~$') && !name.startsWith('.');

export async function expandInputs(inputs: readonly string[], outputs: readonly string[]): Promise<InputFile[]> {
  const skip = new Set(outputs.map((p) => path.resolve(p)));
  const found: { path: string; missing?: string }[] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      found.push({ path: input, missing: code === 'ENOENT' ? `Tệp «${input}» không tồn tại.` : `Không mở được «${input}»: ${(e as Error).message}.` });
      continue;
    }
    if (!stat.isDirectory()) {
      found.push({ path: input });
      continue;
    }
    const entries = await fs.readdir(input, { withFileTypes: true });
    const names = entries.filter((e) => e.isFile() && isWorkbookName(e.name)).map((e) => e.name).sort(collator.compare);
    found.push(...names.map((name) => ({ path: path.join(input, name) })));
  }
  const seen = new Set<string>();
  const unique = found.filter((f) => {
    const key = path.resolve(f.path);
    if (skip.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const names = unique.map((f) => path.basename(f.path));
  return unique.map((f, i) => ({ ...f, file: names.indexOf(names[i]) === names.lastIndexOf(names[i]) ? names[i] : path.relative(process.cwd(), f.path) }));
}
