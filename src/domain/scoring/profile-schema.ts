/**
 * JSON schema (draft-07) of a rules profile — the shape of `RulesProfile`. Profiles are checked by the validator
 * that ajv generates from it at build time (`profile-validator.generated.ts`, `npm run build:profile-validator`).
 * Orderings between bands are checked after the schema in `profile-order.ts`, and what ties the national
 * index's groups and metrics together in `national-index-checks.ts`, where the message can say which
 * element is at fault.
 */
import { NATIONAL_INDEX_GROUPS, ROW_SOURCES } from './profile-types';

const points = { type: 'integer', minimum: 0, maximum: 2 } as const;
const text = { type: 'string', minLength: 1 } as const;
const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

const timeliness = {
  type: 'object',
  required: ['name', 'early', 'onTime', 'late'],
  additionalProperties: false,
  properties: { name: text, early: points, onTime: points, late: points },
} as const;

const steps = {
  type: 'object',
  required: ['name', 'anyStepLate', 'noStepLate', 'withoutStepData'],
  additionalProperties: false,
  properties: {
    name: text,
    anyStepLate: points,
    noStepLate: {
      type: 'object',
      required: ['early', 'onTime', 'late'],
      additionalProperties: false,
      properties: { early: points, onTime: points, late: points },
    },
    withoutStepData: { enum: ['indicator1', 'missing'] },
  },
} as const;

const countRule = {
  type: 'object',
  required: ['name', 'bands', 'otherwise'],
  additionalProperties: false,
  properties: {
    name: text,
    bands: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['atMost', 'points'],
        additionalProperties: false,
        properties: { atMost: { type: 'integer', minimum: 0 }, points },
      },
    },
    otherwise: points,
  },
} as const;

const attitude = {
  type: 'object',
  required: ['name', 'complaintUpheld', 'early', 'onTime', 'late'],
  additionalProperties: false,
  properties: { name: text, complaintUpheld: points, early: points, onTime: points, late: points },
} as const;

const perUnitRule = {
  type: 'object',
  required: ['name', 'source'],
  additionalProperties: false,
  properties: {
    name: text,
    source: { enum: ['entered', 'enteredOrDerived'] },
    derivedFrom: { enum: ['feedbackOnTime', 'onlineFiling'] },
    bands: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['atLeastPercent', 'points'],
        additionalProperties: false,
        properties: { atLeastPercent: { type: 'number', minimum: 0, maximum: 100 }, points },
      },
    },
    otherwise: points,
  },
  if: { properties: { source: { const: 'enteredOrDerived' } } },
  then: { required: ['derivedFrom', 'bands', 'otherwise'] },
} as const;

/**
 * A rule used more than once is a definition referred to by `$ref`: the validator generated from this schema
 * (scripts/build-profile-validator.ts) then checks it in one function instead of one copy per use.
 */
const ref = (name: 'countRule' | 'perUnitRule') => ({ $ref: `#/definitions/${name}` });

const labelBands = (max: number) =>
  ({
    type: 'array',
    minItems: 1,
    items: {
      type: 'object',
      required: ['label', 'atLeast'],
      additionalProperties: false,
      properties: { label: text, atLeast: { type: 'number', minimum: 0, maximum: max } },
    },
  }) as const;

const indexMetric = {
  type: 'object',
  required: ['id', 'name', 'max', 'source'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
    name: text,
    max: { type: 'number', exclusiveMinimum: 0, maximum: 100 },
    source: { enum: ['entered', ...ROW_SOURCES] },
    fullAtPercent: { type: 'number', exclusiveMinimum: 0, maximum: 100 },
  },
  // A rate's metric needs its threshold; `fullAtPercent` on a typed metric is refused in national-index-checks.ts.
  if: { required: ['source'], properties: { source: { not: { const: 'entered' } } } },
  then: { required: ['fullAtPercent'] },
} as const;

const nationalIndex = {
  type: 'object',
  required: ['name', 'decimals', 'withdrawnCases', 'groups'],
  additionalProperties: false,
  properties: {
    name: text,
    decimals: { type: 'integer', minimum: 0, maximum: 4 },
    withdrawnCases: { enum: ['onTime', 'notCounted'] },
    groups: {
      type: 'array',
      minItems: NATIONAL_INDEX_GROUPS.length,
      maxItems: NATIONAL_INDEX_GROUPS.length,
      items: {
        type: 'object',
        required: ['id', 'name', 'splitSettled', 'metrics'],
        additionalProperties: false,
        properties: {
          id: { enum: NATIONAL_INDEX_GROUPS },
          name: text,
          splitSettled: { type: 'boolean' },
          metrics: { type: 'array', minItems: 1, items: indexMetric },
        },
      },
    },
  },
} as const;

export const PROFILE_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Hồ sơ quy tắc chấm điểm giải quyết TTHC',
  type: 'object',
  required: [
    'id',
    'name',
    'legalBasis',
    'decimals',
    'reportColumns',
    'perCase',
    'perUnit',
    'missingData',
    'classification',
    'ranking',
    'dtbCcvc',
    'nationalIndex',
  ],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    id: { type: 'string', pattern: '^[a-z0-9][a-z0-9.-]*$' },
    name: text,
    legalBasis: text,
    validity: {
      type: 'object',
      additionalProperties: false,
      required: ['note'],
      properties: { from: isoDate, to: isoDate, note: text },
    },
    decimals: { type: 'integer', minimum: 0, maximum: 4 },
    // Nine distinct TT 01 numbers: a permutation of 1..9.
    reportColumns: {
      type: 'array',
      minItems: 9,
      maxItems: 9,
      uniqueItems: true,
      items: { type: 'integer', minimum: 1, maximum: 9 },
    },
    perCase: {
      type: 'object',
      required: ['1', '2', '3', '4', '7'],
      additionalProperties: false,
      properties: { '1': timeliness, '2': steps, '3': ref('countRule'), '4': ref('countRule'), '7': attitude },
    },
    perUnit: {
      type: 'object',
      required: ['5', '6', '8', '9'],
      additionalProperties: false,
      properties: { '5': ref('perUnitRule'), '6': ref('perUnitRule'), '8': ref('perUnitRule'), '9': ref('perUnitRule') },
    },
    missingData: {
      type: 'object',
      required: ['notEnoughInfo', 'excludedNote'],
      additionalProperties: false,
      properties: {
        notEnoughInfo: { enum: ['exclude', 'block'] },
        excludedNote: { type: 'string', pattern: '\\{columns\\}' },
      },
    },
    classification: {
      type: 'object',
      required: ['bands', 'otherwise', 'notSent', 'notEvaluated'],
      additionalProperties: false,
      properties: {
        // A unit total is at most 9 × 2 = 18 points.
        bands: labelBands(18),
        otherwise: text,
        notSent: text,
        notEvaluated: text,
      },
    },
    ranking: {
      type: 'object',
      required: ['order', 'ties'],
      additionalProperties: false,
      properties: {
        order: {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: { enum: ['total', 'dtbCcvc'] },
        },
        ties: { enum: ['competition', 'dense'] },
      },
    },
    dtbCcvc: {
      type: 'object',
      required: ['bands', 'otherwise'],
      additionalProperties: false,
      // ĐTB CCVC is five indicators × 2 = at most 10 points.
      properties: { bands: labelBands(10), otherwise: text },
    },
    nationalIndex,
  },
  definitions: { countRule, perUnitRule },
} as const;
