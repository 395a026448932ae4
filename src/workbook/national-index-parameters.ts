/**
 * How the national index is computed, in the words the `Chỉ số 766` legend and the `Thông tin` sheet use,
 * generated from the profile so that what is printed is what was applied.
 */
import { roundHalfUp } from '../domain/rounding';
import type { IndexGroupRule, IndexMetricRule, NationalIndexRules, RowSource, RulesProfile } from '../domain/scoring';
import { metricLabel } from './national-index-columns';

const RATES: Readonly<Record<RowSource, string>> = {
  progress: 'hồ sơ đúng hạn ÷ hồ sơ phải giải quyết',
  onlineFiling: 'hồ sơ nộp trực tuyến ÷ hồ sơ tiếp nhận mới trong kỳ',
  synced: 'hồ sơ đã đồng bộ lên Cổng Dịch vụ công quốc gia ÷ hồ sơ tiếp nhận mới trong kỳ',
  paidOnline: 'hồ sơ thanh toán trực tuyến ÷ hồ sơ có thu phí, lệ phí (tiếp nhận mới trong kỳ)',
  digitisedFile: 'hồ sơ được số hóa ÷ hồ sơ tiếp nhận mới trong kỳ',
  digitisedResult: 'kết quả được số hóa ÷ hồ sơ giải quyết trong kỳ',
  satisfaction: '(hồ sơ phải giải quyết − hồ sơ trễ hạn, quá hạn − hồ sơ có phản ánh, kiến nghị) ÷ hồ sơ phải giải quyết',
};

const percent = (x: number): string => `${String(x).replace('.', ',')}%`;

const groupMax = (group: IndexGroupRule): number => roundHalfUp(group.metrics.reduce((s, m) => s + m.max, 0), 4);

/** "tỷ lệ = …; điểm = 6 × tỷ lệ" or "…; đủ 6 điểm khi tỷ lệ từ 50%, dưới đó 6 × tỷ lệ ÷ 50%". */
export function metricFormula(metric: IndexMetricRule): string {
  if (metric.source === 'entered') return `nhập theo Cổng Dịch vụ công quốc gia (0–${metric.max})`;
  const { max, fullAtPercent } = metric;
  const points = fullAtPercent >= 100 ? `điểm = ${max} × tỷ lệ` : `đủ ${max} điểm khi tỷ lệ từ ${percent(fullAtPercent)}, dưới đó ${max} × tỷ lệ ÷ ${percent(fullAtPercent)}`;
  return `tỷ lệ = ${RATES[metric.source]}; ${points}`;
}

/** What «handled» and «on time» count, with the profile's rule for withdrawn cases. */
export function handledDefinition(rules: NationalIndexRules): string {
  const withdrawn = rules.withdrawnCases === 'onTime' ? ' Hồ sơ rút được tính là đã giải quyết đúng hạn.' : ' Hồ sơ rút không được tính.';
  return `Hồ sơ phải giải quyết = đã giải quyết trong kỳ (kể cả trả lại, từ chối, dừng xử lý) + đang giải quyết cuối kỳ; đúng hạn = giải quyết trước hạn, đúng hạn + đang giải quyết trong hạn.${withdrawn}`;
}

/** Groups whose split between their metrics no text settles, e.g. «Dịch vụ công trực tuyến» (6 + 6). */
export function unsettledSplits(rules: NationalIndexRules): string[] {
  return rules.groups.filter((g) => !g.splitSettled).map((g) => `«${g.name}» (${g.metrics.map((m) => m.max).join(' + ')})`);
}

export function nationalIndexParameters(profile: RulesProfile): [string, string][] {
  const rules = profile.nationalIndex;
  const metrics = rules.groups.flatMap((group) => group.metrics.map((metric): [string, string] => [`Chỉ số 766: ${metricLabel({ group, metric })}`, metricFormula(metric)]));
  const unsettled = unsettledSplits(rules);
  return [
    ['Chỉ số 766', `${rules.name}; ${rules.groups.map((g) => `${g.name} ${groupMax(g)}`).join(', ')} điểm`],
    ['Chỉ số 766: hồ sơ phải giải quyết', handledDefinition(rules)],
    ...metrics,
    ...(unsettled.length ? [['Chỉ số 766: cách chia điểm chưa xác định', `${unsettled.join('; ')} — tham số của quy tắc, chưa có văn bản quy định`] as [string, string]] : []),
  ];
}
