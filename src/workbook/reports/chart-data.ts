/**
 * What the charts of «Biểu đồ» show, chosen from a run's figures: per level, the units that drag the
 * province down (highest late rate, lowest Tiến độ), the units per class, and the province's on-time rate
 * month by month. Every figure is one the other result sheets print; nothing is estimated.
 */
import { percent, type UnitTotals } from '../../domain/aggregate';
import type { CaseRecord, Level } from '../../domain/cases';
import type { WorkCalendar } from '../../domain/calendar/work-calendar';
import { dayFromYmd, ymdFromDay } from '../../domain/dates';
import type { RulesProfile } from '../../domain/scoring';
import { caseStatus } from '../../domain/status';
import type { RunNationalIndex } from '../national-index-units';
import type { RunUnitScore } from '../score-units';
import { collator, LEVELS } from './case-groups';

/** A chart of more bars than this would not be legible on one A4 page: the worst ones are shown. */
export const MAX_BARS = 25;
/** The monthly line shows at most the last two years. */
const MAX_MONTHS = 24;
/** A trend needs at least a year of months. */
const MIN_TREND_MONTHS = 12;

/** One bar: a unit, its figure and the counts behind it («3/40»). */
interface Bar {
  name: string;
  value: number;
  detail: string;
}

/** The bars of one level, the worst first, and how many units of the level had a figure at all. */
export interface LevelBars {
  level: Level;
  bars: Bar[];
  of: number;
}

function worstFirst(level: Level, all: Bar[], worse: (a: Bar, b: Bar) => number): LevelBars {
  const sorted = [...all].sort((a, b) => worse(a, b) || collator.compare(a.name, b.name));
  return { level, bars: sorted.slice(0, MAX_BARS), of: all.length };
}

/**
 * Late ÷ resolved per unit (the provincial overdue list's rate), highest first, per level. Units that
 * resolved nothing have no rate and are left out.
 */
export function lateRateBars(units: readonly UnitTotals[]): LevelBars[] {
  return LEVELS.flatMap((level) => {
    const bars = units
      .filter((u) => u.level === level && u.lateRateOfResolved !== null)
      .map((u): Bar => ({ name: u.name, value: u.lateRateOfResolved!, detail: `${u.late}/${u.resolved}` }));
    return bars.length ? [worstFirst(level, bars, (a, b) => b.value - a.value)] : [];
  });
}

export const TIEN_DO_GROUP = 'tien-do';

/** Tiến độ giải quyết points (QĐ 766) per unit, lowest first, per level; units without the figure are left out. */
export function progressBars(units: readonly RunNationalIndex[]): LevelBars[] {
  return LEVELS.flatMap((level) => {
    const bars = units.flatMap((u): Bar[] => {
      const points = u.groups.find((g) => g.id === TIEN_DO_GROUP)?.points ?? null;
      if (u.level !== level || points === null) return [];
      return [{ name: u.name, value: points, detail: u.progress ? String(u.progress.notOnTime) : '' }];
    });
    return bars.length ? [worstFirst(level, bars, (a, b) => a.value - b.value)] : [];
  });
}

const UNCLASSIFIED = 'Chưa xếp loại';

/** The class labels in the profile's order, then «Chưa xếp loại» for every unit without one of them. */
export function classLabels(profile: RulesProfile): string[] {
  return [...profile.classification.bands.map((b) => b.label), profile.classification.otherwise, UNCLASSIFIED];
}

/** Units per class (in `classLabels` order) for each level that has units. */
export function classCounts(scores: readonly RunUnitScore[], profile: RulesProfile): { level: Level; counts: number[] }[] {
  const labels = classLabels(profile);
  return LEVELS.flatMap((level) => {
    const units = scores.filter((s) => s.level === level);
    if (!units.length) return [];
    const counts = labels.map(() => 0);
    for (const u of units) {
      const i = labels.indexOf(u.classification ?? UNCLASSIFIED);
      counts[i >= 0 && i < labels.length - 1 ? i : labels.length - 1]++;
    }
    return [{ level, counts }];
  });
}

export interface MonthRate {
  year: number;
  month: number;
  resolved: number;
  onTime: number;
  /** (early + on time) ÷ resolved in %, null for a month without resolved cases. */
  rate: number | null;
}

const monthKey = (day: number): number => {
  const { year, month } = ymdFromDay(day);
  return year * 12 + month - 1;
};

/**
 * The province's on-time rate per month of completion, over every case row (not only the period): each
 * resolved case is judged as the monthly report of its completion month judges it. Empty when the rows'
 * completions span fewer than `MIN_TREND_MONTHS` months; the last `MAX_MONTHS` months otherwise.
 */
export function monthlyOnTime(cases: readonly CaseRecord[], calendar: WorkCalendar): MonthRate[] {
  const tally = new Map<number, { resolved: number; onTime: number }>();
  for (const c of cases) {
    const done = c.completed;
    if (!done || !c.due || c.status === 'withdrawn' || c.status === 'notReceived') continue;
    const key = monthKey(done.day);
    const year = Math.floor(key / 12);
    const month = (key % 12) + 1;
    const end = dayFromYmd(year, month + 1, 0);
    const { outcome } = caseStatus(c, { from: dayFromYmd(year, month, 1), to: end, asOf: end }, calendar);
    if (outcome !== 'early' && outcome !== 'onTime' && outcome !== 'late') continue;
    const t = tally.get(key) ?? { resolved: 0, onTime: 0 };
    t.resolved++;
    if (outcome !== 'late') t.onTime++;
    tally.set(key, t);
  }
  if (!tally.size) return [];
  const first = Math.min(...tally.keys());
  const last = Math.max(...tally.keys());
  if (last - first + 1 < MIN_TREND_MONTHS) return [];
  const months: MonthRate[] = [];
  for (let key = Math.max(first, last - MAX_MONTHS + 1); key <= last; key++) {
    const t = tally.get(key) ?? { resolved: 0, onTime: 0 };
    months.push({ year: Math.floor(key / 12), month: (key % 12) + 1, ...t, rate: percent(t.onTime, t.resolved) });
  }
  return months;
}
