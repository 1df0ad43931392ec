/** Page states and findings as content scripts report them, for the tests of those who receive them. */
import type { FindingSummary, PageState } from '../../extension/shared/messages';

/** A page state of news.example with nothing found; `patch` changes any part. */
export function pageState(patch: Partial<PageState> = {}): PageState {
  return {
    host: 'news.example',
    url: 'https://news.example/',
    pageDate: null,
    paused: false,
    findings: [],
    related: [],
    dismissed: 0,
    rejected: 0,
    ...patch,
  };
}

/** The index-th finding of a page, of claim `claim-<index>`; `patch` changes any part. */
export function findingSummary(index: number, patch: Partial<FindingSummary> = {}): FindingSummary {
  return {
    index,
    claimId: `claim-${index}`,
    score: 0.8,
    kind: 'paraphrase',
    text: `sentence ${index}`,
    prefix: '',
    suffix: '',
    ...patch,
  };
}
