import { describe, expect, it } from 'vitest';
import type { Claim, TimelineEvent } from '../../src/claims/types';
import { dateContext, elapsedBetween } from '../../src/dates/context';
import { parseFuzzyDate } from '../../src/dates/fuzzy-date';

const day = (s: string) => parseFuzzyDate(s)!.start;

function claim(date: string, after: string[] = [], period?: string): Claim {
  return {
    id: 'c',
    statement: 's',
    excerpts: [{ seed: 'd', text: 't' }],
    claimant: { name: 'n', organisation: 'o', certainty: 'high', sources: [] },
    date: { value: date, certainty: 'high', sources: [] },
    stance: 'neutral',
    counters: [],
    contrasts: [],
    context: [],
    after,
    variants: [],
    figures: [],
    ...(period ? { measures: { what: 'share of alerts', period, certainty: 'high', sources: [], studies: [] } } : {}),
  };
}

const event = (id: string, date: string): TimelineEvent => ({
  id,
  date: { value: date, certainty: 'high' },
  title: id,
  sources: [{ id: 'p', publication: 'p' }],
});

describe('fuzzy dates', () => {
  it.each([
    ['2020', 'year'],
    ['2020-01', 'month'],
    ['2020-01-24', 'day'],
    ['2020-01-27/2020-01-31', 'interval'],
  ])('%s is a %s', (s, precision) => expect(parseFuzzyDate(s)?.precision).toBe(precision));

  it.each(['2019-02-30', '2020-13', '2020-01-31/2020-01-01', 'January 2020', '20-01-24', ''])('rejects %s', (s) =>
    expect(parseFuzzyDate(s)).toBeNull(),
  );
});

describe('elapsedBetween', () => {
  it('counts calendar years, months and days', () => {
    expect(elapsedBetween(day('2020-01-24'), day('2022-09-14'))).toEqual({ years: 2, months: 7, days: 21 });
    expect(elapsedBetween(day('2020-01-31'), day('2020-03-01'))).toEqual({ years: 0, months: 1, days: 1 });
    expect(elapsedBetween(day('2020-01-24'), day('2020-01-24'))).toEqual({ years: 0, months: 0, days: 0 });
  });
});

describe('dateContext', () => {
  const timeline = [event('ruling', '2020-08-11'), event('later', '2023-04-05'), event('before', '2019-07-03')];

  it('places a page written after the claim', () => {
    const ctx = dateContext(claim('2020-01-24'), timeline, '2022-09-14');
    expect(ctx.page).toMatchObject({ relation: 'after', approximate: false, elapsed: { years: 2, months: 7 } });
  });

  it('places a page written before the claim', () => {
    expect(dateContext(claim('2022-09-12'), timeline, '2020-01-24').page?.relation).toBe('before');
  });

  it('treats a page in the same span as an approximate date as written at the time', () => {
    const ctx = dateContext(claim('2020-01-27/2020-01-31'), timeline, '2020-01-29');
    expect(ctx.page?.relation).toBe('same-time');
  });

  it('marks approximate gaps when the claim date is not a day', () => {
    expect(dateContext(claim('2019-08'), timeline, '2022-09-14').page?.approximate).toBe(true);
  });

  it('has no page timing without a page date, and says which events came after the page', () => {
    const c = claim('2020-01-24', ['later', 'ruling']);
    expect(dateContext(c, timeline, null).page).toBeNull();
    const ctx = dateContext(c, timeline, '2022-09-14');
    expect(ctx.since.map((s) => [s.event.id, s.afterPage])).toEqual([
      ['ruling', false],
      ['later', true],
    ]);
  });

  it('reports the period a figure measures', () => {
    const ctx = dateContext(claim('2020-01-24', [], '2018-06/2019-02'), timeline, null);
    expect(ctx.period?.precision).toBe('interval');
    expect(ctx.measures).toBe('share of alerts');
  });
});
