/**
 * The Office.js adapter on a province-year: the whole scoring job (read every input sheet, score, write
 * every result sheet) run through the add-in's host against the in-memory Excel of the tests
 * (test/office/fake-excel.ts), which counts each context.sync() and measures each request and response the
 * way Excel on the web bounds them. Goals: ≤ 60 syncs, every payload ≤ 4 MB.
 */
import type { OfficeCapabilities } from '../src/office/capabilities';
import { OfficeWorkbookHost } from '../src/office/office-host';
import type { RulesProfile } from '../src/domain/scoring';
import type { DayNumber } from '../src/domain/dates';
import { isCellError, type CellValue, type SheetGrid } from '../src/workbook/cells';
import { runScoreJob } from '../src/workbook/score-job';
import { FakeExcel } from '../test/office/fake-excel';

const API_1_9: OfficeCapabilities = { dataValidation: true, pageLayout: true, suspendScreenUpdating: true, selectedRanges: true };

export interface OfficeFigures {
  readSyncs: number;
  writeSyncs: number;
  totalSyncs: number;
  largestRequestMb: number;
  largestResponseMb: number;
  seconds: number;
}

/** What Excel hands over for a cell: strings, numbers, booleans; dates as serials; '' for blanks. */
function officeValue(v: CellValue): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.getTime() / 86_400_000 + 25_569;
  if (isCellError(v)) return v.error;
  return v;
}

export async function officeJobFigures(grids: SheetGrid[], profile: RulesProfile, period: { from: DayNumber; to: DayNumber }): Promise<OfficeFigures> {
  const book = new FakeExcel();
  for (const g of grids) {
    const width = g.rows.reduce((w, r) => Math.max(w, r.length), 0);
    const rows = g.rows.map((r) => Array.from({ length: width }, (_, c) => officeValue(r[c] ?? null)));
    const visibility = g.visibility === 'veryHidden' ? 'VeryHidden' : g.visibility === 'hidden' ? 'Hidden' : 'Visible';
    book.addSheet(g.name, { rows, visibility });
  }
  const host = new OfficeWorkbookHost((work) => work(book.context), API_1_9);
  let readSyncs = 0;
  const started = performance.now();
  await runScoreJob(host, { ...period, profile, computedAt: new Date(), version: 'bench' }, (p) => {
    if (p.phase === 'score') readSyncs = book.syncs.length;
  });
  const mb = (n: number): number => Math.round((n / 1e6) * 100) / 100;
  return {
    readSyncs,
    writeSyncs: book.syncs.length - readSyncs,
    totalSyncs: book.syncs.length,
    largestRequestMb: mb(Math.max(...book.syncs.map((s) => s.requestBytes))),
    largestResponseMb: mb(Math.max(...book.syncs.map((s) => s.responseBytes))),
    seconds: (performance.now() - started) / 1000,
  };
}
