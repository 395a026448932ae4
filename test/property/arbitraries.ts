/** Shared fast-check generators: days of 2015–2031, date-times, case records, periods. */
import fc from 'fast-check';
import type { CaseRecord, Channel, Period, StatusKind } from '../../src/domain/cases';
import { dayFromYmd, type DateTimeValue, type DayNumber } from '../../src/domain/dates';

export const FIRST_DAY = dayFromYmd(2015, 1, 1);
export const LAST_DAY = dayFromYmd(2031, 12, 31);

/** Any day of 2015–2031: working days, weekends, holidays and make-up Saturdays alike. */
export const anyDay = fc.integer({ min: FIRST_DAY, max: LAST_DAY });

export const dateTime = (day: fc.Arbitrary<DayNumber>): fc.Arbitrary<DateTimeValue> =>
  fc.record({ day, minutes: fc.option(fc.integer({ min: 1, max: 1439 }), { nil: null }) });

/**
 * A time of day in minutes, half the time office hours' ends (07:30, 17:00) so that a completion at the due
 * minute exactly — on time, RULES.md §3 — comes up often, not once in a million cases.
 */
const minuteOfDay = fc.oneof(fc.constantFrom(7 * 60 + 30, 17 * 60), fc.integer({ min: 1, max: 1439 }));

export const STATUS_KINDS: readonly StatusKind[] = ['withdrawn', 'returned', 'done', 'open', 'paused', 'notReceived', 'unknown'];
export const CHANNELS: readonly Channel[] = ['online', 'direct', 'postal'];

/**
 * A case as the reader lets it through (completion and deadline never before receipt), around 2024 so that
 * periods catch all kinds: before, inside, across and after. A withdrawn case may have no deadline.
 */
export const caseRecord: fc.Arbitrary<CaseRecord> = fc
  .record({
    received: fc.integer({ min: dayFromYmd(2023, 10, 1), max: dayFromYmd(2024, 9, 30) }),
    receivedMinutes: fc.option(fc.integer({ min: 1, max: 1439 }), { nil: null }),
    dueAfter: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
    dueMinutes: fc.option(minuteOfDay, { nil: null }),
    doneAfter: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
    doneMinutes: fc.option(minuteOfDay, { nil: null }),
    status: fc.constantFrom(...STATUS_KINDS),
    channel: fc.constantFrom(...CHANNELS),
    unit: fc.constantFrom('Sở Tư pháp', 'Sở Y tế', 'UBND huyện Tuần Giáo', 'UBND xã Quài Tở'),
  })
  .map((c): CaseRecord => ({
    sheet: 'Hồ sơ',
    row: 2,
    code: null,
    unit: c.unit,
    field: null,
    procedure: null,
    received: { day: c.received, minutes: c.receivedMinutes },
    due: c.dueAfter === null && c.status === 'withdrawn' ? null : { day: c.received + (c.dueAfter ?? 5), minutes: c.dueMinutes },
    completed: c.doneAfter === null ? null : { day: c.received + c.doneAfter, minutes: c.doneMinutes },
    status: c.status,
    channel: c.channel,
    handler: null,
    levelHint: null,
    districtHint: null,
    stepLate: null,
    supplements: null,
    agenciesContacted: null,
    complaintUpheld: null,
  }));

/** A period of 1 day to 1 year in 2024, judged at its end or up to 60 days later. */
export const period: fc.Arbitrary<Period> = fc
  .record({ from: fc.integer({ min: dayFromYmd(2023, 12, 1), max: dayFromYmd(2024, 9, 30) }), length: fc.integer({ min: 0, max: 365 }), late: fc.integer({ min: 0, max: 60 }) })
  .map(({ from, length, late }) => ({ from, to: from + length, asOf: from + length + late }));
