/**
 * The columns of the `Chỉ số 766 bổ sung` input sheet: one per metric of the national index the user may
 * type (every metric but Tiến độ, which the rows always give), titled for people and tagged with the
 * metric's id («[dong-bo]»), by which a sheet the user edited — or kept from another profile — is read.
 */
import type { IndexGroupRule, IndexMetricRule, NationalIndexRules, RowSource } from '../domain/scoring';
import { foldText } from '../domain/text';
import type { SheetGrid } from './cells';
import { FIELD_LABELS, type CaseField } from './columns';
import { NATIONAL_INDEX_INPUT_SHEET } from './sheet-names';

export { NATIONAL_INDEX_INPUT_SHEET };

export const INPUT_TITLES = { stt: 'STT', name: 'Tên đơn vị', level: 'Cấp', note: 'Ghi chú' } as const;

/** The case columns each rate of the rows reads. */
const SOURCE_FIELDS: Readonly<Record<RowSource, readonly CaseField[]>> = {
  progress: ['due', 'completed'],
  onlineFiling: ['channel'],
  synced: ['synced'],
  paidOnline: ['hasFee', 'paidOnline'],
  digitisedFile: ['digitisedFile'],
  digitisedResult: ['digitisedResult'],
  satisfaction: ['complaint'],
};

/** «Có thu phí, lệ phí», «Thanh toán trực tuyến»: the columns a rate needs, as a sentence names them. */
export const sourceColumns = (source: RowSource): string => SOURCE_FIELDS[source].map((f) => `«${FIELD_LABELS[f]}»`).join(', ');

/** A metric the sheet takes, with its group and the group's number (1–6) in the profile. */
export interface InputMetric {
  group: IndexGroupRule;
  groupNumber: number;
  metric: IndexMetricRule;
}

export function inputMetrics(rules: NationalIndexRules): InputMetric[] {
  return rules.groups.flatMap((group, g) =>
    group.metrics.filter((metric) => metric.source !== 'progress').map((metric) => ({ group, groupNumber: g + 1, metric })),
  );
}

/** "Số hóa hồ sơ — Các chỉ số số hóa còn lại": how messages name a metric (a group's only metric by the group). */
export const metricLabel = ({ group, metric }: { group: { name: string; metrics: readonly unknown[] }; metric: { name: string } }): string =>
  group.metrics.length > 1 ? `${group.name} — ${metric.name}` : group.name;

/**
 * "5. Số hóa hồ sơ — Hồ sơ được số hóa khi tiếp nhận (0–8), chỉ nhập khi … [so-hoa-ho-so]". The number
 * leads so that no title reads as a case column («Số hóa hồ sơ …» would).
 */
export function inputTitle(m: InputMetric): string {
  const when = m.metric.source === 'entered' ? '' : `, chỉ nhập khi danh sách hồ sơ không có cột ${sourceColumns(m.metric.source)}`;
  return `${m.groupNumber}. ${metricLabel(m)} (0–${m.metric.max})${when} [${m.metric.id}]`;
}

/** 0-based indices into the grid's rows and cells. */
interface InputLayout {
  headerIndex: number;
  name: number;
  /** By metric id, the metrics of the profile found. */
  metrics: Map<string, number>;
  /** Tagged columns of no metric of the profile (a sheet kept from another profile). */
  unknown: { column: number; id: string }[];
}

const HEADER_SEARCH_ROWS = 40;
const NAME = /^(ten )?(co quan, )?don vi$|^ten (co quan|don vi)/;
const TAG = /\[([a-z0-9][a-z0-9-]*)\]\s*$/;

/** The header row: the first one naming the unit column and a tagged metric column. */
export function locateInputColumns(grid: SheetGrid, rules: NationalIndexRules): InputLayout | null {
  const known = new Set(inputMetrics(rules).map((m) => m.metric.id));
  for (let r = 0; r < Math.min(grid.rows.length, HEADER_SEARCH_ROWS); r++) {
    const folded = (grid.rows[r] ?? []).map((v) => (typeof v === 'string' ? foldText(v) : ''));
    const name = folded.findIndex((h) => NAME.test(h));
    if (name < 0) continue;
    const metrics = new Map<string, number>();
    const unknown: InputLayout['unknown'] = [];
    folded.forEach((h, column) => {
      const id = TAG.exec(h)?.[1];
      if (id === undefined) return;
      if (!known.has(id)) unknown.push({ column, id });
      else if (!metrics.has(id)) metrics.set(id, column);
    });
    if (metrics.size > 0) return { headerIndex: r, name, metrics, unknown };
  }
  return null;
}
