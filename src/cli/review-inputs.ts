/**
 * The files a `tthc review` names: files as given, folders expanded to the workbooks directly inside them
 * (not sub-folders; links to files are followed), without Office lock files (`~$…`), macOS resource forks
 * (`._…`) and other hidden files. A spreadsheet of another format in a folder (.xls, .ods…) is listed as
 * unreadable with the fix rather than left out. A file reached twice (a link beside its target) counts once.
 */
import { promises as fs, type Dirent } from 'fs';
import * as path from 'path';
import { MARKER_SHEET } from '../workbook/result-sheets';
import { STATUS_SHEET } from '../workbook/review/consolidated-sheets';
import { XlsxBook } from '../xlsx/read-workbook';
import { fsReason, isFsError } from './fs-errors';
import { existingFileKey } from './output-paths';

interface InputFile {
  path: string;
  /** How sheets and the JSON name the file: its name, or its path when two files share a name. */
  file: string;
  /** Why it cannot be read at all (missing, another format); the batch goes on without it. */
  missing?: string;
  /** Found in a folder rather than named on the command line. */
  listed?: boolean;
}

/** A file found, before it is named; `link`: reached through a symbolic link in a folder. */
type Found = Omit<InputFile, 'file'> & { link?: boolean };

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });
/** Packages the reader reads: workbooks, with or without macros, and templates. */
const READABLE = /\.(xlsx|xlsm|xltx|xltm)$/i;
const OTHER_FORMATS: Readonly<Record<string, string>> = {
  '.xls': 'định dạng Excel cũ (.xls)',
  '.xlsb': 'định dạng nhị phân của Excel (.xlsb)',
  '.ods': 'định dạng OpenDocument (.ods)',
  '.csv': 'tệp văn bản CSV',
};
const isHidden = (name: string): boolean => name.startsWith('~$') || name.startsWith('.');

const otherFormat = (name: string, kind: string): string =>
  `Tệp «${name}» là ${kind}; phần mềm chỉ đọc tệp .xlsx (và .xlsm). Hãy mở bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx («Excel Workbook (*.xlsx)»).`;

/** A folder entry as an input, or null when it is no spreadsheet (a sub-folder, a PDF, a lock file). */
async function folderEntry(folder: string, entry: Dirent): Promise<Found | null> {
  const full = path.join(folder, entry.name);
  const ext = path.extname(entry.name).toLowerCase();
  if (isHidden(entry.name) || (!READABLE.test(entry.name) && !(ext in OTHER_FORMATS))) return null;
  if (entry.isSymbolicLink()) {
    let target;
    try {
      target = await fs.stat(full);
    } catch (e) {
      if (!isFsError(e)) throw e;
      return { path: full, listed: true, missing: `Tệp «${entry.name}» là liên kết tới tệp không mở được: ${fsReason(e)}.` };
    }
    if (!target.isFile()) return null;
  } else if (!entry.isFile()) return null;
  const found = { path: full, listed: true, link: entry.isSymbolicLink() };
  return ext in OTHER_FORMATS ? { ...found, missing: otherFormat(entry.name, OTHER_FORMATS[ext]) } : found;
}

/** Each file once: of a link and its target in the same listing, the target (its own name) is kept. */
async function unique(found: readonly Found[]): Promise<Found[]> {
  const keys = await Promise.all(found.map(async (f) => (await existingFileKey(f.path)) ?? path.resolve(f.path)));
  const chosen = new Map<string, Found>();
  found.forEach((f, i) => {
    const seen = chosen.get(keys[i]);
    if (!seen || (seen.link && !f.link)) chosen.set(keys[i], f);
  });
  return found.filter((f, i) => chosen.get(keys[i]) === f);
}

export async function expandInputs(inputs: readonly string[]): Promise<InputFile[]> {
  const found: Found[] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch (e) {
      if (!isFsError(e)) throw e;
      found.push({ path: input, missing: `Không mở được «${input}»: ${fsReason(e)}.` });
      continue;
    }
    if (!stat.isDirectory()) {
      found.push({ path: input });
      continue;
    }
    let entries: Dirent[];
    try {
      entries = (await fs.readdir(input, { withFileTypes: true })).sort((a, b) => collator.compare(a.name, b.name));
    } catch (e) {
      if (!isFsError(e)) throw e;
      found.push({ path: input, missing: `Không mở được thư mục «${input}»: ${fsReason(e)}.` });
      continue;
    }
    for (const entry of entries) {
      const file = await folderEntry(input, entry);
      if (file) found.push(file);
    }
  }
  const files = await unique(found);
  const names = files.map((f) => path.basename(f.path));
  return files.map(({ link: _, ...f }, i) => ({ ...f, file: names.indexOf(names[i]) === names.lastIndexOf(names[i]) ? names[i] : path.relative(process.cwd(), f.path) }));
}

/** Whether `file` is a consolidated workbook this command wrote (its status sheet and our marker sheet). */
async function isEarlierResult(file: string): Promise<boolean> {
  try {
    const names = XlsxBook.open(await fs.readFile(file), path.basename(file)).sheets.map((s) => s.name);
    return names.includes(STATUS_SHEET) && names.includes(MARKER_SHEET);
  } catch {
    return false;
  }
}

/**
 * The files without `out` when a folder listed it and it is this command's earlier result: a re-run into
 * the same folder neither reviews it nor is stopped by it. Anything else at that path is an input, and
 * the outputs check refuses to overwrite it.
 */
export async function withoutEarlierResult(files: readonly InputFile[], out: string): Promise<InputFile[]> {
  const key = await existingFileKey(out);
  if (key === null) return [...files];
  const kept: InputFile[] = [];
  for (const f of files) {
    if (f.listed && (await existingFileKey(f.path)) === key && (await isEarlierResult(f.path))) continue;
    kept.push(f);
  }
  return kept;
}
