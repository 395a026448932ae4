/**
 * The review and the score in turn on one open workbook, through the real jobs, the Office host and a
 * simulated Excel that refuses to add a sheet over an existing one. Each run reads the workbook afresh,
 * replaces exactly the sheets the other runs recorded as ours and keeps the rest in the marker.
 */
import { builtInProfile } from '../../src/domain/scoring';
import { OfficeWorkbookHost } from '../../src/office/office-host';
import type { ExcelRunner } from '../../src/office/run-excel';
import { runReviewJob, type ReviewProgress } from '../../src/workbook/review/review-job';
import { MARKER_SHEET } from '../../src/workbook/result-sheets';
import { runScoreJob } from '../../src/workbook/score-job';
import { FakeExcel } from './fake-excel';
import { API_1_9 } from './fake-excel-helpers';

const profile = builtInProfile('dienbien-1187');
const ctx = { profileText: 'dienbien-1187', computedAt: new Date(2024, 5, 1, 17, 0), version: '0.1.0-test' };
const REVIEW = 'Đối chiếu';

/** Q1/2024, three units, dates as the one-stop exports type them. */
const CASES: (string | number)[][] = [
  ['STT', 'Mã hồ sơ', 'Đơn vị giải quyết', 'Tên thủ tục hành chính', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái'],
  [1, 'HS-001', 'Sở Tư pháp', 'Cấp phiếu lý lịch tư pháp', '02/01/2024', '10/01/2024', '15/01/2024', 'Đã trả kết quả'],
  [2, 'HS-002', 'Sở Tư pháp', 'Chứng thực bản sao', '04/01/2024', '12/01/2024', '08/01/2024', 'Đã trả kết quả'],
  [3, 'HS-003', 'UBND huyện Tuần Giáo', 'Đăng ký hộ kinh doanh', '05/02/2024', '20/02/2024', '28/02/2024', 'Đã trả kết quả'],
  [4, 'HS-004', 'UBND xã Quài Nưa', 'Đăng ký khai sinh', '11/03/2024', '13/03/2024', '13/03/2024', 'Đã trả kết quả'],
];

function openBook() {
  const book = new FakeExcel();
  book.addSheet('DS', { rows: CASES });
  const run: ExcelRunner = (work) => work(book.context);
  return { book, host: new OfficeWorkbookHost(run, API_1_9) };
}

const markerList = (book: FakeExcel): string[] => book.sheet(MARKER_SHEET)!.cells.slice(1).map((r) => String(r?.[0]));
const score = (host: OfficeWorkbookHost) => runScoreJob(host, { profile, computedAt: ctx.computedAt, version: ctx.version });
const review = (host: OfficeWorkbookHost) => runReviewJob(host, profile, ctx);

describe('review and score on one open workbook', () => {
  it('a second review replaces the first «Đối chiếu» instead of refusing it as a user’s sheet', async () => {
    const { book, host } = openBook();
    expect((await review(host)).sheet).toBe(REVIEW);
    const again = await review(host);
    expect(again.plan.remove).toEqual([REVIEW, MARKER_SHEET]);
    expect(book.names).toEqual(['DS', REVIEW, MARKER_SHEET]);
    expect(book.sheet(MARKER_SHEET)!.visibility).toBe('VeryHidden');
    expect(markerList(book)).toEqual([REVIEW]);
    expect(book.active.name).toBe(REVIEW);
  });

  it('score → review → score: each keeps the other’s sheets in the marker and replaces only its own', async () => {
    const { book, host } = openBook();
    const first = await score(host);
    const scored = first.plan.add.map((m) => m.name).filter((n) => n !== MARKER_SHEET);
    const results = first.plan.add.filter((m) => m.kind === 'result' && m.name !== MARKER_SHEET).map((m) => m.name);
    expect(results).toEqual(expect.arrayContaining(['Tổng hợp theo đơn vị', 'Thông tin']));

    const reviewed = await review(host);
    expect(reviewed.plan.remove).toEqual([MARKER_SHEET]);
    expect(markerList(book)).toEqual([...scored, REVIEW]);

    const second = await score(host);
    // Its result sheets and the marker go; the input sheets the user fills in and the review's sheet stay.
    expect(second.plan.remove).toEqual([...results, MARKER_SHEET]);
    expect(book.names).toEqual(expect.arrayContaining([...scored, REVIEW]));
    expect(markerList(book)).toEqual(expect.arrayContaining([...scored, REVIEW]));
    expect(markerList(book)).toHaveLength(scored.length + 1);
    expect(book.names.filter((n) => / \(\d+\)$/.test(n))).toEqual([]);
  });

  it('review → score → review: the score keeps «Đối chiếu» in the marker, so the next review replaces it', async () => {
    const { book, host } = openBook();
    await review(host);
    const scored = (await score(host)).plan;
    const scoreSheets = scored.add.map((m) => m.name).filter((n) => n !== MARKER_SHEET);
    expect(scored.remove).toEqual([MARKER_SHEET]);
    expect(markerList(book)).toEqual([REVIEW, ...scoreSheets]);

    const again = await review(host);
    expect(again.plan.remove).toEqual([REVIEW, MARKER_SHEET]);
    expect(book.names.filter((n) => n.startsWith(REVIEW))).toEqual([REVIEW]);
    expect(markerList(book)).toEqual([...scoreSheets, REVIEW]);
  });

  it('a review cancelled while reading stops before writing: the workbook is as it was', async () => {
    const { book, host } = openBook();
    const controller = new AbortController();
    const seen: ReviewProgress[] = [];
    const onProgress = (p: ReviewProgress) => {
      seen.push(p);
      if (p.phase === 'read') controller.abort();
    };
    await expect(runReviewJob(host, profile, ctx, { signal: controller.signal, onProgress })).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen.some((p) => p.phase === 'read')).toBe(true);
    expect(seen.some((p) => p.phase === 'review' || p.phase === 'write')).toBe(false);
    expect(book.names).toEqual(['DS']);
  });
});
