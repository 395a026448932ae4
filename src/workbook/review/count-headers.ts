/**
 * Count and rate columns of the report forms, named by their header path (keys folded with headerKey):
 * Biểu 1–4, the provincial overdue list and TT 01/2020's own wording («Trả trước hạn», «Đúng thời hạn»,
 * «Trong thời hạn»). The same leaf means different things under different groups — «Tổng số» under «Số
 * hồ sơ đã giải quyết» is resolved, under «đang giải quyết» in progress — so groups are read first.
 */
import type { Counts } from '../../domain/aggregate';

export type CountField = keyof Counts;

/** A rate and its denominator: the district forms divide by the total to handle, the overdue list by resolved. */
export interface RateRole {
  numerator: 'late' | 'overdue';
  denominator: 'resolved' | 'total';
}

/** Before the whole header is seen: «Quá hạn» under «Kết quả giải quyết» alone, and rates without context. */
export type CountDraft =
  | { role: 'count'; field: CountField }
  | { role: 'lateOrOverdue' }
  | { role: 'rateDraft'; numerator: 'late' | 'overdue' | 'quaHan'; denominator: RateRole['denominator'] | null };

type Group = 'received' | 'resolved' | 'progress' | 'result';

const has = (key: string, re: RegExp): boolean => re.test(key);
const count = (field: CountField): CountDraft => ({ role: 'count', field });

export function groupOf(ancestors: readonly string[]): Group | null {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i];
    if (has(a, /dang giai/)) return 'progress';
    if (has(a, /da giai quyet/)) return 'resolved';
    if (has(a, /nhan giai quyet|tiep nhan/)) return 'received';
    if (has(a, /ket qua giai quyet/)) return 'result';
  }
  return null;
}

const TOTAL_LEAF = /^(tong so|tong ho so|tong|so ho so)$/;

export function countInGroup(group: Group, leaf: string): CountDraft | null {
  if (has(leaf, /^(ho so )?rut\b/)) return count('withdrawn');
  if (has(leaf, /tra lai|tu choi/)) return count('returned');
  switch (group) {
    case 'received':
      if (TOTAL_LEAF.test(leaf)) return count('total');
      if (has(leaf, /tiep nhan moi/)) return count('receivedInPeriod');
      if (has(leaf, /(truc|thuc) tuyen/)) return count('online');
      if (has(leaf, /ky truoc/)) return count('carriedOver');
      if (has(leaf, /(truc|thuc) tiep/)) return count('direct');
      if (has(leaf, /buu chinh/)) return count('postal');
      return null;
    case 'resolved':
      if (TOTAL_LEAF.test(leaf)) return count('resolved');
      if (has(leaf, /^(tra )?truoc (thoi )?han/)) return count('early');
      if (has(leaf, /dung (thoi )?han/)) return count('onTime');
      if (has(leaf, /(tre|qua) (thoi )?han/)) return count('late');
      return null;
    case 'progress':
      if (TOTAL_LEAF.test(leaf)) return count('inProgress');
      if (has(leaf, /(trong|con|dung) (thoi )?han|chua den han/)) return count('withinDeadline');
      if (has(leaf, /(tre|qua) (thoi )?han/)) return count('overdue');
      return null;
    case 'result':
      if (has(leaf, /tre han/)) return count('late');
      if (has(leaf, /qua han/)) return { role: 'lateOrOverdue' };
      return null;
  }
}

/** A count named by its header alone, as the overdue list and Biểu 4 write them. */
export function countAlone(leaf: string): CountDraft | null {
  if (has(leaf, /^(ho so )?rut\b/)) return count('withdrawn');
  if (has(leaf, /^(so )?ho so tra lai/)) return count('returned');
  if (has(leaf, /^(tong )?so ho so nhan giai quyet/)) return count('total');
  if (has(leaf, /dang giai quyet qua han/)) return count('overdue');
  if (has(leaf, /dang giai quyet/)) return count('inProgress');
  if (has(leaf, /giai quyet (dung|trong) han/)) return count('onTime');
  if (has(leaf, /giai quyet (qua|tre) han/)) return count('late');
  if (has(leaf, /da giai quyet/)) return count('resolved');
  return null;
}

export function rateOf(key: string): CountDraft {
  const denominator = has(key, /da giai quyet/) ? 'resolved' : has(key, /tong so nhan|nhan giai quyet/) ? 'total' : null;
  const numerator = has(key, /tre han|giai quyet qua han/) ? 'late' : has(key, /dang giai quyet qua han/) ? 'overdue' : 'quaHan';
  return { role: 'rateDraft', numerator, denominator };
}
