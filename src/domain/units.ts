/** Units (cơ quan, đơn vị), their level and parent district — RULES.md §4. */
import type { Level } from './cases';
import type { DataIssue } from './issues';
import { ENCODING_LABELS, fromLegacyEncoding } from './legacy-encoding';
import { dayFromYmd } from './dates';
import { cleanName, foldText } from './text';

/** From 1 July 2025 communes have no district (two-tier local government, RULES.md §4). */
export const TWO_TIER_FROM = dayFromYmd(2025, 7, 1);

type LevelSource = 'list' | 'data' | 'inferred' | 'unknown';

export interface UnitInfo {
  name: string;
  level: Level;
  /** The district a commune belongs to; null for provincial units, districts and post-2025 communes. */
  parent: string | null;
  levelSource: LevelSource;
}

/** A cell a name was read from, for messages. */
interface NamePlace {
  sheet: string;
  row: number | null;
  column: string | null;
}

/** An entry of the `Danh mục đơn vị` sheet, or a hint carried by the case rows. */
export interface UnitDeclaration {
  name: string;
  level: Level | null;
  parent: string | null;
  /** Where the name was read: its row of the unit list, or the first case row naming the unit. */
  at?: NamePlace;
  /** The column of the parent district on that row. */
  parentColumn?: string | null;
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
  // «Thị xã» is a district-level town: its «xã» must not make it a commune.
  if (/\bthi xa\b/.test(f)) return 'Huyện';
  if (/\b(xa|phuong|thi tran|dac khu)\b/.test(f)) return 'Xã';
  if (/\b(huyen|quan|thi xa|thanh pho)\b/.test(f)) return 'Huyện';
  if (/\b(tinh|so|ban|nganh)\b/.test(f)) return 'Tỉnh';
  return null;
}

/** A note found while resolving names; its place is filled in (with the case sheet) when it is reported. */
interface Note {
  at: NamePlace | undefined;
  message: string;
}

/**
 * Resolves every unit's level and parent: the unit list first, then the case columns, then the name.
 * A district named as a commune's parent is matched to a district unit by its folded place name, so
 * "Tuần Giáo", "huyện Tuần Giáo" and "UBND huyện Tuần Giáo" are one district.
 *
 * Names are read as people type them (RULES.md §4): names typed in TCVN3 or VNI are read back to Unicode;
 * a case-list name that differs from a listed unit only by letter case, spacing or the place of the tone
 * mark («Hòa»/«Hoà») is merged into the listed unit; other near-duplicates are kept apart. Each of these is
 * a note that `nearDuplicates` reports. Each distinct name is resolved once.
 */
export class UnitDirectory {
  private readonly units = new Map<string, UnitInfo>();
  private readonly order: string[] = [];
  /** Every name seen (after cleanName) to its unit: the canonical name, a converted one or a merged one. */
  private readonly resolved = new Map<string, UnitInfo>();
  /** Listed units by spelling (`spellingKey`), the targets of a merge. */
  private readonly listedBySpelling = new Map<string, UnitInfo>();
  private readonly listedUnits = new Set<UnitInfo>();
  /** Where each unit was first named. */
  private readonly places = new Map<UnitInfo, NamePlace | undefined>();
  /** District names read once each: the same TCVN3 district of 20 communes gives one note. */
  private readonly parentNames = new Map<string, string>();
  private readonly notes: Note[] = [];

  constructor(private readonly listed: UnitDeclaration[]) {
    for (const d of listed) {
      const raw = cleanName(d.name);
      if (!raw) continue;
      const name = this.readName(raw, d.at, 'listed');
      const first = this.units.get(name);
      if (first) {
        const where = this.places.get(first)?.row;
        this.notes.push({ at: d.at, message: `Đơn vị «${name}» đã có trong danh mục${where ? ` ở dòng ${where}` : ''}; bỏ qua dòng này.` });
        this.resolved.set(raw, first);
        continue;
      }
      const info = this.declare({ ...d, name }, 'list');
      this.resolved.set(raw, info);
      this.listedUnits.add(info);
      const key = spellingKey(name);
      if (!this.listedBySpelling.has(key)) this.listedBySpelling.set(key, info);
    }
  }

  get hasList(): boolean {
    return this.listed.length > 0;
  }

  /**
   * The unit of a name seen in the data, registered on first sight (the first declaration of a unit wins).
   * Its `name` is the canonical one — converted from TCVN3/VNI, or the listed name the name was merged into
   * — and may differ from `decl.name`.
   */
  see(decl: UnitDeclaration): UnitInfo {
    const raw = cleanName(decl.name);
    const known = this.resolved.get(raw);
    if (known) return known;
    const name = this.readName(raw, decl.at, 'unit');
    let info = this.units.get(name);
    if (!info) {
      const listed = this.listedBySpelling.get(spellingKey(name));
      if (listed) {
        info = listed;
        this.notes.push({
          at: decl.at,
          message: `Tên đơn vị «${name}» chỉ khác tên «${listed.name}» trong danh mục đơn vị${placeText(this.places.get(listed))} ở ${joinVi(differences(name, listed.name))}; đã gộp vào «${listed.name}».`,
        });
      } else {
        info = this.declare({ ...decl, name }, decl.level ? 'data' : 'inferred');
      }
    }
    this.resolved.set(raw, info);
    return info;
  }

  /** The unit of a name, as `see` resolved it. */
  get(name: string): UnitInfo | undefined {
    const raw = cleanName(name);
    return this.units.get(raw) ?? this.resolved.get(raw);
  }

  all(): UnitInfo[] {
    return this.order.map((n) => this.units.get(n)!);
  }

  /**
   * What the user must know about the unit names, each naming its place (`caseSheet` when a name came
   * without one) and how the file was read: names converted from TCVN3/VNI, names merged into a listed unit,
   * repeats in the unit list; then the near-duplicates kept apart — names that differ only by letter case,
   * diacritics, spacing or punctuation (RULES.md §4). `unitListSheet`: where a hint tells the user to declare
   * a unit's right name.
   */
  nearDuplicates(caseSheet: string, unitListSheet: string): DataIssue[] {
    const issue = (at: NamePlace | undefined, message: string): DataIssue => ({
      sheet: at?.sheet ?? caseSheet,
      row: at?.row ?? null,
      column: at?.column ?? null,
      severity: 'warning',
      message,
    });
    const out = this.notes.map((n) => issue(n.at, n.message));
    const byKey = new Map<string, UnitInfo[]>();
    for (const u of this.all()) {
      const key = nearKey(u.name);
      const group = byKey.get(key);
      if (group) group.push(u);
      else byKey.set(key, [u]);
    }
    for (const group of byKey.values()) {
      if (group.length < 2) continue;
      const [first, ...others] = group;
      const kinds = [...new Set(others.flatMap((u) => differences(u.name, first.name)))];
      const named = group.map((u) => `«${u.name}»${placeText(this.places.get(u))}`).join(', ');
      // A name typed only differently from a listed unit is merged into it: say so when it would apply.
      const hint = kinds.every((k) => MERGEABLE.includes(k))
        ? ` Nếu là một đơn vị, hãy sửa tên cho thống nhất, hoặc khai báo tên đúng trong sheet «${unitListSheet}»: tên chỉ khác ${joinVi(MERGEABLE, 'hoặc')} được gộp vào tên trong danh mục.`
        : ' Nếu là một đơn vị, hãy sửa tên cho thống nhất.';
      // The place reported is the first name the data (not the list) gave, the one most likely mistyped.
      const shown = group.find((u) => !this.listedUnits.has(u)) ?? others[0];
      out.push(issue(this.places.get(shown), `Các tên đơn vị gần trùng nhau (khác nhau ở ${joinVi(kinds)}) được tính là các đơn vị riêng: ${named}.${hint}`));
    }
    return out;
  }

  /** A name read back from TCVN3/VNI when it was typed so (with a note), else the name itself. */
  private readName(raw: string, at: NamePlace | undefined, what: 'listed' | 'unit' | 'district'): string {
    const reading = fromLegacyEncoding(raw);
    if (!reading) return raw.includes('\u00AD') ? cleanName(raw.replace(/\u00AD/g, '')) : raw;
    const name = cleanName(reading.text);
    this.notes.push({
      at,
      message:
        `${what === 'district' ? 'Tên huyện' : 'Tên đơn vị'} «${raw}» được gõ bằng bảng mã cũ ${ENCODING_LABELS[reading.encoding]}; ` +
        `đã đọc thành «${name}»${what === 'listed' ? '' : ' ở mọi dòng ghi tên này'}.`,
    });
    return name;
  }

  private readParent(decl: UnitDeclaration): string | null {
    if (!decl.parent) return null;
    const raw = cleanName(decl.parent);
    let name = this.parentNames.get(raw);
    if (name === undefined) {
      const at = decl.at && { ...decl.at, column: decl.parentColumn ?? null };
      this.parentNames.set(raw, (name = this.readName(raw, at, 'district')));
    }
    return name || null;
  }

  private declare(decl: UnitDeclaration, source: LevelSource): UnitInfo {
    const name = decl.name;
    const inferred = inferLevel(name);
    const level = decl.level ?? inferred;
    const info: UnitInfo = {
      name,
      level: level ?? 'Tỉnh',
      parent: null,
      levelSource: decl.level ? source : inferred ? 'inferred' : 'unknown',
    };
    if (info.level === 'Xã') info.parent = this.readParent(decl);
    this.units.set(name, info);
    this.order.push(name);
    this.places.set(info, decl.at);
    return info;
  }
}

/** Where a name was read, as « (sheet «…», dòng 7, cột B)», or nothing when unknown. */
function placeText(at: NamePlace | undefined): string {
  if (!at) return '';
  const parts = [`sheet «${at.sheet}»`, at.row !== null ? `dòng ${at.row}` : '', at.column ? `cột ${at.column}` : ''];
  return ` (${parts.filter(Boolean).join(', ')})`;
}

/** «a», «a và b», «a, b và c». */
function joinVi(items: readonly string[], last = 'và'): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;
const LETTER_MARKS = /[\u0302\u0306\u031B]/;

/**
 * The tone mark of each vowel group put on its first vowel, so the old and new placements («hòa»/«hoà»,
 * «thủy»/«thuỷ») are one spelling. Only for keys: the result is not always the usual spelling.
 */
function canonicalTones(s: string): string {
  let out = '';
  let group = '';
  let tone = '';
  const flush = (): void => {
    if (tone) {
      const first = /^.[\u0302\u0306\u031B]*/.exec(group)![0];
      group = first + tone + group.slice(first.length);
    }
    out += group;
    group = '';
    tone = '';
  };
  for (const ch of s.normalize('NFD')) {
    if (/[aeiouyAEIOUY]/.test(ch)) group += ch;
    else if (group && LETTER_MARKS.test(ch)) group += ch;
    else if (group && TONE_MARKS.test(ch)) tone += ch;
    else {
      flush();
      out += ch;
    }
  }
  flush();
  return out.normalize('NFC');
}

/** Names spelled alike: blind to letter case, spacing and the place of the tone mark. */
function spellingKey(name: string): string {
  return canonicalTones(name.toLowerCase()).replace(/\s+/g, '');
}

/** Names that look alike: blind to case, diacritics (đ = d), spacing and punctuation. */
function nearKey(name: string): string {
  return foldText(name).replace(/[^\p{L}\p{N}]+/gu, '');
}

const CASE = 'chữ hoa/thường';
const SPACING = 'khoảng trắng';
const TONE_PLACE = 'vị trí dấu thanh';
const DIACRITICS = 'dấu';
const PUNCTUATION = 'dấu câu';
/** What a case-list name may differ by and still be merged into a listed unit. */
const MERGEABLE: readonly string[] = [CASE, SPACING, TONE_PLACE];

const lower = (s: string): string => s.toLowerCase();
const noSpace = (s: string): string => s.replace(/\s+/g, '');
const noPunctuation = (s: string): string => s.replace(/[^\p{L}\p{N}\p{M}\s]+/gu, '');
const noDiacritics = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** The ways two names differ: a way counts when the names are still apart with every other way hidden. */
function differences(a: string, b: string): string[] {
  const apart = (...hide: ((s: string) => string)[]): boolean => hide.reduce((t, f) => f(t), a) !== hide.reduce((t, f) => f(t), b);
  const found: string[] = [];
  if (apart(noSpace, noPunctuation, noDiacritics)) found.push(CASE);
  const diacritics = apart(lower, canonicalTones, noSpace, noPunctuation);
  if (diacritics) found.push(DIACRITICS);
  else if (apart(lower, noSpace, noPunctuation)) found.push(TONE_PLACE);
  if (apart(lower, noPunctuation, noDiacritics)) found.push(SPACING);
  if (apart(lower, noSpace, noDiacritics)) found.push(PUNCTUATION);
  return found.length > 0 ? found : ['cách viết'];
}

/** The place name inside a district's name: "UBND huyện Tuần Giáo" → "tuan giao". */
export function districtKey(name: string): string {
  // «Quận» only with its tone: folded, it is also the «Quan» that begins Quan Sơn, Quan Hóa.
  // «Ủy ban» in either tone placement, «Ủy» or «Uỷ».
  const isQuan = /^((ubnd|(?:[uủ]y|uỷ) ban nhân dân)\s+)?quận\s/u.test(name.normalize('NFC').trim().toLowerCase());
  return foldText(name)
    .replace(/^(ubnd|uy ban nhan dan)\s+/, '')
    .replace(isQuan ? /^quan\s+/ : /^(huyen|thi xa|thanh pho)\s+/, '');
}
