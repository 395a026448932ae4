/**
 * package.json's `engines` admits exactly the Node.js versions that have what the code needs. The zip
 * reader and writer use zlib.crc32, which came in Node 20.15 and 22.2 and never in 21: a range such as
 * `>=20` would admit versions on which every run stops at the first workbook.
 */
import { crc32 } from 'zlib';

// semver is jest's own dependency; this only reads the range as npm does.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const semver: { satisfies(version: string, range: string): boolean } = require('semver');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const range: string = require('../../package.json').engines.node;

describe('the Node.js versions package.json admits', () => {
  it('include the one running, which has a working zlib.crc32', () => {
    expect(semver.satisfies(process.versions.node, range)).toBe(true);
    expect(typeof crc32).toBe('function');
    expect(crc32('123456789')).toBe(0xcbf43926); // the CRC-32 check value
  });

  it('exclude every version without zlib.crc32, and only those', () => {
    for (const v of ['18.20.4', '20.0.0', '20.14.0', '21.7.3', '22.0.0', '22.1.0']) expect([v, semver.satisfies(v, range)]).toEqual([v, false]);
    for (const v of ['20.15.0', '20.19.5', '22.2.0', '22.15.0', '24.0.0']) expect([v, semver.satisfies(v, range)]).toEqual([v, true]);
  });
});
