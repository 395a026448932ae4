/** `--profile`: a name that is neither built in nor a file, and a path that exists but cannot be read, are told apart. */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { resolveProfile } from '../../src/cli/load-profile';

const dir = mkdtempSync(path.join(tmpdir(), 'tthc-profile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('«no such profile» for an unknown name, «cannot read it» for a folder', async () => {
  await expect(resolveProfile('dienbien-1188')).rejects.toThrow('Không có bộ quy tắc «dienbien-1188»: dùng dienbien-1187 hoặc tt01-2018, hoặc đường dẫn tới tệp .json.');
  await expect(resolveProfile(dir)).rejects.toThrow(`Không đọc được tệp bộ quy tắc «${dir}»: `);
});
