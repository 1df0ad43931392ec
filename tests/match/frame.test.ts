/**
 * Claim frames: a sentence that shares a claim's words but not its facts (another actor, court, outcome,
 * figure or year) is not that claim; one that names no actor is read with its page; a sentence that
 * disputes a claim is told apart from one that states it. The sentences are written for these tests.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDatabase } from '../../src/claims/types';
import { loadMatcher } from '../../src/cli/load-matcher';
import type { FrameConflict } from '../../src/match/frame';
import type { Matcher } from '../../src/match/matcher';
import { attribution, disputes } from '../../src/match/relation';
import { scanText } from '../../src/match/scan-text';

let matcher: Matcher;
let db: ClaimDatabase;
beforeAll(() => {
  ({ matcher, db } = loadMatcher());
});

const idOf = (ref: string) => db.claims.find((c) => c.ref === ref)?.id;
/** The claim a sentence on a page about the topic is matched to, as its reference id. */
const refOf = (sentence: string) => {
  const m = matcher.match(sentence, { topical: true });
  return m ? db.claims.find((c) => c.id === m.claimId)?.ref : null;
};
/** Why the claim `ref`'s frame rules the sentence out, if it is a candidate at all. */
const conflictWith = (sentence: string, ref: string): FrameConflict | 'no candidate' | null => {
  const claim = matcher.index.claimIds.indexOf(idOf(ref) ?? '');
  const c = matcher.explain(sentence, { topical: true }).find((x) => x.claim === claim);
  return c ? (c.conflict ?? null) : 'no candidate';
};

describe('claim frames', () => {
  // Each row: a sentence stating the claim, then the same with one fact changed, and the conflict expected.
  const conflicts: Array<[string, string, string, string, FrameConflict | 'no candidate']> = [
    [
      'actor: another force',
      'C01',
      "The Met announced it will begin using live facial recognition operationally on London's streets.",
      "South Wales Police announced it will begin using live facial recognition operationally on Cardiff's streets.",
      'who',
    ],
    [
      'actor: the government',
      'C01',
      "The Met announced it will begin using live facial recognition operationally on London's streets.",
      'The Home Office announced that police forces will begin using live facial recognition operationally.',
      'who',
    ],
    [
      'court: the High Court, not the Court of Appeal',
      'C53',
      "The Court of Appeal ruled that South Wales Police's use of facial recognition was unlawful.",
      "The High Court ruled that South Wales Police's use of facial recognition was unlawful.",
      'who',
    ],
    [
      'outcome: lawful, not unlawful',
      'C53',
      "The Court of Appeal ruled that South Wales Police's use of facial recognition was unlawful.",
      "The Court of Appeal ruled that South Wales Police's use of facial recognition was lawful.",
      'core',
    ],
    [
      "figure in another role: the claim's 1,000 is a watch list, the rate is 1 in 6,000",
      'C29',
      'The Met says its facial recognition system generates one false alert in every 1,000 faces.',
      "With a watch list of 1,000 people, the Met's facial recognition produced one false alert in every 6,000 faces.",
      'core',
    ],
    [
      'figure: another rate',
      'C29',
      'The Met says its facial recognition system generates one false alert in every 1,000 faces.',
      'The Met says its facial recognition system generates one false alert in every 6,000 faces.',
      'core',
    ],
    [
      'year: a later announcement',
      'C01',
      "The Met announced it will begin using live facial recognition operationally on London's streets.",
      'In 2024 the Met announced it will begin using live facial recognition operationally.',
      'time',
    ],
  ];

  it.each(conflicts)('%s', (_what, ref, stated, changed, expected) => {
    expect(refOf(stated)).toBe(ref);
    expect(conflictWith(changed, ref)).toBe(expected);
    expect(refOf(changed)).not.toBe(ref);
  });

  it('accepts complements and fractions of a figure: 81% wrong = 19% right = four in five wrong', () => {
    for (const sentence of [
      "An independent review found the Met's facial recognition matches were 81% inaccurate.",
      "An independent review found only 19% of the Met's facial recognition matches were correct.",
      "An independent review found four in five of the Met's facial recognition matches were wrong.",
    ])
      expect(refOf(sentence), sentence).toBe('C19');
    expect(refOf("Only eight out of 42 of the Met's facial recognition matches were verified as correct.")).toMatch(
      /^C(19|40)$/,
    );
  });

  it('reads "the force" as the actor its paragraph or page names', () => {
    const page = (force: string, date = '2020-01-24') =>
      scanText(
        matcher,
        `Police to use facial recognition\n\n${force} has confirmed its plans for the cameras.\n\n` +
          'The force said it will begin using live facial recognition operationally within a month.',
        { pageDate: date },
      ).map((f) => db.claims.find((c) => c.id === f.claimId)?.ref);
    expect(page('The Metropolitan Police')).toEqual(['C01']);
    expect(page('South Wales Police')).toEqual([]);
    // The same words on a page of 2025 are about something else: the announcement was in 2020.
    expect(page('The Metropolitan Police', '2025-03-01')).toEqual([]);
  });

  it('reads who does what from the main clause, not from a fronted clause about someone else', () => {
    const page = (sentence: string) =>
      scanText(
        matcher,
        `Police to use facial recognition\n\nThe Metropolitan Police has confirmed its plans.\n\n${sentence}`,
        { pageDate: '2020-01-24' },
      ).map((f) => db.claims.find((c) => c.id === f.claimId)?.ref);
    const main = 'the force said it will begin using live facial recognition operationally within a month.';
    expect(page(`After trials by South Wales Police, ${main}`)).toEqual(['C01']);
    expect(page(`Like Leicestershire Police, ${main}`)).toEqual(['C01']);
    // Named in the main clause, another force is still another story; so is one named without a fronted clause.
    expect(
      page('After its trials, South Wales Police said it will begin using live facial recognition operationally.'),
    ).toEqual([]);
    expect(page(`Trials by South Wales Police ended, and ${main}`)).toEqual([]);
  });

  it('reads "last year" and "the following year" as the years they mean', () => {
    const found = (sentence: string, pageDate: string) =>
      scanText(matcher, `Police to use facial recognition\n\n${sentence}`, { pageDate }).map(
        (f) => db.claims.find((c) => c.id === f.claimId)?.ref,
      );
    const lastYear = 'Last year the Met announced it would begin using live facial recognition operationally.';
    expect(found(lastYear, '2021-02-01')).toEqual(['C01']);
    expect(found(lastYear, '2025-02-01')).toEqual([]);
    const following =
      'In 2019 the Met announced its trials were over, and the following year it said it would begin using live facial recognition operationally.';
    expect(found(following, '2023-05-01')).toEqual(['C01']);
  });

  it('needs a lone sentence off the topic to name who the claim is about', () => {
    expect(matcher.match('Shortlisted entries will be announced next month, the organisers said.')).toBeNull();
  });
});

describe('relation to the claim', () => {
  it('tells a sentence disputing a claim from one stating it', () => {
    const m = matcher.match('The Met denied that its facial recognition matches were 81% inaccurate.', {
      topical: true,
    });
    expect(m?.claimId).toBe(idOf('C19'));
    expect(m?.kind).toBe('disputes');
    // A claim that itself disputes something is stated, not disputed, by a sentence that disputes.
    const critics = matcher.match(
      "Critics dispute that the Met's use of facial recognition strikes the right balance between safety and privacy.",
      { topical: true },
    );
    expect(critics?.claimId).toBe(idOf('C32'));
    expect(critics?.kind).toBe('paraphrase');
  });

  it('finds the words that dispute, not their look-alikes', () => {
    expect(disputes('The force denied the figure.')).toBe(true);
    expect(disputes('Campaigners rejected the Met’s claim that the cameras work.')).toBe(true);
    expect(disputes('That is simply not true, the spokesperson said.')).toBe(true);
    expect(disputes('Officers rejected 16 of the alerts straight away.')).toBe(false);
    expect(disputes('The claim was dismissed by the High Court.')).toBe(false);
  });

  it('shows whom the sentence attributes the claim to', () => {
    expect(attribution('The decision is a serious threat to civil liberties, Big Brother Watch said.')).toBe(
      'Big Brother Watch',
    );
    expect(attribution('According to the Met, the cameras are only a prompt.')).toBe('the Met');
    expect(attribution('“It is a prompt, not a decision,” said Nick Ephgrave.')).toBe('Nick Ephgrave');
    expect(attribution('But Fussey said the report was clear.')).toBe('Fussey');
    expect(attribution('He said the report was clear.')).toBeUndefined();
    expect(attribution('Despite Met claims that the trials were lawful, campaigners went to court.')).toBeUndefined();
    const m = matcher.match(
      "The Met's decision is an enormous expansion of the surveillance state, Big Brother Watch said.",
      { topical: true },
    );
    expect(m?.attributedTo).toBe('Big Brother Watch');
  });
});
