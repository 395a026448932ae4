/**
 * The rules-profile validator is generated at build time (scripts/build-profile-validator.ts) so that no
 * code is compiled at run time. The committed module must be what the script makes from today's schema,
 * and it must judge every profile exactly as ajv compiling the schema at run time did before.
 */
import { readFileSync } from 'fs';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import fc from 'fast-check';
import { GENERATED_FILE, profileValidatorSource } from '../../scripts/build-profile-validator';
import dienbien1187 from '../../src/domain/scoring/profiles/dienbien-1187.json';
import tt012018 from '../../src/domain/scoring/profiles/tt01-2018.json';
import { PROFILE_SCHEMA } from '../../src/domain/scoring/profile-schema';
import { validateProfile } from '../../src/domain/scoring/profile-validator.generated';

const generated = validateProfile as ValidateFunction;
/** The validator as src/domain/scoring/profile.ts compiled it at run time before it was generated. */
const reference = new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(PROFILE_SCHEMA);

/** What describeAjvError reads of an error: where, which keyword, its parameters. */
const findings = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => ({ at: e.instancePath, keyword: e.keyword, params: e.params as unknown }));

function judge(validate: ValidateFunction, input: unknown) {
  return validate(input) ? [] : findings(validate.errors);
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every place in a JSON document, the document itself included. */
function paths(node: Json, at: Path = []): Path[] {
  if (node === null || typeof node !== 'object') return [at];
  const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
  return [at, ...keys.flatMap((k) => paths((node as Record<string | number, Json>)[k], [...at, k]))];
}

const valueAt = (doc: Json, path: Path): Json => path.reduce((n, k) => (n as Record<string | number, Json>)[k], doc);

/** A copy of doc with the value at `path` replaced (or deleted when value is undefined). */
function edited(doc: Json, path: Path, value: Json | undefined): Json {
  if (path.length === 0) return value ?? null;
  const copy = JSON.parse(JSON.stringify(doc)) as Json;
  const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path[path.length - 1];
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else parent[key] = value;
  return copy;
}

describe('the generated profile validator', () => {
  it('is what scripts/build-profile-validator.ts makes from profile-schema.ts (else: npm run build:profile-validator)', () => {
    expect(readFileSync(GENERATED_FILE, 'utf8')).toBe(profileValidatorSource());
  });

  it('compiles nothing at run time and imports only ajv’s two runtime helpers', () => {
    const source = readFileSync(GENERATED_FILE, 'utf8');
    expect(source).not.toMatch(/new Function|\beval\(|\brequire\(/);
    expect(source.match(/^import .*$/gm)).toEqual([
      'import func3 from "ajv/dist/runtime/ucs2length";',
      'import func0 from "ajv/dist/runtime/equal";',
    ]);
  });

  it.each([
    ['dienbien-1187', dienbien1187],
    ['tt01-2018', tt012018],
  ])('accepts the built-in %s', (_name, profile) => {
    expect(judge(generated, profile)).toEqual([]);
  });

  it('finds what the run-time compiled schema finds, in the same order, in hand-broken profiles', () => {
    const broken: Json[] = [
      edited(dienbien1187 as Json, ['perUnit', '5', 'source'], 'enteredOrDerived'),
      edited(dienbien1187 as Json, ['perCase', '3', 'bands', 0, 'atMost'], -1),
      edited(dienbien1187 as Json, ['ranking', 'order'], ['total', 'total']),
      edited(dienbien1187 as Json, ['name'], ''),
      edited(dienbien1187 as Json, ['perCase', '4'], undefined),
      edited(dienbien1187 as Json, ['nationalIndex', 'groups', 0, 'metrics', 0, 'fullAtPercent'], undefined),
    ];
    for (const input of broken) {
      const expected = judge(reference, input);
      expect(expected.length).toBeGreaterThan(0);
      expect(judge(generated, input)).toEqual(expected);
    }
  });

  it('finds what the run-time compiled schema finds in randomly broken profiles', () => {
    // A failure prints the profile's name and the path, not the whole document.
    const docs: Record<string, Json> = { 'dienbien-1187': dienbien1187 as Json, 'tt01-2018': tt012018 as Json };
    const places = Object.entries(docs).flatMap(([name, doc]) => paths(doc).map((p) => [name, p] as const));
    const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));
    /** Near misses of the value found there: numbers just past a bound, strings empty or of astral characters. */
    const nearMiss = (found: Json) =>
      typeof found === 'number'
        ? fc.constantFrom(found + 1, found - 1, found + 0.5, -found, String(found))
        : typeof found === 'string'
          ? // ajv counts a string's length in code points (its ucs2length helper).
            fc.constantFrom('', '😀', `${found}😀`, found.toUpperCase(), `${found} `)
          : anyValue;
    const brokenPlace = fc
      .constantFrom(...places)
      .chain(([name, path]) => fc.tuple(fc.constant(name), fc.constant(path), fc.oneof(nearMiss(valueAt(docs[name], path)), anyValue)));
    fc.assert(
      fc.property(brokenPlace, ([name, path, v]) => {
        const input = edited(docs[name], path, v as Json | undefined);
        expect(judge(generated, input)).toEqual(judge(reference, input));
      }),
      { numRuns: 1000 },
    );
  });
});
