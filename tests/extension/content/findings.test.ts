// @vitest-environment happy-dom
/** The page's list of findings (extension/content/findings.ts): order, dismissal, the active finding, floors. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/match/scan-text';
import { FindingsList, summary } from '../../../extension/content/findings';
import { verdictKey } from '../../../extension/shared/verdicts';

/** Highlights start at this score in these tests; below it a finding is listed. */
const FLOOR = 0.6;

let paragraphs: Text[] = [];

beforeEach(() => {
  document.body.replaceChildren();
  paragraphs = ['First sentence here.', 'Second sentence here.', 'Third sentence here.'].map((words) => {
    const p = document.createElement('p');
    p.textContent = words;
    document.body.append(p);
    return p.firstChild as Text;
  });
});

function finding(claimId: string, text: string, score: number): Finding {
  return { claimId, text, score, kind: 'paraphrase', start: 0, end: text.length } as Finding;
}

const placed = (f: Finding, range: Range) => ({ finding: f, range, prefix: '', suffix: '', whole: true });

function rangeIn(node: Node, start = 0, end = 5): Range {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return range;
}

describe('FindingsList', () => {
  it('keeps findings in document order, highlighted apart from listed, whatever order they come in', () => {
    const list = new FindingsList(FLOOR);
    const [a, b, c] = paragraphs;
    list.replace(
      () => false,
      [
        placed(finding('c', 'third', 0.9), rangeIn(c!)),
        placed(finding('a', 'first', 0.9), rangeIn(a!)),
        placed(finding('b', 'second', 0.5), rangeIn(b!)),
      ],
    );
    expect(list.findings.map((f) => f.claimId)).toEqual(['a', 'c']);
    expect(list.related.map((f) => f.claimId)).toEqual(['b']);
    expect(list.findings.map(summary)).toEqual([
      {
        index: 0,
        claimId: 'a',
        score: 0.9,
        kind: 'paraphrase',
        text: 'first',
        prefix: '',
        suffix: '',
        start: 0,
        end: 5,
      },
      {
        index: 1,
        claimId: 'c',
        score: 0.9,
        kind: 'paraphrase',
        text: 'third',
        prefix: '',
        suffix: '',
        start: 0,
        end: 5,
      },
    ]);
  });

  it('orders a finding inside a shadow root by its host', () => {
    const host = document.createElement('div');
    paragraphs[1]!.parentElement!.after(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('p');
    inner.textContent = 'Inside the component.';
    shadow.append(inner);
    const list = new FindingsList(FLOOR);
    list.replace(
      () => false,
      [
        placed(finding('third', 'third', 0.9), rangeIn(paragraphs[2]!)),
        placed(finding('shadow', 'inside', 0.9), rangeIn(inner.firstChild!)),
        placed(finding('first', 'first', 0.9), rangeIn(paragraphs[0]!)),
      ],
    );
    expect(list.findings.map((f) => f.claimId)).toEqual(['first', 'shadow', 'third']);
  });

  it('a dismissed finding stays out when the same sentence is found again', () => {
    const list = new FindingsList(FLOOR);
    const found = () => [
      placed(finding('a', 'first', 0.9), rangeIn(paragraphs[0]!)),
      placed(finding('b', 'second', 0.9), rangeIn(paragraphs[1]!)),
    ];
    list.replace(() => false, found());
    expect(list.dismiss(0)).toBe(true);
    expect(list.dismiss(5)).toBe(false);
    expect(list.findings.map((f) => f.claimId)).toEqual(['b']);
    list.replace(() => true, found());
    expect(list.findings.map((f) => f.claimId)).toEqual(['b']);
    expect(list.dismissed).toBe(1);
  });

  it('finds the active finding again after the list changes, and loses it when it goes', () => {
    const list = new FindingsList(FLOOR);
    list.replace(() => false, [placed(finding('b', 'second', 0.9), rangeIn(paragraphs[1]!))]);
    const b = list.setActive({ index: 0, related: false });
    expect(b?.claimId).toBe('b');
    list.replace(() => false, [placed(finding('a', 'first', 0.9), rangeIn(paragraphs[0]!))]);
    expect(list.active).toMatchObject({ index: 1, related: false, finding: b });
    list.replace((f) => f === b, []);
    expect(list.active).toBeNull();
  });

  it('steps through the highlighted findings, wrapping round', () => {
    const list = new FindingsList(FLOOR);
    expect(list.step(1)).toBeNull();
    list.replace(
      () => false,
      paragraphs.map((p, i) => placed(finding(`c${i}`, `s${i}`, 0.9), rangeIn(p))),
    );
    expect(list.step(1)).toBe(0);
    expect(list.step(-1)).toBe(2);
    list.setActive({ index: 2, related: false });
    expect(list.step(1)).toBe(0);
    expect(list.step(-1)).toBe(1);
  });

  it('a new floor sorts the findings into highlighted and listed again', () => {
    const list = new FindingsList(FLOOR);
    list.replace(
      () => false,
      [
        placed(finding('a', 'first', 0.9), rangeIn(paragraphs[0]!)),
        placed(finding('b', 'second', 0.7), rangeIn(paragraphs[1]!)),
      ],
    );
    expect(list.findings).toHaveLength(2);
    list.setFloor(0.8);
    expect(list.findings.map((f) => f.claimId)).toEqual(['a']);
    expect(list.related.map((f) => f.claimId)).toEqual(['b']);
    list.setFloor(0.5);
    expect(list.findings).toHaveLength(2);
  });

  it("hides what the reader's verdicts reject on this site, at once and when found again, and counts it", () => {
    const list = new FindingsList(FLOOR);
    const [a, b, c] = paragraphs;
    const all = () => [
      placed(finding('a', 'first', 0.9), rangeIn(a!)),
      placed(finding('b', 'second', 0.5), rangeIn(b!)),
      placed(finding('c', 'third', 0.9), rangeIn(c!)),
    ];
    list.replace(() => false, all());
    list.setActive({ index: 1, related: false });
    type Pair = [claimId: string, text: string];
    const keys = (pairs: Pair[]) => new Set(pairs.map(([id, text]) => verdictKey(id, text)));
    const verdicts = (rejected: Pair[], confirmed: Pair[] = []) => ({
      rejected: keys(rejected),
      confirmed: keys(confirmed),
    });
    // A verdict on another sentence or another claim hides nothing.
    list.setVerdicts(verdicts([['c', 'first']]));
    expect(list.findings.map((f) => f.claimId)).toEqual(['a', 'c']);
    list.setVerdicts(
      verdicts(
        [
          ['c', 'third'],
          ['b', 'second'],
        ],
        [['a', 'first']],
      ),
    );
    expect(list.findings.map((f) => f.claimId)).toEqual(['a']);
    expect(list.related).toEqual([]);
    expect(list.active).toBeNull();
    expect(list.verdictOf(list.findings[0]!)).toBe('right-claim');
    expect(list.summaries()).toMatchObject({ dismissed: 0, rejected: 2 });
    // Read again (a rescan, a reload): still hidden.
    list.replace(() => true, all());
    expect(list.findings.map((f) => f.claimId)).toEqual(['a']);
    expect(list.preview(all()).length).toBe(1);
    // Verdicts cleared: nothing counted as hidden any more, and the next reading shows everything.
    list.setVerdicts(verdicts([]));
    expect(list.summaries().rejected).toBe(0);
    list.replace(() => true, all());
    expect(list.findings.map((f) => f.claimId)).toEqual(['a', 'c']);
    expect(list.verdictOf(list.findings[0]!)).toBeNull();
  });
});
