/** `--profile`: a built-in profile's name, or a JSON file holding one (validated; never code). */
import { promises as fs } from 'fs';
import { BUILT_IN_PROFILES, builtInProfile, DEFAULT_PROFILE, loadProfile, ProfileError, type BuiltInProfileName, type RulesProfile } from '../domain/scoring';
import { InputError } from '../workbook/input-error';
import { fsReason, isFsError } from './fs-errors';

export async function resolveProfile(arg: string | undefined): Promise<RulesProfile> {
  const name = arg ?? DEFAULT_PROFILE;
  if ((BUILT_IN_PROFILES as readonly string[]).includes(name)) return builtInProfile(name as BuiltInProfileName);
  let text: string;
  try {
    text = await fs.readFile(name, 'utf8');
  } catch (e) {
    if (!isFsError(e)) throw e;
    // A file that exists but cannot be read (a folder, no permission) is not «no such profile».
    if (e.code !== 'ENOENT' && e.code !== 'ENOTDIR') throw new InputError(`Không đọc được tệp bộ quy tắc «${name}»: ${fsReason(e)}.`);
    throw new InputError(`Không có bộ quy tắc «${name}»: dùng ${BUILT_IN_PROFILES.join(' hoặc ')}, hoặc đường dẫn tới tệp .json.`);
  }
  try {
    return loadProfile(JSON.parse(text));
  } catch (e) {
    if (e instanceof SyntaxError) throw new InputError(`Tệp bộ quy tắc «${name}» không phải JSON hợp lệ: ${e.message}`);
    if (e instanceof ProfileError) throw new InputError(`Tệp bộ quy tắc «${name}» không hợp lệ: ${e.message}`);
    throw e;
  }
}
