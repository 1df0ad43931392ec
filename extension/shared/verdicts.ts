/**
 * The reader's verdicts on findings: "Right claim" or "Not this claim", kept in extension storage on this
 * device only, under one key the background alone writes (background/verdicts.ts). A verdict holds the
 * sentence, the claim's id, the verdict and the ClaimLens version that showed the finding; a "Not this
 * claim" verdict also holds the site (its host without "www."), because that finding is hidden on that
 * site from then on. Nothing else: no address, no page title, no time.
 *
 * Small: the content script reads the verdicts for its site at start-up.
 */
import type { LabelledVerdict, Verdict } from '../../src/verdicts/file';

export const VERDICTS_KEY = 'verdicts';
/** A stored value that is not a list of verdicts at all is moved here, never overwritten. */
export const VERDICTS_BACKUP_KEY = 'verdictsBackup';
/** More than any reader will give; a verdict past it is refused with a clear message. */
export const MAX_VERDICTS = 10_000;
export type { Verdict };

/** A stored verdict: as exported (src/verdicts/file.ts), and for "Not this claim" the site. */
export interface VerdictRecord extends LabelledVerdict {
  /** The site a "Not this claim" verdict hides the finding on; absent on "Right claim". */
  site?: string;
}

/** Whether a stored item is a verdict as this version writes them. */
export function isVerdictRecord(item: unknown): item is VerdictRecord {
  const v = item as Partial<Record<keyof VerdictRecord, unknown>> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.sentence === 'string' &&
    typeof v.claimId === 'string' &&
    typeof v.version === 'string' &&
    (v.verdict === 'right-claim' || (v.verdict === 'not-this-claim' && typeof v.site === 'string')) &&
    (v.site === undefined || typeof v.site === 'string')
  );
}

/** The stored verdicts that can be read, and how many stored items cannot (they are kept as they are). */
export function readVerdicts(stored: unknown): { verdicts: VerdictRecord[]; unreadable: number } {
  if (stored === undefined) return { verdicts: [], unreadable: 0 };
  if (!Array.isArray(stored)) return { verdicts: [], unreadable: 1 };
  const verdicts = stored.filter(isVerdictRecord);
  return { verdicts, unreadable: stored.length - verdicts.length };
}

/** Identifies a finding's sentence and claim, as the findings list does. */
export const verdictKey = (claimId: string, sentence: string): string => `${claimId}\u0000${sentence}`;

/** What a page needs of the verdicts: the findings hidden on its site, and those the reader confirmed. */
export interface SiteVerdicts {
  rejected: ReadonlySet<string>;
  confirmed: ReadonlySet<string>;
}

export const NO_VERDICTS: SiteVerdicts = { rejected: new Set(), confirmed: new Set() };

/** The verdicts that concern pages on `site` (siteOf of their hostname). */
export function verdictsFor(stored: unknown, site: string): SiteVerdicts {
  const rejected = new Set<string>();
  const confirmed = new Set<string>();
  for (const v of readVerdicts(stored).verdicts) {
    const key = verdictKey(v.claimId, v.sentence);
    if (v.verdict === 'right-claim') confirmed.add(key);
    else if (v.site === site) rejected.add(key);
  }
  return { rejected, confirmed };
}

/** What became of a verdict the reader gave: stored, refused because MAX_VERDICTS are stored, or not stored. */
export type VerdictOutcome = 'saved' | 'full' | 'failed';

/** The outcome of the background's answer to a `verdict/set` (undefined: no answer). */
export function outcomeOf(answer: { ok: boolean; reason?: string } | undefined | null): VerdictOutcome {
  if (answer?.ok === true) return 'saved';
  return answer?.reason === 'full' ? 'full' : 'failed';
}
