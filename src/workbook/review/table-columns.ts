/**
 * What each column of a submitted table holds, from its header path (top → leaf, folded with headerKey):
 * the 1187 ranking appendix (seed 002), the district forms Biểu 1–4 and the provincial overdue list
 * (seeds 004, 000). The same leaf means different things under different groups — «Tổng số» under
 * «Số hồ sơ đã giải quyết» is resolved, under «đang giải quyết» in progress — so groups are read first.
 * Typos seen in the seeds («Thực tuyến», «Thực tiếp», «Số hồ sơ đang giải», «Tủ Tục») are accepted.
 */
import type { Counts } from '../../domain/aggregate';

export type CountField = keyof Counts;
export type ScoreField = 'scoreTotal' | 'dtbCcvc' | 'classification' | 'rank';

/** A rate and its denominator: the district forms divide by the total to handle, the overdue list by resolved. */
export interface RateRole {
  numerator: 'late' | 'overdue';
  denominator: 'resolved' | 'total';
}

export type ColumnRole =
  | { role: 'stt' }
  | { role: 'name' }
  | { role: 'criterion'; column: number }
  | { role: 'score'; field: ScoreField }
  | { role: 'count'; field: CountField }
  | { role: 'rate'; rate: RateRole };

type Group = 'received' | 'resolved' | 'progress' | 'result';

/** Before the whole header is seen: «Quá hạn» under «Kết quả giải quyết» alone, and rates without context. */
type Draft =
  | ColumnRole
  | { role: 'lateOrOverdue' }
  | { role: 'rateDraft'; numerator: 'late' | 'overdue' | 'quaHan'; denominator: RateRole['denominator'] | null };

/** Header cells start with one of these words; a title row or a sentence does not. */
const HEADER_START =
  /^(stt|tt|st t|so tt|so thu tu|ten |co quan|don vi|linh vuc|thu tuc|tu tuc|cong viec|tieu chi|tc ?[1-9]|diem|tong|dtb|phan loai|xep loai|xep hang|ghi chu|so ho so|ho so|truc t|thuc t|ky truoc|buu chinh|tiep nhan|ket qua|da giai|dang giai|truoc han|dung han|tre han|qua han|trong han|chua den han|da qua han|ty le)/;
const MAX_HEADER_LENGTH = 80;

export const isHeaderCell = (key: string): boolean => key.length <= MAX_HEADER_LENGTH && HEADER_START.test(key);

const NAME = /^(ten )?(cac )?(co quan|don vi|dia phuong|linh vuc|thu tuc|tu tuc|cong viec)\b/;
const CRITERION = /^(?:tieu chi|tc)(?: so)? ?([1-9])\b/;

const has = (key: string, re: RegExp): boolean => re.test(key);

function groupOf(ancestors: readonly string[]): Group | null {
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

function countInGroup(group: Group, leaf: string): Draft | null {
  const count = (field: CountField): Draft => ({ role: 'count', field });
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
      if (has(leaf, /^truoc han/)) return count('early');
      if (has(leaf, /dung han/)) return count('onTime');
      if (has(leaf, /(tre|qua) han/)) return count('late');
      return null;
    case 'progress':
      if (TOTAL_LEAF.test(leaf)) return count('inProgress');
      if (has(leaf, /trong han|chua den han|con han|dung han/)) return count('withinDeadline');
      if (has(leaf, /(tre|qua) han/)) return count('overdue');
      return null;
    case 'result':
      if (has(leaf, /tre han/)) return count('late');
      if (has(leaf, /qua han/)) return { role: 'lateOrOverdue' };
      return null;
  }
}

/** A count named by its header alone, as the overdue list and Biểu 4 write them. */
function countAlone(leaf: string): Draft | null {
  const count = (field: CountField): Draft => ({ role: 'count', field });
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

function rateOf(key: string): Draft {
  const denominator = has(key, /da giai quyet/) ? 'resolved' : has(key, /tong so nhan|nhan giai quyet/) ? 'total' : null;
  const numerator = has(key, /tre han|giai quyet qua han/) ? 'late' : has(key, /dang giai quyet qua han/) ? 'overdue' : 'quaHan';
  return { role: 'rateDraft', numerator, denominator };
}

function draftOf(path: readonly string[]): Draft | null {
  if (path.length === 0) return null;
  const leaf = path[path.length - 1];
  const ancestors = path.slice(0, -1);
  if (/^(stt|tt|st t|so tt|so thu tu)$/.test(leaf)) return { role: 'stt' };
  const criterion = CRITERION.exec(leaf);
  if (criterion) return { role: 'criterion', column: Number(criterion[1]) };
  if (has(leaf, /^tong diem/)) return { role: 'score', field: 'scoreTotal' };
  if (has(leaf, /^(dtb|diem (trung binh|tb))/)) return { role: 'score', field: 'dtbCcvc' };
  if (has(leaf, /^(ket qua )?(phan loai|xep loai)/)) return { role: 'score', field: 'classification' };
  if (has(leaf, /^xep hang/)) return { role: 'score', field: 'rank' };
  if (path.some((p) => p.startsWith('ty le'))) return rateOf(path.join(' '));
  if (NAME.test(leaf) && ancestors.length === 0) return { role: 'name' };
  const group = groupOf(ancestors);
  return group ? countInGroup(group, leaf) : countAlone(leaf);
}

/**
 * Roles of a table's columns; null for a column the review does not read (notes, levels, unknown). A role
 * named twice keeps its first column. Ambiguous «quá hạn» columns are settled by their neighbours: beside
 * a «trễ hạn» column, «quá hạn» is the in-progress overdue count (seed 004); alone, it is the late one.
 */
export function columnRoles(paths: readonly (readonly string[])[]): (ColumnRole | null)[] {
  const drafts = paths.map(draftOf);
  const counts = new Set(drafts.flatMap((d) => (d?.role === 'count' ? [d.field] : [])));
  const ambiguousIs: CountField = counts.has('late') ? 'overdue' : 'late';
  const settled = drafts.map((d): ColumnRole | null => (d?.role === 'lateOrOverdue' ? { role: 'count', field: ambiguousIs } : d?.role === 'rateDraft' ? null : d));
  const fields = new Set(settled.flatMap((d) => (d?.role === 'count' ? [d.field] : [])));
  const progressShown = fields.has('overdue') || fields.has('inProgress') || fields.has('withinDeadline');
  const roles = drafts.map((d, i): ColumnRole | null => {
    if (d?.role !== 'rateDraft') return settled[i];
    const numerator = d.numerator === 'quaHan' ? (progressShown ? 'overdue' : 'late') : d.numerator;
    const denominator = d.denominator ?? (numerator === 'late' && !fields.has('total') ? 'resolved' : 'total');
    return { role: 'rate', rate: { numerator, denominator } };
  });
  const seen = new Set<string>();
  return roles.map((r) => {
    if (!r) return null;
    const key = JSON.stringify(r);
    if (seen.has(key)) return null;
    seen.add(key);
    return r;
  });
}
