/**
 * Headers of score columns as provinces print them (keys folded with headerKey): a 1187 criterion by its
 * number («Tiêu chí 1», «TC1», «Chỉ số 1», «CS 1») or by the TT 01 indicator's words («Tổng thời gian giải
 * quyết», «Số lần phải liên hệ …»), and the six groups of a QĐ 766 national-index table.
 */
import type { NationalIndexGroupId, Tt01Indicator } from '../../domain/scoring';

const NUMBERED = /^(?:tieu chi|tc|chi so|cs)(?: thanh phan)?(?: so)? ?([1-9])\b/;

/** TT 01/2018 Art. 13–14, in the words the indicators are printed with; the first match wins. */
const INDICATOR_WORDS: [Tt01Indicator, RegExp][] = [
  [2, /thoi gian (thuc hien|giai quyet)? ?(cua |tai )?(tung|cac) (co quan|don vi|buoc)|thoi gian duoc phan bo/],
  [1, /tong thoi gian|thoi gian giai quyet/],
  [3, /so lan/],
  [4, /so (co quan|don vi|to chuc)/],
  [7, /thai do/],
  [5, /mot cua|tiep nhan,? (va )?tra ket qua/],
  [8, /phan anh|kien nghi|tiep thu/],
  [9, /truc tuyen/],
  [6, /cong khai/],
];

/** QĐ 766's groups; «Dịch vụ công trực tuyến» and «Công khai» also name 1187 indicators, told apart by the table. */
const GROUP_WORDS: [NationalIndexGroupId, RegExp][] = [
  ['cong-khai', /^(nhom )?(chi so )?cong khai,? minh bach/],
  ['tien-do', /^(nhom )?(chi so )?tien do/],
  ['truc-tuyen', /^(nhom )?(chi so )?dich vu cong truc tuyen/],
  ['thanh-toan', /^(nhom )?(chi so )?thanh toan/],
  ['so-hoa', /^(nhom )?(chi so )?so hoa/],
  ['hai-long', /^(nhom )?(chi so )?(muc do )?hai long/],
];

/** Column headers above criteria numbered «1 … 9» in the row below (read as «Tiêu chí n»). */
export const CRITERIA_GROUP = /^(diem (cac |cua cac )?)?(tieu chi|chi so)( thanh phan| danh gia| cham diem)?$|^diem cac (tieu chi|chi so)/;

interface CriterionHeader {
  /** The number printed («Tiêu chí 3» → 3), or null when only words name it. */
  printed: number | null;
  /** The TT 01 indicator the words name, or null for a bare number. */
  indicator: Tt01Indicator | null;
}

export function criterionHeader(leaf: string): CriterionHeader | null {
  const numbered = NUMBERED.exec(leaf);
  const words = numbered ? leaf.slice(numbered[0].length) : leaf;
  const indicator = INDICATOR_WORDS.find(([, re]) => re.test(words))?.[0] ?? null;
  if (!numbered && indicator === null) return null;
  return { printed: numbered ? Number(numbered[1]) : null, indicator };
}

export const indexGroupOf = (leaf: string): NationalIndexGroupId | null => GROUP_WORDS.find(([, re]) => re.test(leaf))?.[0] ?? null;

/** Header starts the words above add (HEADER_START in table-columns.ts lists the rest). */
export const SCORE_HEADER_START = /^(chi so|cs ?[1-9]|thoi gian|so lan|so co quan|thai do|cong khai|tien do|dich vu cong|thanh toan|so hoa|muc do hai long|hai long|nhom chi so|tiep thu|thuc hien tiep nhan)/;
