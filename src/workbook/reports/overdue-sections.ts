/**
 * The groups of the province's overdue list (seed 000 appendix) and the report sentences that count them:
 * provincial departments, then districts each with its communes, then communes without district.
 */
import type { UnitTotals } from '../../domain/aggregate';
import { groupUnits } from '../../domain/grouping';
import { twoDigits } from './vn-number';

/** Resolved late or overdue in progress: the units the list shows. */
export const hasLateOrOverdue = (u: UnitTotals): boolean => u.late > 0 || u.overdue > 0;

interface OverdueSection {
  title: string;
  /** A block per district (Roman-numbered), or one untitled block. */
  blocks: { title: string | null; units: UnitTotals[] }[];
}

const PLACE_PREFIX = /^(ubnd|[uủ][yỷ] ban nhân dân)\s+/iu;
const PLACE_KIND = /^(huyện|thị xã|thành phố|quận)(?=\s)/iu;

/** "UBND thị xã Mường Lay" → "Thị xã Mường Lay", as the list heads a district's block. */
export function placeTitle(name: string): string {
  const place = name.replace(PLACE_PREFIX, '');
  return PLACE_KIND.test(place) ? place[0].toUpperCase() + place.slice(1) : place;
}

/** "huyện Nậm Pồ", as a sentence names a district. */
const placeInSentence = (name: string): string => placeTitle(name).replace(PLACE_KIND, (kind) => kind.toLowerCase());

export function overdueSections(units: readonly UnitTotals[], keepOrder: boolean): OverdueSection[] {
  const groups = groupUnits(units, keepOrder);
  const listed = (list: UnitTotals[]): UnitTotals[] => list.filter(hasLateOrOverdue);
  const sections: OverdueSection[] = [];
  if (listed(groups.provincial).length) {
    sections.push({ title: 'CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH', blocks: [{ title: null, units: listed(groups.provincial) }] });
  }
  const orphans = listed(groups.communesWithoutDistrict);
  if (groups.districts.length) {
    const blocks = groups.districts.map((d) => ({ title: placeTitle(d.title), units: listed([...(d.district ? [d.district] : []), ...d.communes]) }));
    if (orphans.length) blocks.push({ title: 'Đơn vị cấp xã chưa xác định huyện', units: orphans });
    const shown = blocks.filter((block) => block.units.length);
    if (shown.length) sections.push({ title: 'UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ', blocks: shown });
  } else if (orphans.length) {
    // From 1 July 2025 there are no districts: communes stand directly under the province (RULES.md §4).
    sections.push({ title: 'UBND CÁC XÃ, PHƯỜNG, ĐẶC KHU', blocks: [{ title: null, units: orphans }] });
  }
  return sections;
}

/**
 * The report's sentences, in seed 000's words: «+ Đối với cấp tỉnh: 03 cơ quan, đơn vị có hồ sơ đã xử lý
 * quá hạn (…), 01 đơn vị có hồ sơ đang xử lý quá hạn Sở Kế hoạch và Đầu tư.» and «+ Đối với cấp huyện:
 * 08/10 đơn vị có hồ sơ xử lý quá hạn (riêng huyện Nậm Pồ, huyện Tủa Chùa không có hồ sơ quá hạn ở cả cấp
 * huyện và cấp xã).» A district counts when it or any of its communes has a late or overdue case.
 */
export function overdueSummary(units: readonly UnitTotals[], keepOrder: boolean): string[] {
  const groups = groupUnits(units, keepOrder);
  const names = (list: UnitTotals[]): string => list.map((u) => u.name).join(', ');
  const lines: string[] = [];
  if (groups.provincial.length) {
    const late = groups.provincial.filter((u) => u.late > 0);
    const open = groups.provincial.filter((u) => u.overdue > 0);
    const parts = [
      late.length ? `${twoDigits(late.length)} cơ quan, đơn vị có hồ sơ đã xử lý quá hạn (${names(late)})` : '',
      open.length ? `${twoDigits(open.length)} đơn vị có hồ sơ đang xử lý quá hạn ${names(open)}` : '',
    ].filter(Boolean);
    lines.push(`+ Đối với cấp tỉnh: ${parts.length ? parts.join(', ') : 'không có cơ quan, đơn vị có hồ sơ quá hạn'}.`);
  }
  if (groups.districts.length) {
    const clean = groups.districts.filter((d) => ![...(d.district ? [d.district] : []), ...d.communes].some(hasLateOrOverdue));
    const count = groups.districts.length - clean.length;
    const except = count && clean.length ? ` (riêng ${clean.map((d) => placeInSentence(d.title)).join(', ')} không có hồ sơ quá hạn ở cả cấp huyện và cấp xã)` : '';
    lines.push(`+ Đối với cấp huyện: ${twoDigits(count)}/${twoDigits(groups.districts.length)} đơn vị có hồ sơ xử lý quá hạn${except}.`);
  }
  const orphans = groups.communesWithoutDistrict;
  if (orphans.length) {
    const which = groups.districts.length ? 'cấp xã chưa xác định huyện' : 'cấp xã';
    lines.push(`+ Đối với ${which}: ${twoDigits(orphans.filter(hasLateOrOverdue).length)}/${twoDigits(orphans.length)} đơn vị có hồ sơ xử lý quá hạn.`);
  }
  return lines;
}
