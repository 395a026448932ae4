/** Built-in profile copies with national-index settings changed, loaded (and so validated) like a user's file. */
import dienbien1187 from '../../../src/domain/scoring/profiles/dienbien-1187.json';
import { loadProfile, type NationalIndexRules, type RulesProfile } from '../../../src/domain/scoring';

export function withNationalIndex(edit: (rules: NationalIndexRules) => void): RulesProfile {
  const input = structuredClone(dienbien1187) as unknown as RulesProfile;
  edit(input.nationalIndex);
  return loadProfile(input);
}
