/**
 * Unit totals (RULES.md §3–4) for random case sets: every unit satisfies the identities the reports print
 * side by side, and the units add up to the totals of the whole set counted directly.
 */
import fc from 'fast-check';
import { aggregateUnits, COUNT_KEYS, identityGap, percent, zeroCounts, type Counts } from '../../src/domain/aggregate';
import { WorkCalendar } from '../../src/domain/calendar/work-calendar';
import type { CaseRecord, Level } from '../../src/domain/cases';
import { caseStatus } from '../../src/domain/status';
import type { UnitInfo } from '../../src/domain/units';
import { caseRecord, period } from './arbitraries';

const cal = WorkCalendar.builtIn();

const UNITS: UnitInfo[] = (
  [
    ['Sở Tư pháp', 'Tỉnh'],
    ['Sở Y tế', 'Tỉnh'],
    ['UBND huyện Tuần Giáo', 'Huyện'],
    ['UBND xã Quài Tở', 'Xã'],
    ['UBND xã Không Hồ Sơ', 'Xã'],
  ] as [string, Level][]
).map(([name, level]) => ({ name, level, parent: null, levelSource: 'list' }));

/** A case set: cases, each with a unit index (the last unit never gets a case), and a period. */
const caseSet = fc.record({
  cases: fc.array(fc.tuple(caseRecord, fc.integer({ min: 0, max: UNITS.length - 2 })), { maxLength: 300 }),
  period,
});

/** Totals counted straight from the outcomes and the cases, without addCase. */
function direct(statuses: ReturnType<typeof caseStatus>[], records: CaseRecord[]): Counts {
  const c = zeroCounts();
  statuses.forEach((s, i) => {
    if (s.outcome === 'outside') return;
    c.total++;
    if (s.receivedInPeriod) {
      c.receivedInPeriod++;
      c[records[i].channel]++;
    } else c.carriedOver++;
    if (s.outcome === 'withdrawn') c.withdrawn++;
    else if (s.outcome === 'withinDeadline' || s.outcome === 'overdue') {
      c.inProgress++;
      c[s.outcome]++;
      // Paused: the status says it waits, and it has no completion date (a finished case never waits).
      if (records[i].status === 'paused' && records[i].completed === null) {
        c.paused++;
        if (s.outcome === 'overdue') c.pausedOverdue++;
      }
    } else {
      c.resolved++;
      c[s.outcome]++;
      if (s.returned) c.returned++;
    }
  });
  return c;
}

describe('aggregateUnits', () => {
  it('satisfies the identities per unit and sums to the whole set', () => {
    fc.assert(
      fc.property(caseSet, ({ cases, period: p }) => {
        const records = cases.map(([c]) => c);
        const statuses = records.map((c) => caseStatus(c, p, cal));
        const units = aggregateUnits(UNITS, records, statuses, (_c, i) => UNITS[cases[i][1]]);
        expect(units.map((u) => u.name)).toEqual(UNITS.map((u) => u.name));

        for (const u of units) {
          expect(identityGap(u)).toBe(0); // total = resolved + inProgress + withdrawn
          expect(u.receivedInPeriod).toBe(u.online + u.direct + u.postal);
          expect(u.total).toBe(u.receivedInPeriod + u.carriedOver);
          expect(u.resolved).toBe(u.early + u.onTime + u.late);
          expect(u.inProgress).toBe(u.withinDeadline + u.overdue);
          expect(u.returned).toBeLessThanOrEqual(u.resolved);
          expect(u.paused).toBeLessThanOrEqual(u.inProgress);
          expect(u.pausedOverdue).toBeLessThanOrEqual(Math.min(u.paused, u.overdue));
          expect(u.paused - u.pausedOverdue).toBeLessThanOrEqual(u.withinDeadline);
          expect(u.lateRateOfResolved).toBe(percent(u.late, u.resolved));
          expect(u.lateRateOfTotal).toBe(percent(u.late, u.total));
        }
        const empty = units[units.length - 1];
        expect(COUNT_KEYS.every((k) => empty[k] === 0)).toBe(true);
        expect([empty.lateRateOfResolved, empty.lateRateOfTotal]).toEqual([null, null]);

        const whole = direct(statuses, records);
        for (const k of COUNT_KEYS) expect(units.reduce((sum, u) => sum + u[k], 0)).toBe(whole[k]);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same totals whether a case’s unit is found by the case or by its index', () => {
    fc.assert(
      fc.property(caseSet, ({ cases, period: p }) => {
        const records = cases.map(([c]) => c);
        const statuses = records.map((c) => caseStatus(c, p, cal));
        const unitOf = new Map(records.map((c, i) => [c, UNITS[cases[i][1]]]));
        const byCase = aggregateUnits(UNITS, records, statuses, (c) => unitOf.get(c)!);
        const byIndex = aggregateUnits(UNITS, records, statuses, (_c, i) => UNITS[cases[i][1]]);
        expect(byIndex).toEqual(byCase);
      }),
      { numRuns: 200 },
    );
  });
});
