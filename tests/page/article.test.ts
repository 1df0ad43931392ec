// @vitest-environment happy-dom
/**
 * The article of a page and the page around it (src/page/article.ts): navigation, lists of links,
 * promos, captions, comments and footers are outside the article; the article's paragraphs and its
 * headline are inside, wherever the template puts them.
 */
import { describe, expect, it } from 'vitest';
import { ArticleMap } from '../../src/page/article';
import { extractText, type PageText } from '../../src/page/extract';
import { nest, pageOf, unnest } from './dom';

const PARAGRAPH =
  'The council said on Tuesday that the new library, which has been planned for years, will open in the spring, ' +
  'with longer hours, a larger children’s section and a café run by local volunteers.';

/** The text of every block outside the article, and of every block inside it. */
function split(page: PageText): { outside: string[]; inside: string[] } {
  const ranges = new ArticleMap(page).outsideRanges(page);
  const outside = ranges.map(([s, e]) => page.text.slice(s, e));
  let inside = page.text;
  for (const text of outside) inside = inside.replace(text, '\n\n');
  const blocks = (t: string) =>
    t
      .split(/\n+/)
      .map((b) => b.trim())
      .filter(Boolean);
  return { outside: outside.flatMap(blocks), inside: blocks(inside) };
}

const NEWS_PAGE = `
  <header class="site-header"><a href="/">The Daily Example</a>
    <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
    <h1>Library to open in spring</h1>
  </header>
  <div class="layout">
    <div class="story-body">
      <p>${PARAGRAPH}</p>
      <figure><img alt=""><figcaption>The site of the new library, photographed in May.</figcaption></figure>
      <p>${PARAGRAPH}</p>
      <div class="newsletter-signup"><p>Start your day right with the latest news, every day.</p></div>
      <p>${PARAGRAPH}</p>
      <p>${PARAGRAPH}</p>
      <ul class="story-links"><li><a href="/a">Council votes on the new bus lanes in a late-night meeting</a></li>
        <li><a href="/b">Car maker recalls thousands of vehicles after a safety prompt</a></li></ul>
    </div>
    <aside><h2>Most read</h2><ol><li><a href="/c">Drivers urged to check tyres before winter</a></li></ol></aside>
    <div class="trending-now"><p>A plain sentence in a box the page names as trending, not the story.</p></div>
  </div>
  <section class="comments"><p>My view, as a reader, is that the library should open all week.</p></section>
  <footer><p>© The Daily Example. All rights reserved, and then some more words.</p></footer>`;

describe('the article of a page', () => {
  it('tells the article (and its headline in the page header) from navigation, promos, captions, link lists and comments', () => {
    const { outside, inside } = split(pageOf(NEWS_PAGE));
    expect(inside).toEqual(['Library to open in spring', PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH]);
    expect(outside).toEqual([
      'The Daily Example',
      'News',
      'Sport',
      'The site of the new library, photographed in May.',
      'Start your day right with the latest news, every day.',
      'Council votes on the new bus lanes in a late-night meeting',
      'Car maker recalls thousands of vehicles after a safety prompt',
      'Most read',
      'Drivers urged to check tyres before winter',
      'A plain sentence in a box the page names as trending, not the story.',
      'My view, as a reader, is that the library should open all week.',
      '© The Daily Example. All rights reserved, and then some more words.',
    ]);
  });

  it('joins text split around an advert into one article', () => {
    const part = `<div class="text"><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></div>`;
    const page = pageOf(
      `<nav><a href="/">Home</a></nav><article>${part}<div class="ad-break">Advertisement</div>${part}${part}</article>`,
    );
    const { inside } = split(page);
    expect(inside).toEqual(Array(6).fill(PARAGRAPH));
  });

  it('without a container that stands out, reads the whole page as the article, less its furniture', () => {
    const page = pageOf('<nav><a href="/">Home</a> <a href="/b">Blog</a></nav><p>A short note.</p><p>Another one.</p>');
    const map = new ArticleMap(page);
    expect(map.found).toBe(false);
    expect(split(page)).toEqual({ outside: ['Home Blog'], inside: ['A short note.', 'Another one.'] });
  });

  it('never takes a wrapper holding most of the page for furniture, whatever its class says', () => {
    const page = pageOf(
      `<div class="page has-sidebar"><div class="story"><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></div></div>`,
    );
    expect(split(page).inside).toEqual([PARAGRAPH, PARAGRAPH]);
  });

  it('reads 10,000 levels of nesting without recursion', () => {
    document.body.innerHTML = `<p>${PARAGRAPH}</p>`;
    const deep = nest(document.body, 10_000, 'div', PARAGRAPH);
    try {
      const page = extractText(document.body);
      expect(new ArticleMap(page).outsideRanges(page)).toEqual([]);
    } finally {
      unnest(deep);
    }
  });
});
