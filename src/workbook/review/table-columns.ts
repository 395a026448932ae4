/**
 * What each column of a submitted table holds, from its header path (top → leaf, folded with headerKey):
 * the 1187 ranking appendix (seed 002), a QĐ 766 national-index table, the district forms Biểu 1–4 and
 * the provincial overdue list (seeds 004, 000; count columns in count-headers.ts). Typos seen in the seeds
 * («Thực tuyến», «Thực tiếp», «Số hồ sơ đang giải», «Tủ Tục») are accepted.
 */
import type { NationalIndexGroupId, Tt01Indicator } from '../../domain/scoring';
import { countAlone, countInGroup, groupOf, rateOf, type CountDraft, type CountField, type RateRole } from './count-headers';
import { criterionHeader, indexGroupOf, SCORE_HEADER_START } from './criterion-headers';

export type { CountField, RateRole };
export type ScoreField = 'scoreTotal' | 'dtbCcvc' | 'classification' | 'rank';

export type ColumnRole =
  | { role: 'stt' }
  | { role: 'name' }
  /** A 1187 criterion: the number its header prints and/or the TT 01 indicator its words name (criteria-order.ts maps it). */
  | { role: 'criterion'; printed: number | null; indicator: Tt01Indicator | null }
  /** A group of the QĐ 766 national index. */
  | { role: 'indexGroup'; group: NationalIndexGroupId }
  | { role: 'score'; field: ScoreField }
  | { role: 'count'; field: CountField }
  | { role: 'rate'; rate: RateRole };

type Draft =
  | ColumnRole
  | CountDraft
  /** An index group's words, which may also name a 1187 indicator («Dịch vụ công trực tuyến», «Công khai»). */
  | { role: 'indexDraft'; group: NationalIndexGroupId; indicator: Tt01Indicator | null };

/** Header cells start with one of these words; a title row or a sentence does not. */
const HEADER_START =
  /^(stt|tt|st t|so tt|so thu tu|ten |co quan|don vi|linh vuc|thu tuc|tu tuc|cong viec|tieu chi|tc ?[1-9]|diem|tong|dtb|phan loai|xep loai|xep hang|ghi chu|so ho so|ho so|truc t|thuc t|ky truoc|buu chinh|tiep nhan|ket qua|da giai|dang giai|truoc han|dung han|tre han|qua han|trong han|chua den han|da qua han|ty le)/;
const MAX_HEADER_LENGTH = 80;

export const isHeaderCell = (key: string): boolean => key.length <= MAX_HEADER_LENGTH && (HEADER_START.test(key) || SCORE_HEADER_START.test(key));

const NAME = /^(ten )?(cac )?(co quan|don vi|dia phuong|linh vuc|thu tuc|tu tuc|cong viec)\b/;
/** A national-index table names at least this many of the six groups. */
const MIN_INDEX_GROUPS = 3;

const has = (key: string, re: RegExp): boolean => re.test(key);

function draftOf(path: readonly string[]): Draft | null {
  if (path.length === 0) return null;
  const leaf = path[path.length - 1];
  const ancestors = path.slice(0, -1);
  if (/^(stt|tt|st t|so tt|so thu tu)$/.test(leaf)) return { role: 'stt' };
  const criterion = criterionHeader(leaf);
  if (criterion?.printed) return { role: 'criterion', ...criterion };
  if (has(leaf, /^tong diem/)) return { role: 'score', field: 'scoreTotal' };
  if (has(leaf, /^(dtb|diem (trung binh|tb))/)) return { role: 'score', field: 'dtbCcvc' };
  if (has(leaf, /^(ket qua )?(phan loai|xep loai)/)) return { role: 'score', field: 'classification' };
  if (has(leaf, /^xep hang/)) return { role: 'score', field: 'rank' };
  if (path.some((p) => p.startsWith('ty le'))) return rateOf(path.join(' '));
  if (NAME.test(leaf) && ancestors.length === 0) return { role: 'name' };
  const group = groupOf(ancestors);
  if (group) return countInGroup(group, leaf);
  const indexGroup = indexGroupOf(leaf);
  if (indexGroup) return { role: 'indexDraft', group: indexGroup, indicator: criterion?.indicator ?? null };
  return countAlone(leaf) ?? (criterion ? { role: 'criterion', ...criterion } : null);
}

/** Index groups make a national-index table when enough of them are named; else their words are 1187 criteria. */
function settleIndexGroups(drafts: (Draft | null)[]): (Draft | null)[] {
  const groups = new Set(drafts.flatMap((d) => (d?.role === 'indexDraft' ? [d.group] : [])));
  const isIndex = groups.size >= MIN_INDEX_GROUPS;
  return drafts.map((d) => {
    if (d?.role !== 'indexDraft') return d;
    if (isIndex) return { role: 'indexGroup', group: d.group };
    return d.indicator === null ? null : { role: 'criterion', printed: null, indicator: d.indicator };
  });
}

/**
 * Roles of a table's columns; null for a column the review does not read (notes, levels, unknown). A role
 * named twice keeps its first column. Ambiguous «quá hạn» columns are settled by their neighbours: beside
 * a «trễ hạn» column, «quá hạn» is the in-progress overdue count (seed 004); alone, it is the late one.
 */
export function columnRoles(paths: readonly (readonly string[])[]): (ColumnRole | null)[] {
  const drafts = settleIndexGroups(paths.map(draftOf));
  const counts = new Set(drafts.flatMap((d) => (d?.role === 'count' ? [d.field] : [])));
  const ambiguousIs: CountField = counts.has('late') ? 'overdue' : 'late';
  const settled = drafts.map((d): ColumnRole | null =>
    d?.role === 'lateOrOverdue' ? { role: 'count', field: ambiguousIs } : d?.role === 'rateDraft' || d?.role === 'indexDraft' ? null : d,
  );
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
