// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, extractSteps, extractText, normalizeNodeText } from '../../src/page/extract';
import { mapWhitespace, nest, pageOf, setBody, textOf, unnest } from './dom';

describe('extractText: blocks and inline elements', () => {
  it('separates two paragraphs with a blank line, never joining them', () => {
    expect(textOf('<p>First claim.</p><p>Second claim.</p>')).toBe('First claim.\n\nSecond claim.');
    expect(textOf('<p>no stop</p><p>here</p>')).toBe('no stop\n\nhere');
  });

  it.each([
    ['div', '<div>a</div><div>b</div>'],
    ['li', '<ul><li>a</li><li>b</li></ul>'],
    ['headings', '<h1>a</h1><h6>b</h6>'],
    ['table cells', '<table><tr><td>a</td><td>b</td></tr></table>'],
    ['blockquote', '<blockquote>a</blockquote>b'],
    ['section/article', '<section>a</section><article>b</article>'],
    ['header/footer', '<header>a</header><footer>b</footer>'],
    ['figcaption', '<figure>a<figcaption>b</figcaption></figure>'],
    ['dt/dd', '<dl><dt>a</dt><dd>b</dd></dl>'],
    ['pre', 'a<pre>b</pre>'],
    ['nav/aside/main', '<nav>a</nav><main>b</main>'],
    ['details/summary', '<details><summary>a</summary>b</details>'],
    ['hr', 'a<hr>b'],
    ['svg text labels', '<svg><text>a</text><text>b</text></svg>'],
  ])('%s: text on either side is in separate blocks', (_name, html) => {
    expect(textOf(html)).toBe('a\n\nb');
  });

  it('keeps inline elements (a, em, span, strong, code) inside one line', () => {
    expect(
      textOf(
        '<p>The <a href="#">Met</a> said <em>one in</em> <span>every</span> <strong>1,000</strong> <code>x</code>.</p>',
      ),
    ).toBe('The Met said one in every 1,000 x.');
  });

  it('does not insert anything between adjacent inline elements', () => {
    expect(textOf('<p><b>Gadget</b>Bench</p>')).toBe('GadgetBench');
  });

  it('collapses nested and repeated block boundaries into one separator', () => {
    expect(textOf('<div><div><p>a</p></div></div><div><section><p>b</p></section></div>')).toBe('a\n\nb');
  });

  it('writes <br> as a line break and two of them as a block break', () => {
    expect(textOf('<p>a<br>b<br><br>c<br> <br>d</p>')).toBe('a\nb\n\nc\n\nd');
  });

  it('drops indentation between blocks but keeps spaces between inline elements', () => {
    const html = '\n  <div>\n    <p>\n      <a>one</a> <em>two</em>\n    </p>\n    <p>three</p>\n  </div>\n';
    expect(textOf(html)).toBe('one two\n\nthree');
  });

  it('never starts or ends with a separator', () => {
    const text = textOf('<div><p></p><p>only</p><br><div></div></div>');
    expect(text).toBe('only');
  });
});

describe('extractText: whitespace mapping', () => {
  it('replaces \\t \\n \\r \\f one-for-one, keeping lengths and other characters', () => {
    const data = 'a\tb\nc\r\nd\fe\u00a0f  g\u2003h';
    const page = pageOf(`<p></p>`);
    const p = document.querySelector('p')!;
    p.appendChild(document.createTextNode(data));
    const extracted = extractText(p);
    expect(page.text).toBe('');
    expect(extracted.text).toBe('a b c  d e\u00a0f  g\u2003h');
    expect(extracted.text.length).toBe(data.length);
    expect(normalizeNodeText(data)).toBe(extracted.text);
  });

  it('copies every mapped node verbatim (modulo whitespace) at its start offset', () => {
    const page = pageOf(
      '<h1>Title\n here</h1><p>Some <a>link\ttext</a> and 😀 e\u0301 <em>more</em>.</p><p>x<br>y</p>',
    );
    page.nodes.forEach((node, i) => {
      const start = page.starts[i]!;
      expect(page.text.slice(start, start + node.data.length)).toBe(mapWhitespace(node.data));
    });
    expect(page.text).not.toMatch(/[\t\r\f]/);
  });
});

describe('extractText: skipped content', () => {
  it.each([
    ['script', '<script>var x = 1;</script>'],
    ['style', '<style>p { color: red }</style>'],
    ['noscript', '<noscript>Enable JavaScript</noscript>'],
    ['template', '<template><p>tpl</p></template>'],
    ['textarea', '<textarea>typed by user</textarea>'],
    ['select/option', '<select><option>Choose</option></select>'],
    ['button', '<button>Share</button>'],
    ['iframe fallback', '<iframe>fallback</iframe>'],
    ['object fallback', '<object>fallback</object>'],
    ['canvas fallback', '<canvas>fallback</canvas>'],
    ['video fallback', '<video>fallback</video>'],
    ['svg title', '<svg><title>tooltip</title><desc>described</desc></svg>'],
    ['hidden attribute', '<div hidden>secret</div>'],
    ['inline display:none', '<div style="color: red; display : none !important">secret</div>'],
    ['closed dialog', '<dialog>modal</dialog>'],
    ['contenteditable', '<div contenteditable>draft</div>'],
    ['contenteditable=true', '<div contenteditable="true"><p>draft</p></div>'],
    ['contenteditable=plaintext-only', '<div contenteditable="plaintext-only">draft</div>'],
  ])('skips %s', (_name, html) => {
    expect(textOf(`<p>before</p>${html}<p>after</p>`)).toBe('before\n\nafter');
  });

  it('skips SVG <style> and <script> (built by hand: happy-dom 21 mis-parses them, issue #2231)', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>before</p><svg></svg><p>after</p>';
    const svg = root.querySelector('svg')!;
    for (const name of ['style', 'script']) {
      svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', name)).textContent = '.a { fill: red }';
    }
    expect(extractText(root).text).toBe('before\n\nafter');
  });

  it('joins words around an invisible element without a separator', () => {
    expect(textOf('<p>one <script>ad()</script>two <span hidden>x</span>three</p>')).toBe('one two three');
  });

  it('ends the line at a skipped box so the words around it are not glued together', () => {
    expect(textOf('<p>Share<button>Tweet</button>now</p>')).toBe('Share\nnow');
  });

  it.each([
    ['aria-hidden (hides from screen readers, not from eyes)', '<div aria-hidden="true">kept</div>'],
    ['hidden=until-found (revealed by find-in-page)', '<div hidden="until-found">kept</div>'],
    ['contenteditable=false', '<div contenteditable="false">kept</div>'],
    ['open dialog', '<dialog open>kept</dialog>'],
    ['pre', '<pre>kept</pre>'],
    ['code', '<code>kept</code>'],
    ['SVG text', '<svg><text>kept</text></svg>'],
    ['closed details body', '<details><summary>s</summary>kept</details>'],
    ['display:none-looking class (CSS is not read)', '<div class="display-none">kept</div>'],
    ['style without display:none', '<div style="display: block">kept</div>'],
  ])('keeps %s', (_name, html) => {
    expect(textOf(html)).toContain('kept');
  });

  it('skips nothing when the root itself is inline content, and everything when the root is skipped', () => {
    setBody('<script id="s">x()</script><span id="t">t</span>');
    expect(extractText(document.getElementById('s')!).text).toBe('');
    expect(extractText(document.getElementById('t')!).text).toBe('t');
  });

  it('does not read text hidden by a stylesheet (accepted: no layout reads)', () => {
    expect(textOf('<style>.x { display: none }</style><p class="x">styled away</p>')).toBe('styled away');
  });
});

describe('extractText: caps, aborts and odd DOMs', () => {
  it('stops at maxChars with a consistent, truncated map', () => {
    const full = pageOf('<p>alpha beta</p><p>gamma delta</p><p>epsilon</p>');
    for (let cap = 0; cap <= full.text.length + 2; cap++) {
      const page = extractText(document.body, { maxChars: cap });
      expect(page.text.length).toBeLessThanOrEqual(cap);
      expect(full.text.startsWith(page.text)).toBe(true);
      expect(page.truncated).toBe(cap < full.text.length);
      expect(page.text.endsWith('\n')).toBe(false);
      page.nodes.forEach((node, i) => {
        const start = page.starts[i]!;
        expect(page.text.slice(start, start + node.data.length)).toBe(node.data.slice(0, page.text.length - start));
      });
    }
  });

  it('throws the abort reason when the signal is aborted', () => {
    setBody('<p>x</p>');
    const controller = new AbortController();
    controller.abort(new Error('page left'));
    expect(() => extractText(document.body, { signal: controller.signal })).toThrow('page left');
  });

  it('aborts a long walk part-way through', () => {
    const root = document.createElement('div');
    for (let i = 0; i < 5000; i++) root.appendChild(document.createElement('p')).textContent = `p${i}`;
    // A signal that turns aborted after the walk has started (a real one cannot change mid-call).
    let checks = 0;
    const signal = {
      throwIfAborted(): void {
        checks++;
        if (checks > 2) throw new Error('aborted mid-walk');
      },
    } as unknown as AbortSignal;
    expect(() => extractText(root, { signal })).toThrow('aborted mid-walk');
    expect(checks).toBe(3);
  });

  it('handles 10,000 levels of nesting without recursion', () => {
    setBody('<p>before</p>');
    const deep = nest(document.body, 10_000, 'div', 'deep');
    const deepInline = nest(document.body, 10_000, 'span', 'inline');
    document.body.append(document.createElement('p'));
    document.body.lastChild!.textContent = 'after';
    try {
      expect(extractText(document).text).toBe('before\n\ndeep\n\ninline\n\nafter');
      expect(extractText(deep).text).toBe('deep');
    } finally {
      unnest(deep);
      unnest(deepInline);
    }
  });

  it('handles detached trees, fragments, text roots, comments and processing instructions', () => {
    const detached = document.createElement('div');
    detached.innerHTML = '<p>a<!-- comment -->b</p><p>c</p>';
    expect(extractText(detached).text).toBe('ab\n\nc');

    const fragment = document.createDocumentFragment();
    fragment.append(document.createTextNode('x'), document.createComment('c'), document.createElement('p'));
    fragment.lastChild!.textContent = 'y';
    expect(extractText(fragment).text).toBe('x\n\ny');

    expect(extractText(document.createTextNode('lone\ttext')).text).toBe('lone text');
    expect(extractText(document.createComment('nothing')).text).toBe('');

    const withPi = document.createElement('div');
    withPi.append('a', document.createProcessingInstruction('xml-stylesheet', 'href="x"'), 'b');
    expect(extractText(withPi).text).toBe('ab');
  });

  it('handles empty documents and empty text nodes', () => {
    setBody('');
    document.body.append(document.createTextNode(''), document.createElement('p'));
    const page = extractText(document);
    expect(page).toEqual({ text: '', nodes: [], starts: [], truncated: false });
  });

  it('extracts a multi-megabyte page in one pass (no quadratic building)', () => {
    const paragraph = 'The quick brown fox jumps over the lazy dog. '.repeat(20);
    const root = document.createElement('div');
    for (let i = 0; i < 2000; i++) {
      const p = root.appendChild(document.createElement('p'));
      p.append(paragraph, document.createElement('em'), paragraph);
    }
    const page = extractText(root);
    expect(page.text.length).toBe(2000 * paragraph.length * 2 + 1999 * BLOCK_SEPARATOR.length);
    expect(page.nodes.length).toBe(4000);
  });
});

describe('extractSteps: the same text, in steps a page can pause between', () => {
  it('yields on a long page and returns exactly what extractText returns', () => {
    const body = Array.from({ length: 1500 }, (_, i) => `<p>Paragraph <b>${i}</b> of a long page.</p>`).join('');
    setBody(body);
    const steps = extractSteps(document.body);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    // 1,500 paragraphs of four nodes each: several pauses, one per 1,024 nodes walked.
    expect(pauses).toBeGreaterThanOrEqual(5);
    expect(step.value).toEqual(extractText(document.body));
  });

  it('does not pause on a short page', () => {
    setBody('<p>One short paragraph.</p>');
    const steps = extractSteps(document.body);
    const step = steps.next();
    expect(step.done).toBe(true);
  });
});
