/**
 * The reader's verdicts (a file the settings page exports, src/verdicts/file.ts) as labelled sentences
 * for `npm run eval -- --verdicts FILE`: does this build still highlight each sentence the reader
 * confirmed as its claim, and still highlight the ones the reader said are not that claim? Each sentence
 * is read alone, without its page, as in the development set.
 */
import type { ClaimDatabase } from '../claims/types';
import type { Matcher } from '../match/matcher';
import type { VerdictsFile } from '../verdicts/file';
import { highlighted } from './eval-core';

export interface VerdictsResult {
  right: { n: number; same: number; other: number };
  rejected: { n: number; still: number };
  /** Verdicts on claims this database does not have (a claim pack's, or a claim since removed). */
  unknown: number;
  lines: string[];
}

export function evaluateVerdicts(matcher: Matcher, db: ClaimDatabase, file: VerdictsFile): VerdictsResult {
  const ids = new Set(db.claims.map((c) => c.id));
  const result: VerdictsResult = {
    right: { n: 0, same: 0, other: 0 },
    rejected: { n: 0, still: 0 },
    unknown: 0,
    lines: [],
  };
  for (const v of file.verdicts) {
    if (!ids.has(v.claimId)) {
      result.unknown++;
      continue;
    }
    const m = highlighted(matcher, v.sentence);
    if (v.verdict === 'right-claim') {
      result.right.n++;
      if (m?.claimId === v.claimId) result.right.same++;
      else {
        if (m) result.right.other++;
        result.lines.push(`  confirmed, ${m ? `now ${m.claimId}` : 'not highlighted'} [${v.claimId}] ${v.sentence}`);
      }
    } else {
      result.rejected.n++;
      if (m?.claimId === v.claimId) {
        result.rejected.still++;
        result.lines.push(`  rejected, still highlighted ${m.score.toFixed(2)} [${v.claimId}] ${v.sentence}`);
      }
    }
  }
  return result;
}

export function verdictsReport(r: VerdictsResult, verbose: boolean): string[] {
  return [
    `  "Right claim": ${r.right.n}; highlighted as that claim ${r.right.same}/${r.right.n}, as another claim ${r.right.other}`,
    `  "Not this claim": ${r.rejected.n}; still highlighted as that claim ${r.rejected.still}/${r.rejected.n}`,
    ...(r.unknown > 0 ? [`  on claims not in this database (a claim pack's): ${r.unknown}, not counted`] : []),
    ...(verbose ? r.lines : []),
  ];
}
