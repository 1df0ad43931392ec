// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Claim } from '../../../src/claims/types';
import { readClaimDatabase } from '../../../src/cli/seeds';
import { claimLookup } from '../../../extension/shared/claim-details';
import type { ClaimDetails } from '../../../extension/shared/messages';
import { browserMock } from '../i18n-mock';

vi.mock('../../../extension/shared/browser', () => ({ default: browserMock }));

const { ClaimView } = await import('../../../extension/shared/ui/ClaimView');
const { Card } = await import('../../../extension/shared/ui/Card');
const { markExcerpts } = await import('../../../extension/shared/ui/SourceText');

const db = readClaimDatabase();

/** What the background would send for a claim, with parts of the claim changed by `patch`. */
function details(id: string, patch: Partial<Claim> = {}): ClaimDetails {
  const claim = { ...db.claims.find((c) => c.id === id)!, ...patch };
  return claimLookup({ ...db, claims: db.claims.map((c) => (c.id === id ? claim : c)) })(id)!;
}

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '';
  root = document.createElement('div');
  document.body.append(root);
});

const part = (name: string) => root.querySelector(`[data-part="${name}"]`);
const loadDocument = (id: string) => Promise.resolve(db.documents.find((d) => d.id === id) ?? null);

/** Renders a claim view as the library shows it (no page), or as the card does with `onPage`. */
function show(claim: ClaimDetails, options: { pageDate?: string; onPage?: boolean } = {}): void {
  render(
    <ClaimView
      details={claim}
      pageDate={options.pageDate ?? null}
      onPage={options.onPage ?? false}
      loadDocument={loadDocument}
      headingId="h"
    />,
    root,
  );
}

describe('ClaimView', () => {
  it('shows the claim, claimant and date, source with excerpt, what it measures, counter-claims and date context', () => {
    show(details('essex-review-81-percent-inaccurate'), { pageDate: '2022-09-14', onPage: true });
    expect(part('claim')?.textContent).toMatch(/81%/);
    expect(part('claimant')?.textContent).toMatch(/Silkie Carlo.*Big Brother Watch/);
    expect(part('claimant')?.textContent).toMatch(/Claim made: 24 January 2020/);
    expect(part('source')?.querySelector('[data-part="excerpt"]')?.textContent).toMatch(/81% inaccurate/);
    expect(part('measures')?.textContent).toMatch(/alerts/);
    expect(part('counters')?.querySelectorAll('li[data-claim]').length).toBeGreaterThan(0);
    expect(part('counters')?.textContent).toMatch(/1,000|1 in 1,000|one in every 1,000/);
    expect(part('page-date')?.textContent).toBe(
      'This page is dated 14 September 2022: 2 years and 7 months after the claim was made.',
    );
    expect(part('date-context')?.querySelectorAll('ol.events > li').length).toBeGreaterThan(0);
  });

  it('keeps words apart in what happened after: an event and its "after this page was written" tag', () => {
    show(details('essex-review-81-percent-inaccurate'), { pageDate: '2019-07-04', onPage: true });
    const tagged = [...(part('date-context')?.querySelectorAll('ol.events > li') ?? [])]
      .map((li) => li.textContent ?? '')
      .filter((text) => text.includes('after this page was written'));
    expect(tagged.length).toBeGreaterThan(0);
    for (const text of tagged) expect(text).toMatch(/\s+after this page was written/);
  });

  it('says plainly what is not known', () => {
    show(details('met-lfr-daily-use', { counters: [], after: [] }), { onPage: true });
    expect(part('counters')?.textContent).toMatch(/No claim in ClaimLens disputes this one/);
    expect(part('page-date')?.textContent).toMatch(/could not be read/);
    expect(part('date-context')?.textContent).toMatch(/No later event/);
    expect(part('source')?.textContent).toMatch(/web address not known/);
  });

  it('says what the Essex figures measure: alerts not verified as correct, not alerts shown to be wrong', () => {
    show(details('essex-review-81-percent-inaccurate'));
    const measures = part('measures')!.textContent!;
    expect(measures).toMatch(/did not verify as correct: 34 of 42/);
    expect(measures).toMatch(/4 people could not be checked because they were lost in the crowd/);
    expect(measures).not.toMatch(/were wrong/);
    // What the figure measures names its own sources.
    expect(part('measures')!.querySelectorAll('ul.sources > li').length).toBeGreaterThan(1);
  });

  it('shows both sides of a study the notes rely on: who commissioned it, its limits and who disputes it', () => {
    show(details('met-lfr-not-discriminatory'));
    const npl = part('evidence')!.querySelector('[data-study="npl-study-met-lfr"]')!;
    expect(npl.querySelector('[data-part="commissioned"]')?.textContent).toMatch(
      /Commissioned by Metropolitan Police Service and South Wales Police/,
    );
    expect(npl.querySelector('[data-part="caveats"]')?.textContent).toMatch(/seven false positives/);
    expect(npl.querySelector('[data-part="disputes"]')?.textContent).toMatch(/Fussey.*not substantiated/);
    // Every fact in it shows where it comes from.
    for (const li of npl.querySelectorAll('[data-part="caveats"] > li, [data-part="disputes"] > li'))
      expect(li.querySelectorAll('ul.sources > li').length).toBeGreaterThan(0);
  });

  it('labels what could not be verified, and names the copy a source was read in', () => {
    show(details('liberty-lfr-violates-rights'));
    expect(part('claimant')?.querySelector('.certainty')?.textContent).toBe('unverified');
    show(details('essex-review-81-percent-inaccurate'));
    expect(part('measures')?.textContent).toMatch(/Sky News, .*2019 \(read in a copy at amsterdamtimes\.info\)/);
    expect(part('source')?.querySelector('[data-part="publication"]')?.textContent).toMatch(
      /monthly in print since 26 September 2019/,
    );
  });

  it('renders claim text as text, never as HTML', () => {
    const evil = '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=1</script>';
    show(details('met-lfr-daily-use', { statement: evil }), { onPage: true });
    expect(root.querySelector('img, script')).toBeNull();
    expect(part('claim')?.textContent).toContain(evil);
  });

  it('shows the bundled source text with the excerpt marked, on request', async () => {
    show(details('essex-review-81-percent-inaccurate'));
    const button = part('source')!.querySelector('button')!;
    await act(async () => {
      button.click();
      await Promise.resolve();
    });
    await vi.waitFor(() => expect(part('document')?.querySelector('mark')?.textContent).toMatch(/81% inaccurate/));
    expect(part('page-date')).toBeNull(); // no page in the library
  });
});

describe('Card', () => {
  const finding = {
    index: 0,
    claimId: 'essex-review-81-percent-inaccurate',
    score: 0.93,
    kind: 'paraphrase' as const,
    text: 's',
    prefix: '',
    suffix: '',
  };

  it('shows how the sentence relates to the claim, and loading and error states', () => {
    const props = {
      finding,
      pageDate: null,
      loadDocument,
      onClose: () => undefined,
      focus: false,
      position: { index: 1, total: 3 },
      verdict: null,
      onVerdict: () => Promise.resolve('saved' as const),
    };
    render(<Card {...props} details={null} />, root);
    expect(part('kind')?.textContent).toMatch(/Restates this claim in other words.*93%.*Claim 1 of 3/);
    expect(root.textContent).toMatch(/Loading/);
    render(<Card {...props} details={new Error('x')} />, root);
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/could not be loaded/);
  });

  it('is a labelled dialog that Escape closes', () => {
    const onClose = vi.fn();
    render(
      <Card
        finding={{ ...finding, kind: 'quote' }}
        details={details(finding.claimId)}
        pageDate={null}
        loadDocument={loadDocument}
        onClose={onClose}
        focus
        position={{ index: 1, total: 1 }}
        verdict={null}
        onVerdict={() => Promise.resolve('saved')}
      />,
      root,
    );
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(root.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)?.textContent).toMatch(/81%/);
    expect(part('kind')?.getAttribute('data-kind')).toBe('quote');
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it("takes the reader's verdict, shows the one given, and says when it could not be stored", async () => {
    const outcomes: Array<'saved' | 'full' | 'failed'> = ['failed', 'full', 'saved'];
    const onVerdict = vi.fn(() => Promise.resolve(outcomes.shift()!));
    const props = {
      finding,
      details: details(finding.claimId),
      pageDate: null,
      loadDocument,
      onClose: () => undefined,
      focus: false,
      position: { index: 1, total: 1 },
      onVerdict,
    };
    render(<Card {...props} verdict={null} />, root);
    const button = (verdict: string) => root.querySelector<HTMLButtonElement>(`[data-verdict="${verdict}"]`)!;
    const status = () => part('verdict')?.querySelector('[role="status"]')?.textContent;
    expect(part('verdict')?.getAttribute('aria-label')).toBe('Your verdict on this finding');
    expect(button('right-claim').getAttribute('aria-pressed')).toBe('false');
    button('not-this-claim').click();
    expect(onVerdict).toHaveBeenLastCalledWith('not-this-claim');
    await vi.waitFor(() => expect(status()).toBe('The verdict could not be saved.'));
    button('right-claim').click();
    await vi.waitFor(() => expect(status()).toMatch(/10,000 verdicts saved/));
    expect(button('right-claim').getAttribute('aria-pressed')).toBe('false');
    button('right-claim').click();
    await vi.waitFor(() => expect(button('right-claim').getAttribute('aria-pressed')).toBe('true'));
    expect(status()).toBe('Saved on this device.');
    // A card opened on a finding the reader already confirmed shows it pressed.
    render(null, root);
    render(<Card {...props} verdict="right-claim" />, root);
    expect(button('right-claim').getAttribute('aria-pressed')).toBe('true');
    expect(status()).toBe('');
  });
});

describe('markExcerpts', () => {
  it('marks every occurrence, merging overlaps', () => {
    expect(markExcerpts('a b c b', ['b'])).toEqual([
      { text: 'a ', marked: false },
      { text: 'b', marked: true },
      { text: ' c ', marked: false },
      { text: 'b', marked: true },
    ]);
    expect(markExcerpts('abcdef', ['bcd', 'cde']).map((p) => p.text)).toEqual(['a', 'bcd', 'e', 'f']);
  });
});
