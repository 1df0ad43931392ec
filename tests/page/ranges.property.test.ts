// @vitest-environment happy-dom
/**
 * Property: for random small DOM trees and random (start, end) inside one line of the extracted
 * text, the Range built from the offsets reads back as exactly that slice (after the same
 * whitespace mapping), and its start maps back to `start`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/page/extract';
import { rangeFromOffsets } from '../../src/page/ranges';
import { mapWhitespace } from './dom';

type Tree = { text: string } | { tag: string; children: Tree[] };

/** Pieces of text: spaces and newlines (mapped), emoji (surrogate pairs), combining marks, CJK. */
const TEXT_PIECES = [
  'a',
  'Met',
  ' ',
  '  ',
  '\n',
  '\t',
  '\r\n',
  '.',
  '81%',
  '😀',
  'e\u0301',
  '👩‍👩‍👧',
  '\u00a0',
  '警察',
  '',
];
const TAGS = ['p', 'div', 'span', 'em', 'a', 'br'];

const textArb = fc.array(fc.constantFrom(...TEXT_PIECES), { maxLength: 6 }).map((parts) => ({ text: parts.join('') }));

const treeArb: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb,
    fc.record({ tag: fc.constantFrom(...TAGS), children: fc.array(tie('tree'), { maxLength: 4 }) }),
  ),
})).tree;

function build(tree: Tree, parent: Node): void {
  if ('text' in tree) {
    parent.appendChild(document.createTextNode(tree.text));
    return;
  }
  const el = parent.appendChild(document.createElement(tree.tag));
  if (tree.tag !== 'br') for (const child of tree.children) build(child, el);
}

/** [start, end) of every line: maximal runs without "\n" (separators are the only newlines). */
function lines(text: string): [number, number][] {
  const result: [number, number][] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) result.push([m.index, m.index + m[0].length]);
  return result;
}

describe('rangeFromOffsets (property)', () => {
  it('range.toString() equals the text slice for any offsets within one line', () => {
    fc.assert(
      fc.property(fc.array(treeArb, { minLength: 1, maxLength: 4 }), fc.nat(), fc.nat(), fc.nat(), (trees, a, b, c) => {
        document.body.replaceChildren();
        for (const tree of trees) build(tree, document.body);
        const page = extractText(document.body);

        // Extraction invariants the mapping relies on.
        expect(page.text).not.toMatch(/^\n|\n$|\n\n\n|[\t\r\f]/);
        page.nodes.forEach((node, i) => {
          const start = page.starts[i]!;
          expect(page.text.slice(start, start + node.length)).toBe(mapWhitespace(node.data));
        });

        const all = lines(page.text);
        if (all.length === 0) return;
        const [lineStart, lineEnd] = all[a % all.length]!;
        const span = lineEnd - lineStart;
        const start = lineStart + (b % (span + 1));
        const end = start + (c % (lineEnd - start + 1));
        const range = rangeFromOffsets(page, start, end);
        expect(range).not.toBeNull();
        expect(mapWhitespace(range!.toString())).toBe(page.text.slice(start, end));
      }),
      { numRuns: 500 },
    );
  });
});
