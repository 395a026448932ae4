/** The rules profile's settings as `Thông tin` states them, so every figure can be traced to a rule. */
import { formatVn, parseIsoDay } from '../domain/dates';
import type { ProfileValidity, RulesProfile } from '../domain/scoring';

export function profileText(profile: RulesProfile): string {
  return `${profile.id} — ${profile.name}`;
}

export function profileParameters(profile: RulesProfile): [string, string][] {
  const c = profile.classification;
  return [
    ['Căn cứ', profile.legalBasis],
    ...(profile.validity ? [validityLine(profile.validity)] : []),
    ['Cột Tiêu chí 1–9 (chỉ tiêu TT 01)', profile.reportColumns.map((ind, i) => `TC${i + 1} = #${ind}`).join('; ')],
    ['Số chữ số thập phân', String(profile.decimals)],
    ['Phân loại', [...c.bands.map((b) => `${b.label} ≥ ${b.atLeast}`), `${c.otherwise}: còn lại`].join('; ')],
    ['Không đủ thông tin', profile.missingData.notEnoughInfo === 'exclude' ? 'Không tính tiêu chí đó vào tổng điểm' : 'Không tính tổng điểm'],
    ['Xếp hạng', `Trong từng cấp, theo ${profile.ranking.order.map((k) => (k === 'total' ? 'tổng điểm' : 'ĐTB CCVC')).join(', rồi ')} giảm dần; bằng nhau thì cùng hạng`],
  ];
}

function validityLine(v: ProfileValidity): [string, string] {
  const day = (iso: string | undefined): string | null => (iso ? formatVn(parseIsoDay(iso)!) : null);
  const [from, to] = [day(v.from), day(v.to)];
  const dates = from && to ? `từ ${from} đến ${to}` : from ? `từ ${from}` : `đến ${to}`;
  return ['Hiệu lực của căn cứ', `${dates}. ${v.note}`];
}
