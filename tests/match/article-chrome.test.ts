// @vitest-environment happy-dom
/**
 * The article, not the page around it: on a page about police facial recognition, a sentence in the
 * navigation, a "most read" list, a promo or a caption is highlighted only when it quotes a claim nearly
 * word for word; one word in common with a claim is never enough, in the article or outside it.
 * The sentences are written for these tests.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDatabase } from '../../src/claims/types';
import { loadMatcher } from '../../src/cli/load-matcher';
import type { Matcher } from '../../src/match/matcher';
import { scanText } from '../../src/match/scan-text';
import { ArticleMap } from '../../src/page/article';
import { extractText } from '../../src/page/extract';

let matcher: Matcher;
let db: ClaimDatabase;
beforeAll(() => {
  ({ matcher, db } = loadMatcher());
});

const PARAPHRASE =
  'The Met says the system only gives officers a prompt, and an officer decides whether to stop anyone.';
const QUOTE =
  'This is a system which simply gives police officers a ‘prompt’, suggesting ‘that person over there may be the person you’re looking for.’';

/** A page about the Met's facial recognition with `chrome` in its "most read" box; the refs it highlights, and where. */
function scan(article: string, chrome: string): Array<[string | undefined, 'article' | 'outside']> {
  document.body.innerHTML = `
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article class="story-body">
      <h1>Met to use live facial recognition cameras in London</h1>
      <p>The Metropolitan Police will start using live facial recognition cameras on London's streets, the force said, in a move that campaigners have criticised.</p>
      <p>${article}</p>
      <p>Officers will be deployed with the cameras at locations where wanted people are expected to be, according to the force.</p>
    </article>
    <div class="most-read"><h2>Most read</h2><p>${chrome}</p></div>`;
  const page = extractText(document.body);
  const map = new ArticleMap(page);
  const outside = map.outsideRanges(page);
  return scanText(matcher, page.text, { pageDate: '2020-01-24', outside: () => outside })
    .filter((f) => f.kind !== 'disputes' && f.score >= matcher.floor)
    .map((f) => [
      db.claims.find((c) => c.id === f.claimId)?.ref,
      outside.some(([s, e]) => f.start >= s && f.start < e) ? 'outside' : 'article',
    ]);
}

describe('the article, not the page around it', () => {
  it('highlights a paraphrase in the article, not the same paraphrase outside it', () => {
    const ref = db.claims.find((c) => c.id === 'met-lfr-only-a-prompt')?.ref;
    expect(scan(PARAPHRASE, 'Drivers urged to check tyres before winter.')).toContainEqual([ref, 'article']);
    expect(scan('The weather stays mild.', PARAPHRASE).filter(([, where]) => where === 'outside')).toEqual([]);
  });

  it('still highlights a claim quoted word for word outside the article', () => {
    const ref = db.claims.find((c) => c.id === 'met-lfr-only-a-prompt')?.ref;
    expect(scan('The weather stays mild.', QUOTE)).toContainEqual([ref, 'outside']);
  });

  it('never matches on one word in common, however rare', () => {
    for (const sentence of [
      'Car maker recalls thousands of vehicles after a safety prompt.',
      'Only a prompt: how to write a better cover letter.',
    ]) {
      expect(matcher.match(sentence, { topical: true }), sentence).toBeNull();
      expect(scan(sentence, 'Drivers urged to check tyres before winter.'), sentence).not.toContainEqual([
        db.claims.find((c) => c.id === 'met-lfr-only-a-prompt')?.ref,
        'article',
      ]);
    }
  });
});
