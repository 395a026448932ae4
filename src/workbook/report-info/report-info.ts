/**
 * What the frame of a document to sign needs from the user's office (RULES.md §8): its agencies, place,
 * report number and date, and who prepares and signs. Typed once in `Thông tin báo cáo` and kept.
 */
import type { DayNumber } from '../../domain/dates';

export interface ReportInfo {
  /** Cơ quan chủ quản: the superior agency, printed above the issuing one. */
  parentAgency: string | null;
  /** Cơ quan báo cáo: the issuing agency (also «của …» in an appendix's line). */
  agency: string | null;
  /** Địa danh of the place-date line, e.g. «Điện Biên». */
  place: string | null;
  /** Số báo cáo as written on the report, e.g. «367/BC-VPUB». */
  number: string | null;
  date: DayNumber | null;
  /** Người lập biểu. */
  preparer: string | null;
  /** Chức danh người ký, e.g. «CHÁNH VĂN PHÒNG» (a line break in the cell starts a new line). */
  signerTitle: string | null;
  signer: string | null;
}

export type ReportInfoKey = keyof ReportInfo;

/** The rows of the sheet, in order: key, the «Mục» label, and an example for the guide. */
export const REPORT_INFO_FIELDS: readonly { key: ReportInfoKey; label: string; example: string }[] = [
  { key: 'parentAgency', label: 'Cơ quan chủ quản', example: 'UBND tỉnh Điện Biên' },
  { key: 'agency', label: 'Cơ quan báo cáo', example: 'Văn phòng UBND tỉnh' },
  { key: 'place', label: 'Địa danh', example: 'Điện Biên' },
  { key: 'number', label: 'Số báo cáo', example: '367/BC-VPUB' },
  { key: 'date', label: 'Ngày báo cáo', example: '09/07/2021' },
  { key: 'preparer', label: 'Người lập biểu', example: 'Nguyễn Văn A' },
  { key: 'signerTitle', label: 'Chức danh người ký', example: 'CHÁNH VĂN PHÒNG' },
  { key: 'signer', label: 'Người ký', example: 'Lê Thanh Bình' },
];

export const EMPTY_REPORT_INFO: ReportInfo = {
  parentAgency: null, agency: null, place: null, number: null, date: null, preparer: null, signerTitle: null, signer: null,
};

