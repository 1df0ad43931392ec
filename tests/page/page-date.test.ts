import { afterEach, describe, expect, it } from 'vitest';
import { parseHtml, type ParsedHtml } from '../../src/cli/html';
import { readPageDate } from '../../src/page/page-date';
import { parseDateString } from '../../src/page/parse-date';

const open: ParsedHtml[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.close()));
});

/** readPageDate for a page with `head` and `body` markup served from `url`. */
function dateOf(head: string, body = '', url?: string): ReturnType<typeof readPageDate> {
  const parsed = parseHtml(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, url);
  open.push(parsed);
  return readPageDate(parsed.document);
}

const jsonLd = (json: string): string => `<script type="application/ld+json">${json}</script>`;

describe('parseDateString', () => {
  it.each([
    ['2020-01-24', '2020-01-24'],
    ['2020-01-24T10:41:00+00:00', '2020-01-24'],
    ['2020-01-24T23:30:00-05:00', '2020-01-24'], // the publisher's day, not UTC's
    ['2020-01-24 10:41:00', '2020-01-24'],
    ['2020-1-4', '2020-01-04'],
    ['2020/01/24', '2020-01-24'],
    ['20200124', '2020-01-24'],
    ['20200124T104100Z', '2020-01-24'],
    ['  2020-01-24  ', '2020-01-24'],
    ['24 January 2020', '2020-01-24'],
    ['Fri, 24 Jan 2020 10:41:00 GMT', '2020-01-24'],
    ['24th Sept. 2020', '2020-09-24'],
    ['January 24, 2020', '2020-01-24'],
    ['Friday, Jan 24 2020', '2020-01-24'],
    ['2020-02-29', '2020-02-29'],
  ])('parses %j', (raw, expected) => {
    expect(parseDateString(raw)).toBe(expected);
  });

  it.each([
    ['2019-02-30'], // no such day
    ['2019-02-29'], // not a leap year
    ['2020-13-01'],
    ['2020-00-10'],
    ['1989-12-31'], // before MIN_YEAR
    ['2101-01-01'], // after MAX_YEAR
    ['9999-12-31'],
    ['1579862400'], // a Unix timestamp is not a date string
    ['2020-01'], // not a full day
    ['24/01/2020'], // day/month order is ambiguous
    ['32 January 2020'],
    ['24 Ja 2020'],
    ['yesterday'],
    [''],
  ])('rejects %j', (raw) => {
    expect(parseDateString(raw)).toBeNull();
  });
});

describe('readPageDate: sources', () => {
  it.each([
    ['article:published_time', '<meta property="article:published_time" content="2020-01-24T10:41:00Z">'],
    ['og:published_time', '<meta property="og:published_time" content="2020-01-24">'],
    ['itemprop datePublished', '<meta itemprop="datePublished" content="2020-01-24">'],
    ['DC.date.issued', '<meta name="DC.date.issued" content="2020-01-24">'],
    ['dc.date', '<meta name="dc.date" content="2020-01-24">'],
    ['sailthru.date', '<meta name="sailthru.date" content="2020-01-24 10:00:00">'],
    ['parsely-pub-date', '<meta name="parsely-pub-date" content="2020-01-24T10:00:00Z">'],
    ['pubdate', '<meta name="pubdate" content="20200124">'],
    ['date', '<meta name="date" content="2020-01-24">'],
    ['citation_publication_date', '<meta name="citation_publication_date" content="2020/01/24">'],
  ])('reads meta %s', (_name, head) => {
    expect(dateOf(head)).toMatchObject({ date: '2020-01-24', source: 'meta', kind: 'published' });
  });

  it('reads microdata datePublished on a non-meta element', () => {
    expect(
      dateOf('', '<div itemscope><span itemprop="datePublished" content="2020-01-24"></span></div>'),
    ).toMatchObject({
      date: '2020-01-24',
      source: 'meta',
    });
  });

  it('reads JSON-LD datePublished from a plain object, an array and an @graph', () => {
    const plain = jsonLd('{"@type":"NewsArticle","datePublished":"2020-01-24T10:00:00Z"}');
    const array = jsonLd('[{"@type":"Organization","name":"x"},{"@type":"NewsArticle","datePublished":"2020-01-24"}]');
    const graph = jsonLd(
      '{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},[{"@type":"NewsArticle","datePublished":"2020-01-24"}]]}',
    );
    for (const head of [plain, array, graph]) {
      expect(dateOf(head)).toEqual({
        date: '2020-01-24',
        source: 'json-ld',
        kind: 'published',
        raw: expect.any(String),
      });
    }
  });

  it('prefers top-level objects over nested related items, and takes @value and array values', () => {
    const graph = jsonLd(
      JSON.stringify({
        '@graph': [
          { '@type': 'WebPage', relatedLink: { '@type': 'NewsArticle', datePublished: '2015-05-05' } },
          { '@type': 'WebPage', datePublished: { '@value': '2020-01-24' } },
          { '@type': 'NewsArticle', datePublished: ['2020-01-23'] },
        ],
      }),
    );
    // Same depth: the Article-like type wins over the WebPage; the nested related article comes last.
    expect(dateOf(graph)).toMatchObject({ date: '2020-01-23', source: 'json-ld' });
    const nestedOnly = jsonLd(
      '{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","datePublished":"2015-05-05"}]}',
    );
    expect(dateOf(nestedOnly)).toMatchObject({ date: '2015-05-05' });
  });

  it('survives malformed JSON-LD and still reads the next block', () => {
    const head =
      jsonLd('{"@type": "NewsArticle", "datePublished": ') +
      jsonLd('not json at all') +
      '<script type="application/ld+json; charset=utf-8"><!--\n{"@type":"NewsArticle",\n"headline":"Line\nbreak","datePublished":"2020-01-24"}\n--></script>';
    expect(dateOf(head)).toMatchObject({ date: '2020-01-24', source: 'json-ld' });
    expect(dateOf(jsonLd('{{{'))).toBeNull();
    expect(dateOf(jsonLd('null') + jsonLd('42') + jsonLd('"2020-01-24"'))).toBeNull();
  });

  it.each([
    ['time[pubdate]', '<time pubdate datetime="2020-01-24T09:00">Friday</time>'],
    ['time[pubdate] text', '<time pubdate>24 January 2020</time>'],
    ['time[itemprop=datePublished]', '<time itemprop="datePublished" datetime="2020-01-24">24 Jan</time>'],
    ['<article> time', '<article><h1>x</h1><time datetime="2020-01-24">24 Jan</time><p>y</p></article>'],
  ])('reads %s', (_name, body) => {
    expect(dateOf('', body)).toMatchObject({ date: '2020-01-24', source: 'time', kind: 'published' });
  });

  it('ignores a <time> outside <article> without pubdate or itemprop', () => {
    expect(dateOf('', '<footer><time datetime="2020-01-24">today</time></footer>')).toBeNull();
  });

  it.each([
    ['https://news.example/london/2020/01/24/met-facial-recognition', '/2020/01/24'],
    ['https://news.example/2020/1/24/story.html', '/2020/1/24'],
    ['https://news.example/news/2020-01-24-met-cameras', '/2020-01-24'],
  ])('reads the URL path of %s', (url, raw) => {
    expect(dateOf('', '', url)).toEqual({ date: '2020-01-24', source: 'url', kind: 'published', raw });
  });

  it.each([
    ['https://news.example/2019/02/30/story'],
    ['https://news.example/story?date=2020/01/24'],
    ['https://news.example/articles/12345678/story'],
    ['not a url'],
  ])('finds no date in %s', (url) => {
    expect(dateOf('', '', url)).toBeNull();
  });
});

describe('readPageDate: preference order', () => {
  const META = '<meta property="article:published_time" content="2020-01-01">';
  const LD = jsonLd('{"@type":"NewsArticle","datePublished":"2020-02-02"}');
  const WEAK = '<meta name="date" content="2020-03-03">';
  const TIME = '<article><time datetime="2020-04-04">x</time></article>';
  const URL = 'https://news.example/2020/05/05/story';

  it('prefers meta > JSON-LD > bare date meta > time > URL', () => {
    expect(dateOf(META + LD + WEAK, TIME, URL)).toMatchObject({ date: '2020-01-01', source: 'meta' });
    expect(dateOf(LD + WEAK, TIME, URL)).toMatchObject({ date: '2020-02-02', source: 'json-ld' });
    expect(dateOf(WEAK, TIME, URL)).toMatchObject({ date: '2020-03-03', source: 'meta' });
    expect(dateOf('', TIME, URL)).toMatchObject({ date: '2020-04-04', source: 'time' });
    expect(dateOf('', '', URL)).toMatchObject({ date: '2020-05-05', source: 'url' });
  });

  it('prefers article:published_time over other meta names, whatever the order in the page', () => {
    const head = '<meta name="date" content="2020-03-03"><meta name="sailthru.date" content="2020-02-02">' + META;
    expect(dateOf(head)).toMatchObject({ date: '2020-01-01' });
  });

  it('skips an invalid date and falls through to the next source', () => {
    const head = '<meta property="article:published_time" content="2019-02-30">' + LD;
    expect(dateOf(head)).toMatchObject({ date: '2020-02-02', source: 'json-ld' });
  });

  it('prefers any published date over a modified date, and uses a modified date only as a last resort', () => {
    const modified = '<meta property="article:modified_time" content="2024-06-06">';
    const ldModified = jsonLd('{"@type":"NewsArticle","dateModified":"2024-07-07"}');
    expect(dateOf(modified + ldModified, '', URL)).toMatchObject({
      date: '2020-05-05',
      source: 'url',
      kind: 'published',
    });
    expect(dateOf(modified + ldModified)).toMatchObject({ date: '2024-06-06', source: 'meta', kind: 'modified' });
    expect(dateOf(ldModified)).toMatchObject({ date: '2024-07-07', source: 'json-ld', kind: 'modified' });
  });

  it('returns null for a page without any date', () => {
    expect(dateOf('<title>x</title>', '<p>No dates here, not even 2020.</p>')).toBeNull();
  });
});
