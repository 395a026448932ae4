/** The national index per unit: metrics from the rows or typed, groups, total, rank — numbers checked by hand. */
import { scoreNationalIndex, tallyRows, type EnteredPoints, type UnitIndexInput } from '../../../src/domain/national-index';
import { builtInProfile } from '../../../src/domain/scoring';
import { sampleUnit } from './unit-fixtures';

const profile = builtInProfile('dienbien-1187');
const COUNTS = { early: 8, onTime: 2, late: 3, withinDeadline: 5, overdue: 2, withdrawn: 1 };
const cases = sampleUnit();
const [rows] = tallyRows(cases.map((c) => c.record), cases.map((c) => c.status), new Int32Array(cases.length), 1, profile.nationalIndex, {
  channel: () => true,
  complaint: () => true,
});
const TYPED: Record<string, EnteredPoints> = {
  'cong-khai-khac': 11.5, 'truc-tuyen-khac': 5, 'thanh-toan-khac': 4, 'so-hoa-khac': 3, 'pakn-dung-han': 6, 'hai-long-pakn': 5.5,
};
const input = (name: string, entered: Record<string, EnteredPoints> = TYPED, level: UnitIndexInput['level'] = 'Tỉnh'): UnitIndexInput => ({
  name, level, counts: COUNTS, rows, entered: new Map(Object.entries(entered)),
});

describe('scoreNationalIndex', () => {
  // Scored in each test, not in the describe body, so that per-test coverage (mutation run) links them.
  const scored = () => scoreNationalIndex([input('Sở Tư pháp', { ...TYPED, 'dong-bo': 6 })], profile)[0];
  const metric = (id: string) => scored().groups.flatMap((g) => g.metrics).find((m) => m.id === id)!;

  it('computes each metric the rows can give as numerator, denominator, rate, points, maximum', () => {
    const pick = (id: string) => {
      const m = metric(id);
      return [m.numerator, m.denominator, m.rate, m.points, m.max, m.source];
    };
    // Tiến độ: 20 × 16 ÷ 21 = 15,238… → 15,24.
    expect(pick('dung-han')).toEqual([16, 21, 76.19, 15.24, 20, 'rows']);
    // Online filing 12/21 = 57,14 % ≥ 50 %: the full 6 points.
    expect(pick('nop-truc-tuyen')).toEqual([12, 21, 57.14, 6, 6, 'rows']);
    // Sync 18/21: 6 × 0,857… = 5,142… → 5,14.
    expect(pick('dong-bo')).toEqual([18, 21, 85.71, 5.14, 6, 'rows']);
    // Payment A: 6 × 3/4 = 4,5.
    expect(pick('thanh-toan-ho-so')).toEqual([3, 4, 75, 4.5, 6, 'rows']);
    // Digitised files 14/21: 8 × 0,666… = 5,33; results 13/13: 8.
    expect(pick('so-hoa-ho-so')).toEqual([14, 21, 66.67, 5.33, 8, 'rows']);
    expect(pick('so-hoa-ket-qua')).toEqual([13, 13, 100, 8, 8, 'rows']);
    // Satisfaction 15/21 = 71,43 %: min(6, 6 × 0,7142… ÷ 0,90) = 4,761… → 4,76.
    expect(pick('hai-long-ho-so')).toEqual([15, 21, 71.43, 4.76, 6, 'rows']);
  });

  it('takes the rest as typed, and marks a typed value the rows made unnecessary', () => {
    expect(metric('cong-khai-khac')).toMatchObject({ source: 'entered', points: 11.5, entry: 'used', numerator: null, rate: null });
    expect(metric('dong-bo')).toMatchObject({ source: 'rows', points: 5.14, entry: 'unused' });
    expect(metric('nop-truc-tuyen')).toMatchObject({ source: 'rows', entry: null }); // nothing typed
  });

  it('adds the groups and the total', () => {
    const unit = scored();
    expect(unit.groups.map((g) => [g.id, g.points, g.max])).toEqual([
      ['cong-khai', 16.64, 18], // 5,14 + 11,5
      ['tien-do', 15.24, 20],
      ['truc-tuyen', 11, 12], // 6 + 5
      ['thanh-toan', 8.5, 10], // 4,5 + 4
      ['so-hoa', 16.33, 22], // 5,33 + 8 + 3
      ['hai-long', 16.26, 18], // 4,76 + 6 + 5,5
    ]);
    // 16,64 + 15,24 + 11 + 8,5 + 16,33 + 16,26 = 83,97 of 100.
    expect([unit.total, unit.max, unit.rank]).toEqual([83.97, 100, 1]);
  });

  it('gives the points lost to late and overdue cases', () => {
    const unit = scored();
    // 3 late + 2 overdue = 5 cases, each 20 ÷ 21 = 0,95; in all 20 − 15,238… = 4,76.
    expect(unit.progress).toEqual({ onTime: 16, handled: 21, notOnTime: 5, pointsLost: 4.76, pointsPerCase: 0.95 });
  });

  it('leaves a group without points, and the unit without a total, where a figure is neither computed nor typed', () => {
    const { 'so-hoa-khac': _left, ...rest } = TYPED;
    const [u] = scoreNationalIndex([input('Sở Y tế', rest)], profile);
    expect(u.groups.find((g) => g.id === 'so-hoa')!.points).toBeNull();
    expect(u.groups.find((g) => g.id === 'tien-do')!.points).toBe(15.24);
    expect([u.total, u.rank]).toEqual([null, null]);
  });

  it('refuses a typed value out of range or not allowed, and uses a typed value where the rows lack data', () => {
    const lacking = { ...rows, onlineFiling: { part: 0, whole: 0, lacking: 21 }, paidOnline: { part: 0, whole: 0, lacking: 0 } };
    const [u] = scoreNationalIndex(
      [{ ...input('Sở Y tế', { ...TYPED, 'nop-truc-tuyen': 4.5, 'thanh-toan-khac': 7, 'truc-tuyen-khac': { invalid: '«abc» (ô E9)' } }), rows: lacking }],
      profile,
    );
    const m = (id: string) => u.groups.flatMap((g) => g.metrics).find((x) => x.id === id)!;
    expect(m('nop-truc-tuyen')).toMatchObject({ source: 'entered', points: 4.5, lack: { kind: 'noData', cases: 21, of: 21 }, numerator: null });
    // No case with a fee: nothing to compute payment A from, and nothing typed.
    expect(m('thanh-toan-ho-so')).toMatchObject({ source: null, points: null, lack: { kind: 'noCases' }, entry: null });
    expect(m('thanh-toan-khac')).toMatchObject({ source: null, points: null, entry: 'invalid' }); // 7 > 4
    expect(m('truc-tuyen-khac')).toMatchObject({ source: null, points: null, entry: 'invalid' });
    expect(u.total).toBeNull();
  });

  it('uses the typed value, not the rows, when some cases lack the data; takes 0 and refuses a negative value', () => {
    // 3 of 13 cases received in the period say nothing of the channel: 5/10 online is not computed (RULES.md §7).
    const partial = { ...rows, onlineFiling: { part: 5, whole: 10, lacking: 3 } };
    const [u] = scoreNationalIndex(
      [{ ...input('Sở Y tế', { ...TYPED, 'nop-truc-tuyen': 2, 'cong-khai-khac': 0, 'truc-tuyen-khac': -1 }), rows: partial }],
      profile,
    );
    const m = (id: string) => u.groups.flatMap((g) => g.metrics).find((x) => x.id === id)!;
    expect(m('nop-truc-tuyen')).toMatchObject({ source: 'entered', points: 2, lack: { kind: 'noData', cases: 3, of: 13 }, numerator: null });
    expect(m('cong-khai-khac')).toMatchObject({ source: 'entered', points: 0, entry: 'used' });
    expect(m('truc-tuyen-khac')).toMatchObject({ source: null, points: null, entry: 'invalid' });
  });

  it('ranks within each level by total, equal totals sharing a rank', () => {
    const less = { ...TYPED, 'cong-khai-khac': 10 };
    const units = scoreNationalIndex(
      [input('A', TYPED), input('B', less), input('C', TYPED), input('D', {}), input('X', less, 'Xã')],
      profile,
    );
    expect(units.map((u) => [u.name, u.total, u.rank])).toEqual([
      ['A', 83.97, 1], ['B', 82.47, 3], ['C', 83.97, 1], ['D', null, null], ['X', 82.47, 1],
    ]);
  });

  it('has no Tiến độ and no detail for a unit that handled nothing', () => {
    const none = { early: 0, onTime: 0, late: 0, withinDeadline: 0, overdue: 0, withdrawn: 0 };
    const [u] = scoreNationalIndex([{ ...input('UBND xã Nà Tấu'), counts: none }], profile);
    expect(u.groups.find((g) => g.id === 'tien-do')).toMatchObject({ points: null, metrics: [expect.objectContaining({ lack: { kind: 'noCases' } })] });
    expect(u.progress).toBeNull();
  });
});
