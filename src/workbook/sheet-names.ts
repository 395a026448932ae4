/**
 * Every sheet name the product writes or reads by name, in one place. Names are a contract with users and
 * other tools (README «The tthc command», RULES.md §6): change one here and nowhere else. The modules that
 * build or read each sheet re-export its name for their callers.
 */

// Result sheets (`tthc score`, «Chấm điểm»), in the order they are written.
export const UNIT_SUMMARY_SHEET = 'Tổng hợp theo đơn vị';
export const RANKING_SHEET = 'Xếp loại 1187';
export const NATIONAL_INDEX_SHEET = 'Chỉ số 766';
export const PROVINCE_SUMMARY_SHEET = 'Tình hình chung';
export const OVERDUE_LIST_SHEET = 'DS quá hạn theo đơn vị';
export const LATE_CASES_SHEET = 'DS hồ sơ trễ hạn';
/** The officials who handled the late cases (seed 001, Phụ lục 01–03), after the case list. */
export const LATE_HANDLERS_SHEET = 'DS cán bộ trễ hạn';
export const FIELD_FORM_SHEET = 'Biểu 1 - Lĩnh vực';
export const UNIT_FORM_SHEET = 'Biểu 2 - Đơn vị';
export const PROCEDURE_FORM_SHEET = 'Biểu 3 - Thủ tục';
export const RATE_FORM_SHEET = 'Biểu 4 - Tỷ lệ';
export const DUE_SOON_SHEET = 'Hồ sơ sắp đến hạn';
export const CHART_SHEET = 'Biểu đồ';
/** Always written: every skipped or suspicious row. */
export const DATA_CHECK_SHEET = 'Kiểm tra dữ liệu';
/** Always written: the inputs, rules and product behind the figures. */
export const INFO_SHEET = 'Thông tin';

// Input sheets: created by a run for the user to fill in, read on every run, never replaced.
export const CRITERIA_SHEET = 'Tiêu chí bổ sung';
export const NATIONAL_INDEX_INPUT_SHEET = 'Chỉ số 766 bổ sung';
/** The agencies, number, date and signers printed in the frame of every document to sign (RULES.md §8). */
export const REPORT_INFO_SHEET = 'Thông tin báo cáo';

// Optional input sheets the user may add (read when present; a unit list is also known by its headers).
export const CALENDAR_SHEET = 'Ngày nghỉ';
export const UNIT_LIST_SHEET = 'Danh mục đơn vị';

// `tthc review` and «Đối chiếu».
export const STATUS_SHEET = 'Tình trạng tệp';
export const CONSOLIDATED_RANKING_SHEET = 'Xếp hạng tổng hợp';
export const RECONCILIATION_SHEET = 'Đối chiếu';

/** The very hidden sheet listing the sheets a run made (result-sheets.ts). */
export const MARKER_SHEET = 'TTHC_Scorecard';

/** The input sheets, created once and then kept as the user filled them. */
export const INPUT_SHEET_NAMES: readonly string[] = [CRITERIA_SHEET, NATIONAL_INDEX_INPUT_SHEET, REPORT_INFO_SHEET];
