/** Classification of a unit's rounded total by the profile's bands (TT 01 15.3.b). */
import type { RulesProfile } from './profile-types';

export function classify(total: number, profile: RulesProfile): string {
  const { bands, otherwise } = profile.classification;
  return bands.find((band) => total >= band.atLeast)?.label ?? otherwise;
}
