/**
 * The claim matcher: `createMatcher(index).match(sentence)` returns the claim a sentence states, with
 * a score in [0, 1] and whether it quotes the claim or paraphrases it, or null.
 *
 * Retrieval and scoring are designed together. A sentence is reduced to concepts (vocabulary.ts); an
 * inverted index (claim-index.ts) finds the few claim wordings that share distinctive concepts with
 * it; each is scored by how much of the wording the sentence covers; figures must agree; fuse.js then
 * tells a quotation from a paraphrase. Nothing is returned below the floor.
 */
import { figuresAgree, type Figure } from '../text/numbers';
import type { Analysis } from './vocabulary';
import { type Posting, YEAR_RE, type ClaimIndex } from './claim-index';
import { tokenize } from '../text/tokens';
import { quoteSimilarity } from './quote';
import { attribution, disputes } from './relation';
import { calibrate, combine, SCORE, type Evidence } from './score';
import {
  frameConflict,
  mainClauseStart,
  monthsNamed,
  pageDays,
  relativeYears,
  type FrameConflict,
  type SentenceFacts,
} from './frame';

/**
 * How the sentence says the claim: quoting one of its excerpts, in other words, or reporting it in order
 * to deny or dispute it ("the Met rejected claims that..."), which is not stating it (relation.ts).
 */
export type MatchKind = 'quote' | 'paraphrase' | 'disputes';

export interface SentenceMatch {
  claimId: string;
  /** Calibrated: roughly the chance that the sentence really is about this claim. */
  score: number;
  kind: MatchKind;
  /** For a quote (or a dispute that quotes): the excerpt it quotes. */
  excerpt?: string;
  /** Whom the sentence itself says the claim comes from ("..., Liberty said"), as written. */
  attributedTo?: string;
}

export interface MatchContext {
  /**
   * Whether the page around the sentence is about facial recognition. `true`: the sentence need not
   * name it. `false`: the page is about something else, so a sentence must name the topic itself
   * (or quote a claim word for word). Unknown (a lone sentence): a sentence that does not name the
   * topic keeps SCORE.offTopicFactor of its score.
   */
  topical?: boolean;
  /**
   * The date of the page the sentence is on (YYYY, YYYY-MM, YYYY-MM-DD or an interval), when known: a
   * claim about another period is ruled out (frame.ts).
   */
  pageDate?: string | null;
  /**
   * The actors (entity ids) the sentence is about when it names none itself: the one named last before it
   * in its paragraph, or else the page's main ones (scan-text.ts works these out). A function, called only
   * if a candidate claim's frame needs them.
   */
  actors?: () => readonly string[];
  /**
   * Only a quotation of most of a claim's excerpt counts: for a sentence outside the page's article
   * (navigation, lists of links, promos), where sharing a claim's words is chance.
   */
  quotesOnly?: boolean;
}

/**
 * Whether a match is highlighted as stating its claim when highlights start at `floor`. Weaker matches
 * are listed as possibly related, and a sentence disputing a claim is listed as such, never highlighted.
 */
export function statesClaim(m: SentenceMatch, floor: number): boolean {
  return m.kind !== 'disputes' && m.score >= floor;
}

export interface MatcherOptions {
  /** Scores below this are not returned. Defaults to SCORE.floor. */
  floor?: number;
}

/** One claim wording considered for a sentence, with the evidence and the score before calibration. */
export interface Candidate {
  claim: number;
  phrasing: number;
  evidence: Evidence;
  raw: number;
  /** Why the claim's frame rules the sentence out, if it does: such a candidate is never a match. */
  conflict?: FrameConflict;
}

export interface Matcher {
  /** The claim index it matches against (a matcher of another floor can be made over it). */
  readonly index: ClaimIndex;
  /** Matches scoring below this are not returned. */
  readonly floor: number;
  /** The claim a sentence states, with its score and kind, or null. */
  match(sentence: string, context?: MatchContext): SentenceMatch | null;
  /** The best candidate per claim, best first, before the floor and the quotation check: for tests and debugging. */
  explain(sentence: string, context?: MatchContext): Candidate[];
  /**
   * Work to do in steps before the first match, if the matcher defers some (a claim pack's index,
   * derived when the first sentence is to be matched: combine.ts). Without it, `match` does that work
   * at once.
   */
  prepare?(): Generator<void, void>;
}

/**
 * The matcher: over a claim index already loaded (loadClaimIndex, from the data compile.ts builds; the
 * extension ships that data built). One index serves matchers of any floor.
 */
export function createMatcher(index: ClaimIndex, options: MatcherOptions = {}): Matcher {
  const { vocab, phrasings, weights, postings, proportions, topic } = index;
  const floor = options.floor ?? SCORE.floor;

  const group = (name: string): number => vocab.group(name) ?? -1;
  const fr = group('facial-recognition');
  const forces = [group('met'), group('police')];
  const kit = [group('technology'), group('camera')];
  const isTopical = (a: Analysis): boolean => a.concepts.has(fr);
  /** "The Met's cameras", "police technology": about the topic without naming it. */
  const isNearTopical = (a: Analysis): boolean =>
    forces.some((g) => a.concepts.has(g)) && kit.some((g) => a.concepts.has(g));
  /** "The cameras", "the system", "watch lists": the topic's equipment, without naming who uses it. */
  const equipment = [...kit, group('watchlist')];
  const namesKit = (a: Analysis): boolean => equipment.some((g) => a.concepts.has(g));
  /** Claims about race or sex: a figure giving a group's make-up by race or sex may be theirs (Figure.makeup). */
  const groupsOfPeople = [group('race'), group('women')];
  const aboutRaceOrSex = (claim: number): boolean =>
    index.essentials[claim]?.concepts.some((c) => groupsOfPeople.includes(c)) ?? false;

  // Scratch space for the sparse dot product, reused across calls so scoring allocates nothing per wording.
  const salientWeight = new Float64Array(phrasings.length);
  const generalWeight = new Float64Array(phrasings.length);
  const distinctWeight = new Float64Array(phrasings.length);
  const sharedConcepts = new Uint16Array(phrasings.length);
  const touched: number[] = [];

  /**
   * The best candidate per claim, best first, and how to tell whether a claim's frame rules the sentence
   * out: asked only of the candidates that could still win, since it reads the sentence's entities.
   */
  function rank(a: Analysis, context: MatchContext): Ranked {
    const topicFactor =
      context.topical === true || isTopical(a)
        ? 1
        : isNearTopical(a)
          ? SCORE.nearTopicFactor
          : context.topical === false
            ? 0
            : SCORE.offTopicFactor;
    // Names the claims never mention (another town, company or person) suggest another story.
    const unknownNames = new Set(a.names.filter((w) => !index.isKnownName(w))).size;
    const nameFactor = SCORE.unknownNameFactor ** Math.min(unknownNames, SCORE.maxNamePenalties);
    // A figure giving a group's make-up by race or sex ("80% of those flagged were black") is only ever
    // the figure of a claim about race or sex (Figure.makeup): the others are checked without it.
    const hasMakeup = a.figures.some((f) => f.makeup);
    const withoutMakeup = (claim: number) => hasMakeup && !aboutRaceOrSex(claim);
    const otherFigures = hasMakeup ? a.figures.filter((f) => !f.makeup) : a.figures;
    const proportionsIn = (figures: readonly Figure[]) => figures.filter((f) => f.kind === 'proportion');
    const sentenceProportions = proportionsIn(a.figures);
    const otherProportions = hasMakeup ? proportionsIn(otherFigures) : sentenceProportions;
    const sentenceYears = a.normalized.match(YEAR_RE)?.map(Number) ?? [];
    // What claim frames check, worked out once, for the first candidate that has a frame.
    let facts: SentenceFacts | undefined;
    let actors: number[] | undefined;
    const place = {
      date: pageDays(context.pageDate),
      // A lone sentence naming neither the topic nor its equipment must name who the claim is about.
      mustName: context.topical === undefined && topicFactor === SCORE.offTopicFactor && !namesKit(a),
      actors: () =>
        (actors ??= (context.actors?.() ?? []).flatMap((id) => {
          const e = index.entities.indexOf(id);
          return e === undefined ? [] : [e];
        })),
    };
    const conflicts = new Map<number, FrameConflict | null>();
    const conflictOf = (claim: number): FrameConflict | null => {
      const frame = index.frames[claim];
      if (!frame) return null;
      let known = conflicts.get(claim);
      if (known === undefined) {
        if (!facts) {
          const mentions = index.entities.mentions(a.text);
          const mainFrom = mainClauseStart(a.text);
          facts = {
            stems: a.stems,
            concepts: a.concepts,
            figures: a.figures,
            mentions,
            mainMentions: mainFrom === 0 ? mentions : mentions.filter((m) => m.start >= mainFrom),
            years: sentenceYears,
            months: monthsNamed(a.text),
            relative: relativeYears(a.text),
          };
        }
        const claimFacts = withoutMakeup(claim) ? { ...facts, figures: otherFigures } : facts;
        known = frameConflict(frame, claimFacts, place, index.entities.entities);
        conflicts.set(claim, known);
      }
      return known;
    };

    touched.length = 0;
    let sentenceWeight = 0;
    // Rarest concepts first: they nominate the candidate wordings. A concept in very many wordings
    // only adds its weight to wordings already nominated (SCORE.nominatingPostings), unless it is
    // among the sentence's rarest, so every sentence still nominates through its most distinctive words.
    const present: Present[] = [];
    for (const c of a.concepts) {
      const w = weights[c] ?? 0;
      const posting = postings.get(c);
      if (w === 0 || !posting) continue;
      sentenceWeight += w;
      present.push({ c, w, posting });
    }
    present.sort((x, y) => x.posting.phrasings.length - y.posting.phrasings.length);
    for (const [rank, { c, w, posting }] of present.entries()) {
      const nominates = rank < SCORE.nominatingConcepts || posting.phrasings.length <= SCORE.nominatingPostings;
      const distinctive = topic.has(c) ? 0 : 1;
      for (let k = 0; k < posting.phrasings.length; k++) {
        const p = posting.phrasings[k] ?? 0;
        if (generalWeight[p] === 0) {
          if (!nominates) continue;
          touched.push(p);
        }
        salientWeight[p] = (salientWeight[p] ?? 0) + (posting.weights[k] ?? 0);
        generalWeight[p] = (generalWeight[p] ?? 0) + w;
        distinctWeight[p] = (distinctWeight[p] ?? 0) + distinctive * w;
        sharedConcepts[p] = (sharedConcepts[p] ?? 0) + 1;
      }
    }

    const best = new Map<number, Candidate>();
    for (const p of touched) {
      const salient = salientWeight[p] ?? 0;
      const general = generalWeight[p] ?? 0;
      const distinct = distinctWeight[p] ?? 0;
      const shared = sharedConcepts[p] ?? 0;
      salientWeight[p] = 0;
      generalWeight[p] = 0;
      distinctWeight[p] = 0;
      sharedConcepts[p] = 0;
      const phrasing = phrasings[p];
      if (!phrasing || phrasing.total === 0) continue;
      const stated = withoutMakeup(phrasing.claim) ? otherProportions : sentenceProportions;
      const figures = figureAgreement(stated, proportions[phrasing.claim] ?? []);
      if (figures === 'conflict') continue;
      // One word in common is chance ("a safety prompt", "every day"), however rare the word.
      if (shared < SCORE.minSharedConcepts && figures !== 'agree') continue;
      // A figure the claim states counts as distinctive evidence too: "87%" says which claim it is.
      if (distinct + (figures === 'agree' ? SCORE.figureWeight : 0) < SCORE.minDistinctWeight) continue;
      if (salient / phrasing.total < SCORE.minCoverage && figures !== 'agree') continue;
      const evidence: Evidence = {
        coverage: salient / phrasing.total,
        precision: general / (sentenceWeight + a.unknownWords * SCORE.unknownWordWeight),
        distinct,
        figures,
        phrasingKind: phrasing.kind,
      };
      // A sentence that negates where the wording does not (or the reverse) likely says the opposite.
      const polarity = a.negated === phrasing.negated ? 1 : SCORE.negationMismatchFactor;
      // Leaving out what the claim is essentially about ("unlawful" in a ruling that use was unlawful) costs more.
      const essentials = index.essentials[phrasing.claim];
      let essential = 1;
      if (essentials && essentials.total > 0) {
        const covered = essentials.concepts.reduce(
          (sum, ec, k) => (a.concepts.has(ec) ? sum + (essentials.weights[k] ?? 0) : sum),
          0,
        );
        essential = SCORE.essentialFloor + (1 - SCORE.essentialFloor) * (covered / essentials.total);
      }
      // A year the claim and its context never mention ("in 2025") points to another event.
      const claimYears = index.years[phrasing.claim];
      const timing = sentenceYears.some((y) => !claimYears?.has(y)) ? SCORE.otherYearFactor : 1;
      const raw = combine(evidence) * topicFactor * nameFactor * polarity * essential * timing;
      const prev = best.get(phrasing.claim);
      if (!prev || raw > prev.raw) best.set(phrasing.claim, { claim: phrasing.claim, phrasing: p, evidence, raw });
    }
    return { list: [...best.values()].sort((x, y) => y.raw - x.raw), conflictOf };
  }

  function candidates(a: Analysis, context: MatchContext): Candidate[] {
    const { list, conflictOf } = rank(a, context);
    return list.map((c) => {
      const conflict = conflictOf(c.claim);
      return conflict ? { ...c, conflict } : c;
    });
  }

  function matchAnalysis(a: Analysis, context: MatchContext = {}): SentenceMatch | null {
    // The few best candidates are checked for quotation, which can reorder them: a sentence quoting one
    // claim's excerpt word for word states that claim, whatever else it shares with others.
    let best: { candidate: Candidate; raw: number; kind: MatchKind; excerpt: string | undefined } | undefined;
    let sentence: { words: string[]; trigrams: Set<number> } | undefined;
    const { list, conflictOf } = rank(a, context);
    let checked = 0;
    for (const c of list) {
      if (checked === SCORE.quoteCandidates) break;
      // A quotation covers much of its excerpt's concepts; below that, quotation cannot change the outcome.
      if (calibrate(c.raw) < floor && c.evidence.coverage < SCORE.quoteMinCoverage) continue;
      // A sentence quoting the claim states it, even where the frame would rule out a paraphrase (a
      // fragment without the claim's core words, a later page): only another actor's words never count.
      const conflict = conflictOf(c.claim);
      if (conflict === 'who') continue;
      checked++;
      // ...and shares runs of three words with it: set lookups before any fuzzy search (see quote.ts).
      if (!sentence) {
        const words = tokenize(a.normalized);
        sentence = { words, trigrams: index.trigramKeys(words) };
      }
      const quote = quoteSimilarity(a.normalized, sentence.words, sentence.trigrams, index.excerptsOf(c.claim).list);
      const quotesMost = quote.similarity >= SCORE.quoteSimilarity;
      if (context.quotesOnly && !quotesMost) continue;
      const isQuote = quotesMost || quote.run >= SCORE.quoteRun;
      // Outside the frame, only a quotation of most of an excerpt counts (a shared run could be incidental);
      // a lone sentence naming no one of the claim's may share a run.
      if (conflict && !(quotesMost || (conflict === 'unnamed' && isQuote))) continue;
      const raw = isQuote ? Math.max(c.raw, quote.similarity, SCORE.quoteRunRaw) : c.raw;
      if (!best || raw > best.raw) {
        best = { candidate: c, raw, kind: isQuote ? 'quote' : 'paraphrase', excerpt: isQuote ? quote.text : undefined };
      }
    }
    const claimId = best && index.claimIds[best.candidate.claim];
    if (!best || !claimId) return null;
    const score = calibrate(best.raw);
    if (score < floor) return null;
    const result: SentenceMatch = { claimId, score, kind: best.kind };
    // Reporting a claim in order to deny it is not stating it, unless the claim itself disputes something.
    if (disputes(a.text) && !index.isDisputing(best.candidate.claim)) result.kind = 'disputes';
    if (best.excerpt !== undefined) result.excerpt = best.excerpt;
    const by = attribution(a.text);
    if (by !== undefined) result.attributedTo = by;
    return result;
  }

  return {
    index,
    floor,
    match: (sentence, context = {}) => matchAnalysis(vocab.analyze(sentence), context),
    explain: (sentence, context = {}) => candidates(vocab.analyze(sentence), context),
  };
}

/** A sentence's candidates (without their conflicts), and what a claim's frame says of the sentence. */
interface Ranked {
  list: Candidate[];
  conflictOf(claim: number): FrameConflict | null;
}

/** A concept of the sentence that some wording mentions, with its general weight and its posting. */
interface Present {
  c: number;
  w: number;
  posting: Posting;
}

/** Figures must agree: a sentence stating 87% is never the claim that says 81%. */
function figureAgreement(sentence: readonly Figure[], claim: readonly Figure[]): Evidence['figures'] {
  if (sentence.length === 0 || claim.length === 0) return 'none';
  return sentence.some((s) => claim.some((c) => figuresAgree(s, c))) ? 'agree' : 'conflict';
}
