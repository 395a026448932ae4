/** Opens a file in LibreOffice headless and converts it: the proof a real spreadsheet program accepts it. */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';

export function convertWithLibreOffice(file: string, format: 'pdf' | 'csv', outDir: string): string {
  // A private profile per call, so parallel test workers never fight over one.
  const profile = mkdtempSync(path.join(tmpdir(), 'lo-profile-'));
  const r = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, file],
    { encoding: 'utf8', timeout: 120_000 },
  );
  const target = path.join(outDir, `${path.basename(file, path.extname(file))}.${format}`);
  if (r.status !== 0 || !existsSync(target)) {
    throw new Error(`LibreOffice failed (${r.status}): ${r.stderr || r.stdout || r.error}`);
  }
  return target;
}
