/** Excel's grid: the most rows and columns a worksheet has (A1:XFD1048576), for every host. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLS = 16_384;
