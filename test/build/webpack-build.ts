/** Builds the add-in with webpack (as `npm run build` does) into a folder, in a child process. */
import { execFile } from 'child_process';
import * as path from 'path';
import { promisify } from 'util';

const ROOT = path.resolve(__dirname, '../..');
/** The https base a production build needs (ADDIN_PUBLIC_URL); the tests serve dist/ elsewhere. */
export const TEST_PUBLIC_URL = 'https://tthc.example.gov.vn/addin/';

export async function buildAddin(mode: 'production' | 'development', outDir: string): Promise<void> {
  const cli = require.resolve('webpack-cli/bin/cli.js');
  await promisify(execFile)(process.execPath, [cli, '--mode', mode, '--output-path', outDir, '--stats', 'errors-warnings'], {
    cwd: ROOT,
    env: { ...process.env, ADDIN_PUBLIC_URL: TEST_PUBLIC_URL },
    maxBuffer: 16 * 1024 * 1024,
  }).catch((e: { stdout?: string; stderr?: string; message: string }) => {
    throw new Error(`webpack build failed: ${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  });
}
