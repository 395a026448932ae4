/**
 * Whether a period lies where the profile's national basis was in force (RULES.md §5, «Validity»).
 * Scoring outside it still works — a province's own decision stands until it replaces it — but the
 * result says so, and points to the national index that replaced the basis (§7).
 */
import { formatVn, parseIsoDay } from '../dates';
import type { Period } from '../cases';
import type { RulesProfile } from './profile-types';

/**
 * The notice for a period outside the profile's validity, in Vietnamese; null inside it or without dates.
 * `indexSheet`: the result sheet of the national index (`Chỉ số 766`), which the notice points to.
 */
export function profileNotice(profile: RulesProfile, period: Pick<Period, 'from' | 'to'>, indexSheet: string): string | null {
  const v = profile.validity;
  if (!v) return null;
  const from = v.from ? parseIsoDay(v.from) : null;
  const to = v.to ? parseIsoDay(v.to) : null;
  const where =
    to !== null && period.to > to
      ? `sau ngày ${formatVn(to)}`
      : from !== null && period.from < from
        ? `trước ngày ${formatVn(from)}`
        : null;
  if (!where) return null;
  return `Kỳ báo cáo có ngày ${where}, ngoài thời gian hiệu lực của căn cứ bộ quy tắc «${profile.id}»: ${v.note} Điểm vẫn được tính theo bộ quy tắc này; xem thêm sheet «${indexSheet}».`;
}
