/**
 * Golden tests: each fixture page in tests/fixtures/pages is scanned exactly as `npm run scan -- --json`
 * would, and what it highlights and lists must equal the saved `<name>.expected.json`: for each sentence
 * its text, offsets, claim and kind (not the claim's wording or the score, which every change to the
 * claims or a retune moves). After an intended change, review the differences and refresh the files with
 * `UPDATE_GOLDEN=1 npx vitest run tests/cli`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/match/scan-text';
import { loadScanner, readInput, scanDocument } from '../../src/cli/scan-document';

const DIR = join(import.meta.dirname, '../fixtures/pages');
const { matcher } = loadScanner();
const pages = readdirSync(DIR).filter((f) => f.endsWith('.html'));

const golden = ({ text, start, end, claimId, kind }: Finding) => ({ text, start, end, claimId, kind });

describe('golden pages', () => {
  it('has fixtures, with and without claims', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
  });

  it.each(pages)('%s', (page) => {
    const [input] = readInput(`tests/fixtures/pages/${page}`, readFileSync(join(DIR, page), 'utf8'), false);
    const result = scanDocument(matcher, input!);
    const actual = {
      pageDate: result.pageDate,
      matches: result.matches.map(golden),
      possible: result.possible.map(golden),
    };
    const expectedPath = join(DIR, page.replace(/\.html$/, '.expected.json'));
    if (process.env.UPDATE_GOLDEN) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    if (!existsSync(expectedPath))
      throw new Error(
        `${expectedPath} is missing: write it with UPDATE_GOLDEN=1 npx vitest run tests/cli, and review it`,
      );
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});
