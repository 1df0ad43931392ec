/** Scoring the matcher on the labelled development set; used by `npm run eval` and by tests. */
import type { ClaimDatabase, Stance } from '../claims/types';
import { withFloor } from '../match/combine';
import { statesClaim, type Matcher, type SentenceMatch } from '../match/matcher';
import { scanText } from '../match/scan-text';
import { SCORE } from '../match/score';

export interface Positive {
  text: string;
  seed: string;
  seed_excerpt: string;
  kind: 'paraphrase' | 'near-verbatim';
  claim: string;
  context_dependent?: boolean;
}
export interface HardNegative {
  text: string;
  borderline?: boolean;
}
export interface DevSet {
  positives: Positive[];
  hard_negatives: HardNegative[];
  easy_negatives: Array<{ text: string }>;
}

type Span = [file: string, start: number, end: number];

function occurrences(db: ClaimDatabase, text: string, onlyFile?: string): Span[] {
  const out: Span[] = [];
  for (const doc of db.documents) {
    if (onlyFile && doc.file !== onlyFile) continue;
    for (let i = doc.text.indexOf(text); i >= 0; i = doc.text.indexOf(text, i + 1))
      out.push([doc.file, i, i + text.length]);
  }
  return out;
}

/** Whether the claim's excerpts overlap the labelled excerpt somewhere in the same document. */
export function isCorrect(db: ClaimDatabase, claimId: string, p: Positive): boolean {
  const claim = db.claims.find((c) => c.id === claimId);
  if (!claim) return false;
  const target = occurrences(db, p.seed_excerpt);
  const fileOf = new Map(db.documents.map((d) => [d.id, d.file]));
  return claim.excerpts.some((ex) =>
    occurrences(db, ex.text, fileOf.get(ex.seed)).some(([f, s, e]) =>
      target.some(([f2, s2, e2]) => f === f2 && s < e2 && s2 < e),
    ),
  );
}

/** A match as the extension would show it: highlighted as stating its claim, or null (listed at most). */
export function highlighted(matcher: Matcher, text: string): SentenceMatch | null {
  const m = matcher.match(text);
  return m && statesClaim(m, matcher.floor) ? m : null;
}

function pct(n: number, d: number): string {
  return `${n}/${d} = ${d === 0 ? '-' : (n / d).toFixed(3)}`;
}

/**
 * The same positives through the page pipeline (each sentence a one-sentence page): the cheap gates in
 * scan-text.ts must never drop a sentence the matcher would have found.
 */
export function pipelineRecall(matcher: Matcher, db: ClaimDatabase, dev: DevSet): { found: number; direct: number } {
  let found = 0;
  let direct = 0;
  for (const p of dev.positives) {
    const m = highlighted(matcher, p.text);
    if (m && isCorrect(db, m.claimId, p)) direct++;
    const [f] = scanText(matcher, p.text).filter((x) => statesClaim(x, matcher.floor));
    if (f && isCorrect(db, f.claimId, p)) found++;
  }
  return { found, direct };
}

export function evaluate(matcher: Matcher, db: ClaimDatabase, dev: DevSet, verbose: boolean): string[] {
  const lines: string[] = [];
  const log = (s: string) => verbose && lines.push(s);
  const count = { all: 0, para: 0, paraN: 0, ncd: 0, ncdN: 0, wrong: 0, quote: 0 };
  const byStance: Record<Stance, { n: number; found: number }> = {
    supports: { n: 0, found: 0 },
    opposes: { n: 0, found: 0 },
    neutral: { n: 0, found: 0 },
    unstated: { n: 0, found: 0 },
  };
  for (const p of dev.positives) {
    const m = highlighted(matcher, p.text);
    const ok = m !== null && isCorrect(db, m.claimId, p);
    const expected = db.claims.find((c) => isCorrect(db, c.id, p));
    if (expected) {
      byStance[expected.stance].n++;
      if (ok) byStance[expected.stance].found++;
    }
    if (p.kind === 'paraphrase') count.paraN++;
    if (!p.context_dependent) count.ncdN++;
    if (ok) {
      count.all++;
      if (p.kind === 'paraphrase') count.para++;
      if (!p.context_dependent) count.ncd++;
    } else if (m) count.wrong++;
    if (!ok) log(`  miss ${m ? `(got ${m.claimId} ${m.score.toFixed(2)})` : ''} [${p.claim}] ${p.text}`);
  }
  const hard = { all: 0, nb: 0, nbN: 0 };
  for (const h of dev.hard_negatives) {
    const m = highlighted(matcher, h.text);
    if (!h.borderline) hard.nbN++;
    if (m) {
      hard.all++;
      if (!h.borderline) hard.nb++;
      log(
        `  hard negative flagged${h.borderline ? ' (borderline)' : ''}: ${m.claimId} ${m.score.toFixed(2)} ${h.text}`,
      );
    }
  }
  let easy = 0;
  for (const e of dev.easy_negatives) {
    const m = highlighted(matcher, e.text);
    if (m) {
      easy++;
      log(`  easy negative flagged: ${m.claimId} ${m.score.toFixed(2)} ${e.text}`);
    }
  }
  const pipeline = pipelineRecall(matcher, db, dev);
  return [
    ...lines,
    `positives with the right claim:      ${pct(count.all, dev.positives.length)}`,
    `  paraphrases only:                  ${pct(count.para, count.paraN)}`,
    `  without context-dependent ones:    ${pct(count.ncd, count.ncdN)}`,
    `  flagged with a wrong claim:        ${count.wrong}`,
    `  claims supporting police use:      ${pct(byStance.supports.found, byStance.supports.n)}`,
    `  claims opposing it:                ${pct(byStance.opposes.found, byStance.opposes.n)}`,
    `  neutral claims:                    ${pct(byStance.neutral.found, byStance.neutral.n)}`,
    `hard negatives flagged:              ${pct(hard.all, dev.hard_negatives.length)}`,
    `  non-borderline only:               ${pct(hard.nb, hard.nbN)}`,
    `easy negatives flagged:              ${pct(easy, dev.easy_negatives.length)}`,
    `positives found through the page pipeline's gates: ${pipeline.found} of the ${pipeline.direct} found directly`,
  ];
}

/**
 * Platt scaling: fits P(correct | raw score) = 1 / (1 + exp(-slope (raw - centre))) on the development
 * set, where "correct" means a positive matched with the right claim and everything else matched is
 * wrong. Uses every match the matcher would make at any floor.
 */
export function fitCalibration(
  matcher: Matcher,
  db: ClaimDatabase,
  dev: DevSet,
): { slope: number; centre: number; n: number } {
  const raw = (score: number) => SCORE.calibrationCentre + Math.log(score / (1 - score)) / SCORE.calibrationSlope;
  const data: Array<[number, number]> = [];
  const all = withFloor(matcher, Number.MIN_VALUE);
  for (const p of dev.positives) {
    const m = all.match(p.text);
    if (m) data.push([raw(m.score), isCorrect(db, m.claimId, p) ? 1 : 0]);
  }
  for (const h of [...dev.hard_negatives, ...dev.easy_negatives]) {
    const m = all.match(h.text);
    if (m) data.push([raw(m.score), 0]);
  }
  // Gradient descent on the log loss: two parameters, a few hundred points.
  let a = SCORE.calibrationSlope;
  let b = -SCORE.calibrationSlope * SCORE.calibrationCentre;
  for (let i = 0; i < 20_000; i++) {
    let ga = 0;
    let gb = 0;
    for (const [x, y] of data) {
      const p = 1 / (1 + Math.exp(-(a * x + b)));
      ga += (p - y) * x;
      gb += p - y;
    }
    a -= (0.5 * ga) / data.length;
    b -= (0.5 * gb) / data.length;
  }
  return { slope: a, centre: -b / a, n: data.length };
}
