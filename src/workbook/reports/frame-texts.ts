/**
 * The words of a document's frame (Nghị định 30/2020/NĐ-CP, Phụ lục I) from the user's `Thông tin báo
 * cáo`; what is not filled in prints as «…» for the clerk to write by hand.
 */
import { ymdFromDay, type DayNumber } from '../../domain/dates';
import type { ReportInfo } from '../report-info/report-info';

export const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO_LINE_2 = 'Độc lập - Tự do - Hạnh phúc';
export const PREPARER_TITLE = 'NGƯỜI LẬP BIỂU';
/** The signer's title when none is given (RULES.md §8). */
const DEFAULT_SIGNER_TITLE = 'THỦ TRƯỞNG ĐƠN VỊ';
/** Room for a name or an agency written by hand. */
const BLANK_NAME = '………………………';
const DOTS = '…';

/** Agency names print in capitals (NĐ 30: «tên cơ quan … chữ in hoa»). */
const upper = (text: string | null): string => (text ? text.toLocaleUpperCase('vi') : BLANK_NAME);

export const parentAgencyLine = (info: ReportInfo): string => upper(info.parentAgency);
export const agencyLine = (info: ReportInfo): string => upper(info.agency);
export const signerTitleLine = (info: ReportInfo): string => (info.signerTitle ? info.signerTitle.toLocaleUpperCase('vi') : DEFAULT_SIGNER_TITLE);
export const nameLine = (name: string | null): string => name ?? BLANK_NAME;

/**
 * «ngày 09 tháng 7 năm 2021»: NĐ 30 writes days below 10 and the months 1 and 2 with a leading zero;
 * «ngày … tháng … năm …» without a date.
 */
export function dateWords(day: DayNumber | null): string {
  if (day === null) return `ngày ${DOTS} tháng ${DOTS} năm ${DOTS}`;
  const { year, month, day: d } = ymdFromDay(day);
  return `ngày ${String(d).padStart(2, '0')} tháng ${month <= 2 ? `0${month}` : month} năm ${year}`;
}

/** «Điện Biên, ngày 09 tháng 7 năm 2021». */
export const placeDateLine = (info: ReportInfo): string => `${info.place ?? DOTS}, ${dateWords(info.date)}`;

/** «(Kèm theo Báo cáo số 367/BC-VPUB ngày 09 tháng 7 năm 2021 của Văn phòng UBND tỉnh)». */
export const attachedToLine = (info: ReportInfo): string =>
  `(Kèm theo Báo cáo số ${info.number ?? `${DOTS}/BC-${DOTS}`} ${dateWords(info.date)} của ${info.agency ?? DOTS})`;
