/**
 * Turns ajv's findings into Vietnamese messages that name the field the way a person editing the JSON
 * file sees it (`classification.bands[0].atLeast`), with the value found.
 */
import type { ErrorObject } from 'ajv';

export interface ProfileProblem {
  /** Dotted path of the field, e.g. `perCase.3.bands[1].points`; empty for the whole document. */
  path: string;
  message: string;
}

const TYPE_NAMES: Record<string, string> = {
  number: 'một số',
  integer: 'một số nguyên',
  string: 'một chuỗi ký tự',
  object: 'một đối tượng { … }',
  array: 'một danh sách [ … ]',
  boolean: 'true hoặc false',
};

const COMPARISONS: Record<string, string> = { '<=': '≤', '>=': '≥' };

const PATTERN_HINTS: Record<string, string> = {
  id: 'chỉ gồm chữ thường không dấu, chữ số, dấu chấm và gạch ngang',
  'missingData.excludedNote': 'phải chứa chỗ điền {columns}',
  'validity.from': 'phải là ngày dạng yyyy-mm-dd (ví dụ 2019-11-13)',
  'validity.to': 'phải là ngày dạng yyyy-mm-dd (ví dụ 2019-11-13)',
};
/** A national-index metric's id (`nationalIndex.groups[1].metrics[0].id`): it tags a column of the input sheet. */
const METRIC_ID = /^nationalIndex\.groups\[\d+\]\.metrics\[\d+\]\.id$/;
const METRIC_ID_HINT = 'chỉ gồm chữ thường không dấu, chữ số và gạch ngang';

export function describeAjvError(error: ErrorObject, document: unknown): ProfileProblem | null {
  const segments = error.instancePath.split('/').slice(1).map(unescapePointer);
  const path = renderPath(segments, document);
  const value = valueAt(segments, document);
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    // The `then` branch reports its own, more precise error.
    case 'if':
      return null;
    case 'required':
      return { path: join(path, String(p.missingProperty)), message: 'thiếu trường bắt buộc' };
    case 'additionalProperties':
      return {
        path: join(path, String(p.additionalProperty)),
        message: 'trường không thuộc hồ sơ quy tắc (tên gõ sai?)',
      };
    case 'type':
      return { path, message: `phải là ${TYPE_NAMES[String(p.type)] ?? String(p.type)}, đang là ${show(value)}` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        path,
        message: `phải ${COMPARISONS[String(p.comparison)] ?? String(p.comparison)} ${String(p.limit)}, đang là ${show(value)}`,
      };
    case 'enum':
      return {
        path,
        message: `phải là một trong: ${(p.allowedValues as unknown[]).map(show).join(', ')}; đang là ${show(value)}`,
      };
    case 'minItems':
      return { path, message: `phải có ít nhất ${String(p.limit)} phần tử, đang có ${countOf(value)}` };
    case 'maxItems':
      return { path, message: `phải có nhiều nhất ${String(p.limit)} phần tử, đang có ${countOf(value)}` };
    case 'uniqueItems': {
      const [first, second] = [Number(p.i), Number(p.j)].sort((a, b) => a - b);
      return { path, message: `có giá trị lặp lại (phần tử thứ ${first + 1} và ${second + 1} trùng nhau)` };
    }
    case 'minLength':
      return { path, message: 'không được để trống' };
    case 'pattern':
      return { path, message: `${patternHint(path) ?? `phải khớp mẫu ${String(p.pattern)}`}, đang là ${show(value)}` };
    default:
      return { path, message: `không hợp lệ (${error.message ?? error.keyword})` };
  }
}

function patternHint(path: string): string | undefined {
  return PATTERN_HINTS[path] ?? (METRIC_ID.test(path) ? METRIC_ID_HINT : undefined);
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Array positions as `[i]`, object keys (even numeric ones such as perCase."3") dotted. */
function renderPath(segments: string[], document: unknown): string {
  let path = '';
  let node: unknown = document;
  for (const segment of segments) {
    path = Array.isArray(node) ? `${path}[${segment}]` : join(path, segment);
    node = step(node, segment);
  }
  return path;
}

function valueAt(segments: string[], document: unknown): unknown {
  return segments.reduce<unknown>(step, document);
}

function step(node: unknown, segment: string): unknown {
  return typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[segment] : undefined;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function countOf(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

function show(value: unknown): string {
  if (value === undefined) return '(không có)';
  const json = JSON.stringify(value);
  return json.length > 60 ? json.slice(0, 57) + '…' : json;
}
