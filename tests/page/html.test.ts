import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { defuseLinkPreloads, parseHtml, stripNonText } from '../../src/cli/html';
import { extractText } from '../../src/page/extract';

/** Time given to anything happy-dom might load in the background before we count requests. */
const SETTLE_MS = 300;

describe('parseHtml', () => {
  let server: Server;
  let base = '';
  const requests: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('body { color: red }');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('makes no network request, runs no script and prints nothing', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m));
    const write = vi.spyOn(process.stdout, 'write');
    const html = `<!DOCTYPE html><html><head>
      <meta http-equiv="refresh" content="0; url=${base}/refresh">
      <link rel="stylesheet" href="${base}/style.css"><link rel="preload" as="script" href="${base}/preload.js">
      <link rel="icon" href="${base}/favicon.ico"><link rel="preload" as="fetch" href="${base}/data.json">
      <link rel="preload" as="style" href="${base}/preload.css"><link rel="modulepreload" href="${base}/m.js">
      <script src="${base}/app.js"></script>
      <script>document.documentElement.setAttribute('data-ran', 'yes'); fetch('${base}/fetch');</script>
      <style>@import url("${base}/import.css"); body { background: url(${base}/bg.png) }</style>
      </head><body onload="fetch('${base}/onload')">
      <img src="${base}/img.png" srcset="${base}/img2.png 2x"><iframe src="${base}/frame.html"></iframe>
      <video poster="${base}/poster.png"><source src="${base}/v.mp4"></video><audio src="${base}/a.mp3"></audio>
      <object data="${base}/o.swf"></object><embed src="${base}/e.swf">
      <a href="${base}/link">link</a><form action="${base}/form"></form>
      <p>text</p></body></html>`;
    const { document, close } = parseHtml(html, `${base}/page.html`);
    expect(extractText(document).text).toBe('link\n\ntext');
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    await close();
    expect(document.documentElement.getAttribute('data-ran')).toBeNull();
    expect(requests).toEqual([]);
    for (const spy of [...spies, write]) {
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    }
  });

  it('survives preload links that happy-dom cannot resolve (no unhandled rejection)', async () => {
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown): void => void rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      const html =
        '<link rel="preload" as="fetch" href="/page-data.json"><link rel=preload as=fetch href="https://[bad">' +
        '<link as="fetch" REL="Preload" href="relative.json"><p>still here</p>';
      const parsed = parseHtml(html);
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      expect(extractText(parsed.document).text).toBe('still here');
      await parsed.close();
      expect(rejections).toEqual([]);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
  });

  it.each([
    ['<link rel="preload" as="fetch" href="/x">', '<link data-inert-rel="preload" as="fetch" href="/x">'],
    ['<LINK as=fetch REL=preload href=/x>', '<LINK as=fetch data-inert-rel=preload href=/x>'],
    ['<link rel="modulepreload" href="/m.js">', '<link data-inert-rel="modulepreload" href="/m.js">'],
    ['<link rel="stylesheet" href="/preload.css">', '<link rel="stylesheet" href="/preload.css">'],
    ['<p>preload</p>', '<p>preload</p>'],
  ])('defuseLinkPreloads(%j)', (input, expected) => {
    expect(defuseLinkPreloads(input)).toBe(expected);
  });

  it('uses the given URL as document.URL, and about:blank when there is none or it is invalid', async () => {
    for (const [url, expected] of [
      ['https://news.example/2020/01/24/story', 'https://news.example/2020/01/24/story'],
      [undefined, 'about:blank'],
      ['not a url', 'about:blank'],
    ] as const) {
      const parsed = parseHtml('<p>x</p>', url);
      expect(parsed.document.URL).toBe(expected);
      await parsed.close();
    }
  });

  it('keeps the page after an inline SVG <style> (happy-dom issue #2231)', async () => {
    const parsed = parseHtml(
      '<p>before</p><svg><defs><style>.a{fill:red}</style></defs><script>x()</script></svg><p>after</p>',
    );
    expect(extractText(parsed.document).text).toBe('before\n\nafter');
    await parsed.close();
  });

  it('keeps the page after a comment holding a tag-like "</script--" (happy-dom comment bug)', async () => {
    const parsed = parseHtml('<p>before</p><!--script src="x.js"></script--><p>after</p>');
    expect(extractText(parsed.document).text).toBe('before\n\nafter');
    await parsed.close();
  });

  it('does not leak CSS from a <style> directly inside a table row', async () => {
    const parsed = parseHtml('<table><tr><td>cell</td>\n<style>#x { color: red }</style></tr></table><p>after</p>');
    expect(extractText(parsed.document).text).toBe('cell\n\nafter');
    await parsed.close();
  });

  it.each([
    ['<p>a</p><style>p{}</style><script>x()</script><p>b</p>', '<p>a</p><!----><!----><p>b</p>'],
    ['<svg><style>a{}</style></svg>', '<svg><!----></svg>'],
    ['<SVG><STYLE type="text/css">a{}</STYLE ></SVG>', '<SVG><!----></SVG>'],
    ['<script>var s = "<style>";</script><p>x</p>', '<!----><p>x</p>'],
    ['<script>document.write("<script>")</script><p>x</p>', '<!----><p>x</p>'],
    ['<script>var s = "</script>";</script><p>x</p>', '<!---->";</script><p>x</p>'], // ends where a browser ends it
    ['<!-- <script> --><p>x</p>', '<!----><p>x</p>'],
    ['<div><!--script src="x.js"></script--><p>x</p></div>', '<div><!----><p>x</p></div>'],
    ['<!--><p>x</p><!-- a --!><!---><p>y</p>', '<!----><p>x</p><!----><!----><p>y</p>'],
    ['<script><!-- document.write("<script></script>") --></script><p>x</p>', '<!----><p>x</p>'], // double-escaped
    ['<script><!-- no inner script --></script><p>x</p>', '<!----><p>x</p>'],
    ['<script type="application/ld+json">{"a":1}</script>', '<script type="application/ld+json">{"a":1}</script>'],
    [
      "<script type='application/ld+json' id=ld>{}</script><script src=a.js></script>",
      "<script type='application/ld+json' id=ld>{}</script><!---->",
    ],
    [
      '<style-guide>kept</style-guide><scripts>kept</scripts>',
      '<style-guide>kept</style-guide><scripts>kept</scripts>',
    ],
    ['<p>a</p><script>unclosed', '<p>a</p><!---->'],
  ])('stripNonText(%j)', (input, expected) => {
    expect(stripNonText(input)).toBe(expected);
  });

  it('parses a 10,000-deep page', async () => {
    const parsed = parseHtml(`<p>a</p>${'<div>'.repeat(10_000)}deep${'</div>'.repeat(10_000)}<p>b</p>`);
    expect(extractText(parsed.document).text).toBe('a\n\ndeep\n\nb');
    await parsed.close();
  });
});

describe('fixture pages', () => {
  const fixture = (name: string): string => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');
  /** Lines of the extracted text with runs of spaces collapsed (what a sentence segmenter will see). */
  const linesOf = (name: string): string[] => {
    const parsed = parseHtml(fixture(name));
    const text = extractText(parsed.document).text;
    void parsed.close();
    return text.split('\n').map((line) => line.replace(/ +/g, ' ').trim());
  };

  it('news article: every claim sentence is whole on one line, and no page chrome leaks in', () => {
    const lines = linesOf('met-lfr-news-article.html');
    const text = lines.join('\n');
    for (const sentence of [
      'The Met said its system would generate false alerts in one in every 1,000 cases, and that any alert would be checked by an officer before anyone was stopped.',
      "An independent review of the Met's trials, carried out by researchers at the University of Essex, found that the force's facial recognition was 81% inaccurate, with only eight of 42 matches verified as correct.",
      'Big Brother Watch called the decision an enormous expansion of the surveillance state and a serious threat to civil liberties in the UK.',
      'Nick Ephgrave, an assistant commissioner, told reporters that the public expected the force to use widely available technology to catch criminals.',
    ]) {
      expect(lines.some((line) => line.includes(sentence))).toBe(true);
    }
    for (const leak of [
      'gtag',
      'dataLayer',
      'cookie-banner',
      'Courier logo',
      'Advertisement',
      'Share this article',
      'Join the discussion',
      'My draft comment',
      'The Met said it was accurate',
      'Accept all',
    ]) {
      expect(text).not.toContain(leak);
    }
    expect(lines).toContain('News');
    expect(lines).toContain('London');
  });

  it.each([
    ['met-lfr-news-article.html', '2020-01-24', 'meta'],
    ['no-claims-phone-face-unlock.html', '2021-06-03', 'meta'],
    ['no-claims-community-garden.html', '2022-04-09', 'time'],
  ])('%s is dated %s from %s', async (name, date, source) => {
    const { readPageDate } = await import('../../src/page/page-date');
    const parsed = parseHtml(fixture(name));
    expect(readPageDate(parsed.document)).toMatchObject({ date, source, kind: 'published' });
    await parsed.close();
  });

  it('community garden: <br><br> and <div> inside loose text separate paragraphs', () => {
    const lines = linesOf('no-claims-community-garden.html').filter(Boolean);
    expect(lines).toContain('Tea and cake will be in the shed, as always.');
    expect(lines.some((l) => l.startsWith('The seed swap is on the last Saturday of the month'))).toBe(true);
    expect(lines.some((l) => l.endsWith('turned over the raised beds.'))).toBe(true);
  });
});
