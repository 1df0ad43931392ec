/**
 * Golden tests: each fixture page in tests/fixtures/pages is scanned exactly as `npm run scan -- --json`
 * would, and the result must equal the saved `<name>.expected.json`. After an intended change to the
 * matcher or the claims, review the differences and refresh them with `UPDATE_GOLDEN=1 npx vitest run tests/cli`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScanner, readInput, scanDocument, toJson } from '../../src/cli/scan-document';

const DIR = join(import.meta.dirname, '../fixtures/pages');
const { matcher, db } = loadScanner();
const pages = readdirSync(DIR).filter((f) => f.endsWith('.html'));

describe('golden pages', () => {
  it('has fixtures, with and without claims', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
  });

  it.each(pages)('%s', (page) => {
    const [input] = readInput(`tests/fixtures/pages/${page}`, readFileSync(join(DIR, page), 'utf8'), false);
    const actual = JSON.parse(toJson(scanDocument(matcher, input!), db)) as unknown;
    const expectedPath = join(DIR, page.replace(/\.html$/, '.expected.json'));
    if (process.env.UPDATE_GOLDEN || !existsSync(expectedPath))
      writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});
