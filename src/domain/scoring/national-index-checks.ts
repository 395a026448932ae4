/**
 * Checks of the national index the schema cannot express: each of the six groups once, metric ids unique
 * (the input sheet finds a metric's column by its id), Tiến độ computed from the rows by one `progress`
 * metric in its group, a rate of the rows used once, a threshold only where a rate is scored.
 */
import type { ProfileProblem } from './profile-problems';
import type { NationalIndexRules } from './profile-types';

const PROGRESS_GROUP = 'tien-do';

export function nationalIndexProblems(rules: NationalIndexRules): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  const groupAt = new Map<string, string>();
  const metricAt = new Map<string, string>();
  const sourceAt = new Map<string, string>();
  rules.groups.forEach((group, g) => {
    const groupPath = `nationalIndex.groups[${g}]`;
    const first = groupAt.get(group.id);
    if (first) problems.push({ path: `${groupPath}.id`, message: `nhóm «${group.id}» đã có ở ${first}` });
    else groupAt.set(group.id, groupPath);
    group.metrics.forEach((metric, m) => {
      const path = `${groupPath}.metrics[${m}]`;
      const sameId = metricAt.get(metric.id);
      if (sameId) problems.push({ path: `${path}.id`, message: `mã chỉ số «${metric.id}» đã dùng ở ${sameId}` });
      else metricAt.set(metric.id, path);
      if (metric.source === 'entered') {
        if ('fullAtPercent' in metric) {
          problems.push({ path: `${path}.fullAtPercent`, message: 'chỉ số nhập tay không có ngưỡng (chỉ dùng cho chỉ số tính từ hồ sơ)' });
        }
        return;
      }
      const sameSource = sourceAt.get(metric.source);
      if (sameSource) problems.push({ path: `${path}.source`, message: `nguồn «${metric.source}» đã dùng ở ${sameSource}` });
      else sourceAt.set(metric.source, path);
      if (metric.source === 'progress' && group.id !== PROGRESS_GROUP) {
        problems.push({ path: `${path}.source`, message: `chỉ số tính từ nguồn «progress» phải thuộc nhóm «${PROGRESS_GROUP}»` });
      }
    });
  });
  if (!sourceAt.has('progress')) {
    problems.push({ path: 'nationalIndex.groups', message: `thiếu chỉ số Tiến độ giải quyết tính từ hồ sơ (nguồn «progress») trong nhóm «${PROGRESS_GROUP}»` });
  }
  return problems;
}
