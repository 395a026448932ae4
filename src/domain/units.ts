/** Units (cơ quan, đơn vị), their level and parent district — RULES.md §4. */
import type { Level } from './cases';
import type { DataIssue } from './issues';
import { cleanName, foldText } from './text';

export type LevelSource = 'list' | 'data' | 'inferred' | 'unknown';

export interface UnitInfo {
  name: string;
  level: Level;
  /** The district a commune belongs to; null for provincial units, districts and post-2025 communes. */
  parent: string | null;
  levelSource: LevelSource;
}

/** An entry of the `Danh mục đơn vị` sheet, or a hint carried by the case rows. */
export interface UnitDeclaration {
  name: string;
  level: Level | null;
  parent: string | null;
}

const DISTRICT = /^(ubnd|uy ban nhan dan) (huyen|thi xa|thanh pho|quan)\b/;
const COMMUNE = /^(ubnd|uy ban nhan dan) (xa|phuong|thi tran|dac khu)\b/;
const PROVINCIAL = /^(so|ban|thanh tra tinh|van phong (ubnd|uy ban nhan dan) tinh|cong an tinh|bhxh tinh|bao hiem xa hoi tinh|cuc thue|kho bac|chi cuc)\b/;

/** The level a name's prefix implies, or null when the name says nothing. */
export function inferLevel(name: string): Level | null {
  const f = foldText(name);
  if (COMMUNE.test(f)) return 'Xã';
  if (DISTRICT.test(f)) return 'Huyện';
  if (PROVINCIAL.test(f)) return 'Tỉnh';
  return null;
}

/** Reads a level written by a person: "Tỉnh", "cấp huyện", "Xa", "UBND xã"… */
export function parseLevel(text: string): Level | null {
  const f = foldText(text);
  if (/\b(xa|phuong|thi tran|dac khu)\b/.test(f)) return 'Xã';
  if (/\b(huyen|quan|thi xa|thanh pho)\b/.test(f)) return 'Huyện';
  if (/\b(tinh|so|ban|nganh)\b/.test(f)) return 'Tỉnh';
  return null;
}

/**
 * Resolves every unit's level and parent: the unit list first, then the case columns, then the name.
 * A district named as a commune's parent is matched to a district unit by its folded place name, so
 * "Tuần Giáo", "huyện Tuần Giáo" and "UBND huyện Tuần Giáo" are one district.
 */
export class UnitDirectory {
  private readonly units = new Map<string, UnitInfo>();
  private readonly order: string[] = [];

  constructor(private readonly listed: UnitDeclaration[]) {
    for (const d of listed) this.declare(d, 'list');
  }

  get hasList(): boolean {
    return this.listed.length > 0;
  }

  /** Registers a unit seen in the data; the first declaration of a unit wins. */
  see(decl: UnitDeclaration): UnitInfo {
    return this.units.get(cleanName(decl.name)) ?? this.declare(decl, decl.level ? 'data' : 'inferred');
  }

  get(name: string): UnitInfo | undefined {
    return this.units.get(cleanName(name));
  }

  all(): UnitInfo[] {
    return this.order.map((n) => this.units.get(n)!);
  }

  /** Names that differ only by letter case or diacritics: reported, never merged (RULES.md §4). */
  nearDuplicates(sheet: string): DataIssue[] {
    const byFold = new Map<string, string[]>();
    for (const name of this.order) {
      const key = foldText(name);
      byFold.set(key, [...(byFold.get(key) ?? []), name]);
    }
    return [...byFold.values()]
      .filter((names) => names.length > 1)
      .map((names) => ({
        sheet,
        row: null,
        column: null,
        severity: 'warning' as const,
        message: `Các tên đơn vị gần trùng nhau được tính riêng: ${names.map((n) => `«${n}»`).join(', ')}. Nếu là một đơn vị, hãy sửa cho thống nhất.`,
      }));
  }

  private declare(decl: UnitDeclaration, source: LevelSource): UnitInfo {
    const name = cleanName(decl.name);
    const inferred = inferLevel(name);
    const level = decl.level ?? inferred;
    const info: UnitInfo = {
      name,
      level: level ?? 'Tỉnh',
      parent: decl.parent ? cleanName(decl.parent) : null,
      levelSource: decl.level ? source : inferred ? 'inferred' : 'unknown',
    };
    if (info.level !== 'Xã') info.parent = null;
    this.units.set(name, info);
    this.order.push(name);
    return info;
  }
}

/** The place name inside a district's name: "UBND huyện Tuần Giáo" → "tuan giao". */
export function districtKey(name: string): string {
  return foldText(name)
    .replace(/^(ubnd|uy ban nhan dan)\s+/, '')
    .replace(/^(huyen|thi xa|thanh pho|quan)\s+/, '');
}
