/** How reports group units: provincial units, then each district with its communes (RULES.md §4). */
import { districtKey } from './units';

export interface Grouped {
  name: string;
  level: 'Tỉnh' | 'Huyện' | 'Xã';
  parent: string | null;
}

interface DistrictBlock<T extends Grouped> {
  /** The district's display name: its unit's name, or the parent name the communes give. */
  title: string;
  district: T | null;
  communes: T[];
}

interface UnitGroups<T extends Grouped> {
  provincial: T[];
  districts: DistrictBlock<T>[];
  /** Communes with no district: normal after the 1 July 2025 reform (two-tier local government). */
  communesWithoutDistrict: T[];
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Groups units; sorts by Vietnamese collation unless the caller's order (the unit list's) must be kept. */
export function groupUnits<T extends Grouped>(units: readonly T[], keepOrder: boolean): UnitGroups<T> {
  const sorted = keepOrder ? [...units] : [...units].sort((a, b) => collator.compare(a.name, b.name));
  const blocks = new Map<string, DistrictBlock<T>>();
  const block = (key: string, title: string): DistrictBlock<T> => {
    let b = blocks.get(key);
    if (!b) blocks.set(key, (b = { title, district: null, communes: [] }));
    return b;
  };
  const provincial: T[] = [];
  const orphans: T[] = [];
  for (const u of sorted) {
    if (u.level === 'Tỉnh') provincial.push(u);
    else if (u.level === 'Huyện') {
      const b = block(districtKey(u.name), u.name);
      b.district = u;
      b.title = u.name;
    } else if (u.parent) block(districtKey(u.parent), u.parent).communes.push(u);
    else orphans.push(u);
  }
  return { provincial, districts: [...blocks.values()], communesWithoutDistrict: orphans };
}
