/**
 * Generates src/domain/scoring/profile-validator.generated.ts: ajv's standalone code for the rules-profile
 * schema. Compiling the schema at run time would need `new Function`, which a strict Content-Security-Policy
 * blocks in the task pane; the generated module is plain code. Run `npm run build:profile-validator` after
 * changing profile-schema.ts; test/build/profile-validator.test.ts fails while the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { PROFILE_SCHEMA } from '../src/domain/scoring/profile-schema';

export const GENERATED_FILE = join(__dirname, '../src/domain/scoring/profile-validator.generated.ts');

/**
 * The options the validator is generated with. strictRequired is off because the `then` of a per-unit rule
 * requires properties declared beside it, not inside it; inlineRefs is off so that each `$ref`'d rule is one
 * function, not a copy per use.
 */
function profileAjv(): Ajv {
  return new Ajv({ allErrors: true, strict: true, strictRequired: false, inlineRefs: false, code: { source: true, esm: true, lines: true } });
}

const HEADER = `/* eslint-disable */
// @ts-nocheck — ajv's generated JavaScript, untyped; profile.ts gives the validator its type.
// Generated from src/domain/scoring/profile-schema.ts by scripts/build-profile-validator.ts: do not edit.
// Run \`npm run build:profile-validator\` after changing the schema (test/build fails while this file is stale).
/* istanbul ignore file */
// Stryker disable all
`;

/** ajv's helpers (string length in code points, deep equality) are CommonJS requires even in ESM output. */
const RUNTIME_REQUIRE = /^const (func\d+) = require\("(ajv\/dist\/runtime\/[a-z0-9]+)"\)\.default;$/;

export function profileValidatorSource(): string {
  const ajv = profileAjv();
  ajv.addSchema(PROFILE_SCHEMA, 'profile');
  const lines = standaloneCode(ajv, { validateProfile: 'profile' }).split('\n');
  const imports = lines.flatMap((line) => {
    const m = RUNTIME_REQUIRE.exec(line);
    return m ? [`import ${m[1]} from "${m[2]}";`] : [];
  });
  // "use strict" would no longer be a directive below the imports; a module is strict anyway.
  const code = lines.filter((line) => !RUNTIME_REQUIRE.test(line) && line !== '"use strict";');
  // A require left over would reach the browser bundle as an undefined global: stop here instead.
  const stray = code.find((line) => /\brequire\(/.test(line));
  if (stray) throw new Error(`ajv's output needs a module this script does not import: ${stray.slice(0, 200)}`);
  return `${HEADER}${imports.join('\n')}\n${code.join('\n')}\n`;
}

if (require.main === module) {
  writeFileSync(GENERATED_FILE, profileValidatorSource());
  console.log(`wrote ${GENERATED_FILE}`);
}
