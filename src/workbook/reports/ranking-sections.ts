/**
 * The groups of the ranking appendix (seed 002): provincial departments, districts, then communes per
 * district; units ordered by rank within a group, and the report's sentences counting them.
 */
import { groupUnits, type Grouped } from '../../domain/grouping';
import type { RulesProfile, UnitScore } from '../../domain/scoring';
import type { CellStyle } from '../sheet-model';
import { cell, type SheetBuilder, STYLES } from './sheet-builder';

/** A score with the unit's district, when known, so communes can be grouped under it. */
export type RankedUnit = UnitScore & { parent?: string | null };

/** What sections need of a unit (a 1187 score or a national-index result): level, district, rank in the level. */
type SectionedUnit = Omit<Grouped, 'parent'> & { parent?: string | null; rank: number | null };

export interface RankingSection<T extends SectionedUnit = RankedUnit> {
  title: string;
  /** How the report names the section's units: "16/19 cơ quan, đơn vị", "09/10 đơn vị". */
  noun: string;
  blocks: { title: string | null; units: T[] }[];
}

export function rankingSections<T extends SectionedUnit>(scores: readonly T[], keepOrder: boolean): RankingSection<T>[] {
  const groups = groupUnits(scores.map((s) => ({ ...s, parent: s.parent ?? null })), keepOrder);
  const sections: RankingSection<T>[] = [];
  if (groups.provincial.length) {
    sections.push({ title: 'CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH', noun: 'cơ quan, đơn vị', blocks: [{ title: null, units: byRank(groups.provincial) }] });
  }
  const districts = groups.districts.flatMap((d) => (d.district ? [d.district] : []));
  if (districts.length) {
    sections.push({ title: 'UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ', noun: 'đơn vị', blocks: [{ title: null, units: byRank(districts) }] });
  }
  // The assertion widens the inferred element type: a block without a district (pushed below) has no title.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  const communes = groups.districts.filter((d) => d.communes.length).map((d) => ({ title: d.title as string | null, units: byRank(d.communes) }));
  const twoTier = groups.districts.length === 0; // after 1 July 2025 communes have no district (RULES.md §4)
  if (groups.communesWithoutDistrict.length) {
    communes.push({ title: twoTier ? null : 'Đơn vị cấp xã chưa xác định huyện', units: byRank(groups.communesWithoutDistrict) });
  }
  if (communes.length) {
    sections.push({ title: twoTier ? 'UBND CÁC XÃ, PHƯỜNG, ĐẶC KHU' : 'UBND CÁC XÃ, PHƯỜNG, THỊ TRẤN', noun: 'đơn vị', blocks: communes });
  }
  return sections;
}

/** Ranked units by rank, then the unranked in their listed order (sort is stable). */
function byRank<T extends SectionedUnit>(units: T[]): T[] {
  const key = (u: T): number => u.rank ?? Number.MAX_SAFE_INTEGER;
  return [...units].sort((a, b) => key(a) - key(b));
}

const pad = (n: number): string => String(n).padStart(2, '0');

const UNSCORED_REASONS: [UnitScore['status'], string][] = [
  ['notSent', 'không gửi kết quả chấm điểm đánh giá'],
  ['notEvaluated', 'không có hồ sơ giải quyết xong trong kỳ'],
  ['blocked', 'chưa đủ dữ liệu chấm điểm'],
];
/** Beyond this many names a reason gives a count: the rows themselves show each unit. */
const MAX_NAMES = 5;

/** "Thực hiện chấm điểm đánh giá 09/10 đơn vị (UBND huyện Mường Nhé không gửi kết quả chấm điểm đánh giá), trong đó:" */
export function evaluatedLine(units: readonly UnitScore[], noun: string): string {
  const scored = units.filter((u) => u.status === 'scored').length;
  const reasons = UNSCORED_REASONS.flatMap(([status, reason]) => {
    const names = units.filter((u) => u.status === status).map((u) => u.name);
    if (names.length === 0) return [];
    return [`${names.length > MAX_NAMES ? `${pad(names.length)} đơn vị` : names.join(', ')} ${reason}`];
  });
  const why = reasons.length ? ` (${reasons.join('; ')})` : '';
  return `Thực hiện chấm điểm đánh giá ${pad(scored)}/${pad(units.length)} ${noun}${why}${scored ? ', trong đó:' : '.'}`;
}

/** "12 đơn vị đạt loại Xuất sắc; 04 đơn vị đạt loại Tốt" — classes in the profile's order; null when none is classed. */
export function classCountLine(units: readonly UnitScore[], profile: RulesProfile): string | null {
  const { bands, otherwise } = profile.classification;
  const parts = [...bands.map((b) => b.label), otherwise].flatMap((label) => {
    const count = units.filter((u) => u.status === 'scored' && u.classification === label).length;
    return count ? [`${pad(count)} đơn vị ${label === otherwise ? 'xếp' : 'đạt'} loại ${label}`] : [];
  });
  return parts.length ? parts.join('; ') : null;
}

/**
 * A section's rows as both rankings print them: its numbered title across the width, then per block its
 * title (communes under their district) and its units, numbered «1» or «1.2» under a block title.
 */
export function writeSectionRows<T extends SectionedUnit>(
  b: SheetBuilder,
  number: string,
  section: RankingSection<T>,
  unitRow: (stt: string, unit: T) => void,
): void {
  const group = (stt: string, title: string, style: CellStyle): void => {
    const r = b.row([cell(stt, { ...style, align: 'center' }), cell(title, style), ...Array.from({ length: b.width - 2 }, () => cell(null, style))]);
    b.merge(r, 2, r, b.width);
    b.keepWithNext(r);
  };
  group(number, section.title, STYLES.group);
  section.blocks.forEach((block, bi) => {
    if (block.title) group(String(bi + 1), block.title, { ...STYLES.group, fill: undefined, italic: true });
    block.units.forEach((u, ui) => unitRow(block.title ? `${bi + 1}.${ui + 1}` : String(ui + 1), u));
  });
}
