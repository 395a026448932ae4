/**
 * The only place that calls `Excel.run`. Everything else in src/office takes the request context it is
 * given, so tests can hand in a fake context instead of a live workbook.
 */
export type ExcelRunner = <T>(work: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const withExcel: ExcelRunner = (work) => Excel.run(work);
