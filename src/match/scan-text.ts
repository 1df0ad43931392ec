/**
 * Scans a whole document's text (as extracted by src/page). Most of a page never reaches the matcher:
 *
 * 1. A block (paragraph) is segmented only if the page is about facial recognition, or the block has
 *    an anchor word: a topic word or a word specific to some claim. Other blocks are never segmented.
 * 2. A sentence is analysed only if its distinct claim words weigh enough to possibly make a match.
 *
 * Both gates cost one Map lookup per word, through a cache of word → weight.
 */
import { forEachBlock, segmentRange, type Sentence } from '../text/segment';
import type { EntityData, Mention } from './entities';
import { isActorKind } from './frame';
import { runSteps } from '../text/steps';
import { stemToken } from '../text/tokens';
import type { WordGate } from './claim-index';
import type { MatchContext, Matcher, SentenceMatch } from './matcher';

export interface Finding extends SentenceMatch {
  /** Offsets of the sentence in the scanned text. */
  start: number;
  end: number;
  text: string;
}

export interface ScanOptions {
  /**
   * Whether the document is about police facial recognition, when the caller knows (its title says so,
   * or it has checked with topicalSteps); worked out from the text otherwise.
   */
  topical?: boolean;
  signal?: AbortSignal;
  /** The page's date (YYYY, YYYY-MM or YYYY-MM-DD), when known: claims about another period are ruled out. */
  pageDate?: string | null;
  /**
   * The parts of the text outside the page's article (navigation, lists of links, promos, captions: see
   * src/page/article.ts), as sorted, disjoint [start, end) ranges. Asked for only when a sentence matches,
   * or, on a page about the subject, when a claim's frame needs the page's actors. A sentence there is
   * highlighted only when it quotes a claim nearly word for word, and on a page about the subject it says
   * nothing about whom the page is about.
   */
  outside?: () => ReadonlyArray<readonly [number, number]>;
  /** Called with each finding as soon as it is made, in document order (the extension shows them at once). */
  onFinding?: (finding: Finding) => void;
}

/**
 * A page is about police facial recognition when it mentions facial recognition and the police (or
 * surveillance) at least this often each: "facial recognition" alone can be a phone or a medical study.
 */
const TOPICAL_PAGE_MENTIONS = 2;
/**
 * A word this heavy on its own makes a block worth segmenting: it names something specific to a claim
 * (a person, a place, a figure, a rare term). Everyday words weigh far less (see claim-index.ts).
 */
export const ANCHOR_WEIGHT = 2.5;
/**
 * A sentence is analysed only if its distinct claim words weigh at least this much together: the
 * lightest real match (two distinctive concepts covering most of a short claim wording) weighs more.
 */
const MIN_SENTENCE_WEIGHT = 3;
/** Bound on the word cache; a page rarely has more distinct words, and the cache restarts if it does. */
const WORD_CACHE_LIMIT = 50_000;

const WORD_RE = /[a-z0-9]+/g;

/** What the gates need to know about one lower-case word. */
interface WordInfo {
  /** The most the word can add to a match beyond the topic. */
  weight: number;
  /** A topic word or a heavy, claim-specific word. */
  anchor: boolean;
  /** Names the subject: facial recognition or the police. */
  subject: boolean;
}

const caches = new WeakMap<WordGate, Map<string, WordInfo>>();

/** A gate's word cache, looked up once per block or sentence rather than once per word. */
function wordCache(gate: WordGate): Map<string, WordInfo> {
  let cache = caches.get(gate);
  if (!cache || cache.size > WORD_CACHE_LIMIT) {
    cache = new Map();
    caches.set(gate, cache);
  }
  return cache;
}

function wordInfo(gate: WordGate, cache: Map<string, WordInfo>, word: string): WordInfo {
  let info = cache.get(word);
  if (!info) {
    const stem = stemToken(word);
    const weight = gate.stemWeight(stem);
    const subject = gate.isTopicStem(stem);
    info = { weight, anchor: weight >= ANCHOR_WEIGHT || subject, subject };
    cache.set(word, info);
  }
  return info;
}

/** The anchor check reads a long block this many characters at a time (a step each). */
const ANCHOR_STEP_CHARS = 4096;

/** Whether `text.slice(start, end)` contains an anchor word. */
export function hasAnchor(gate: WordGate, text: string, start: number, end: number): boolean {
  const lower = text.slice(start, end).toLowerCase();
  const cache = wordCache(gate);
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(lower); m; m = WORD_RE.exec(lower)) if (wordInfo(gate, cache, m[0]).anchor) return true;
  return false;
}

/** hasAnchor as steps over pieces of a long block, cut between words. */
function* anchorSteps(gate: WordGate, text: string, start: number, end: number): Generator<void, boolean> {
  for (let from = start; from < end;) {
    let to = Math.min(end, from + ANCHOR_STEP_CHARS);
    if (to < end) {
      const space = text.indexOf(' ', to);
      to = space < 0 || space > end ? end : space;
    }
    if (hasAnchor(gate, text, from, to)) return true;
    from = to;
    if (from < end) yield;
  }
  return false;
}

/**
 * Whether a sentence is worth analysing: its distinct claim words weigh at least `enough`, and, when
 * `needSubject`, it names the subject (facial recognition or the police) itself — on a page about
 * something else, nothing else can match (see MatchContext).
 */
export function worthAnalysing(gate: WordGate, sentence: string, enough: number, needSubject: boolean): boolean {
  const lower = sentence.toLowerCase();
  const seen = new Set<string>();
  let total = 0;
  let subject = !needSubject;
  const cache = wordCache(gate);
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(lower); m; m = WORD_RE.exec(lower)) {
    const word = m[0];
    const info = wordInfo(gate, cache, word);
    subject ||= info.subject;
    if (info.weight > 0 && !seen.has(word)) {
      seen.add(word);
      total += info.weight;
    }
    if (subject && total >= enough) return true;
  }
  return false;
}

/** The headline (the first block) counts this many times when working out whom a page is about. */
const HEADLINE_WEIGHT = 2;
/** A page's main actors are named at least this often... */
const MAIN_ACTOR_MENTIONS = 2;
/** ...and at least this share as often as the actor it names most. */
const MAIN_ACTOR_SHARE = 2 / 3;

/**
 * Whom a text is about: the actors it names (forces, the government, retailers, foreign bodies), and the
 * ones it names most. A sentence that names no actor is about the one named last before it in its
 * paragraph, or else one of these main ones (see frame.ts).
 */
export class PageActors {
  private readonly actors: Mention[];
  /** Entity ids of the page's main actors, most named first. */
  readonly main: string[];

  /** `outside`: the parts of the text that are not the page's article (ScanOptions.outside). */
  constructor(
    private readonly matcher: Matcher,
    text: string,
    blocks: ReadonlyArray<readonly [number, number]>,
    outside: ReadonlyArray<readonly [number, number]> = [],
  ) {
    const entities = matcher.index.entities.entities;
    const headlineEnd = blocks.find(([start]) => !inRanges(outside, start))?.[1] ?? 0;
    this.actors = matcher.index.entities
      .mentions(text)
      .filter((m) => isActorKind((entities[m.entity] as EntityData).kind) && !inRanges(outside, m.start));
    const weight = new Map<number, number>();
    for (const m of this.actors)
      weight.set(m.entity, (weight.get(m.entity) ?? 0) + (m.start < headlineEnd ? HEADLINE_WEIGHT : 1));
    const ranked = [...weight].sort((a, b) => b[1] - a[1]);
    const top = ranked[0]?.[1] ?? 0;
    this.main = ranked
      .filter(([, w]) => w >= MAIN_ACTOR_MENTIONS && w >= top * MAIN_ACTOR_SHARE)
      .map(([e]) => (entities[e] as EntityData).id);
  }

  /**
   * The actors a sentence starting at `start`, in the block starting at `blockStart`, is about if it names
   * none itself: the one named last before it in the block, or else the page's main ones, or, on a page
   * that names no actor often enough to be its subject, the one named last before it.
   */
  before(blockStart: number, start: number): string[] {
    let last: Mention | undefined;
    for (const m of this.actors) {
      if (m.start >= start) break;
      last = m;
    }
    const idOf = (m: Mention) => (this.matcher.index.entities.entities[m.entity] as EntityData).id;
    if (last && last.start >= blockStart) return [idOf(last)];
    if (this.main.length > 0) return this.main;
    return last ? [idOf(last)] : [];
  }
}

/** Whether `offset` lies in one of the sorted, disjoint [start, end) ranges. */
export function inRanges(ranges: ReadonlyArray<readonly [number, number]>, offset: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = ranges[mid] as readonly [number, number];
    if (offset < start) hi = mid - 1;
    else if (offset >= end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The topic check reads this many characters of text per step. */
const TOPIC_STEP_CHARS = 32_768;

/**
 * Whether a whole text is about police facial recognition, with two regular expressions over the raw
 * text (no segmentation, no analysis): it must name facial recognition and the police or surveillance.
 * As steps over pieces of the text (cut at block breaks, so no mention is cut in two), for a caller that
 * gives the page the thread between them. Stops as soon as both are found often enough.
 */
export function* topicalSteps(matcher: Matcher, text: string): Generator<void, boolean> {
  const patterns = matcher.index.topicPatterns;
  const counts = patterns.map(() => 0);
  let from = 0;
  while (from < text.length) {
    let to = text.length;
    if (to - from > TOPIC_STEP_CHARS) {
      const cut = text.indexOf('\n\n', from + TOPIC_STEP_CHARS);
      to = cut < 0 ? text.length : cut;
    }
    const piece = text.slice(from, to);
    patterns.forEach((re, i) => {
      re.lastIndex = 0;
      while ((counts[i] ?? 0) < TOPICAL_PAGE_MENTIONS && re.exec(piece)) counts[i] = (counts[i] ?? 0) + 1;
    });
    if (counts.every((n) => n >= TOPICAL_PAGE_MENTIONS)) return true;
    from = to;
    yield;
  }
  return false;
}

/**
 * The scan as a sequence of small steps: it yields between pieces of the topic check, between blocks
 * and between analysed sentences, so a caller on a page's main thread can pause it to let the page run
 * (see extension/content/schedule.ts). Returns the findings, in document order.
 */
export function* scanSteps(matcher: Matcher, text: string, options: ScanOptions = {}): Generator<void, Finding[]> {
  const topical = options.topical ?? (yield* topicalSteps(matcher, text));
  const blocks: Array<[number, number]> = [];
  forEachBlock(text, (start, end) => void blocks.push([start, end]));
  const findings: Finding[] = [];
  // Whom the page is about, and where its article is, worked out the first time they are needed (most
  // pages never need them).
  let actors: PageActors | undefined;
  let outside: ReadonlyArray<readonly [number, number]> | undefined;
  const outsideRanges = () => (outside ??= options.outside?.() ?? []);
  const worth = (s: Sentence, topical: boolean | undefined) =>
    worthAnalysing(matcher.index, s.text, MIN_SENTENCE_WEIGHT, topical === false);
  /** Matches a sentence worth it (after the work the matcher may defer until then: Matcher.prepare). */
  const analyse = (s: Sentence, block: [number, number], context: { topical: boolean | undefined }) => {
    const matchContext: MatchContext = {
      ...context,
      pageDate: options.pageDate ?? null,
      // On a page about the subject, whom it is about is read from its article alone.
      actors: () =>
        (actors ??= new PageActors(matcher, text, blocks, topical ? outsideRanges() : [])).before(block[0], s.start),
    };
    let m = matcher.match(s.text, matchContext);
    // Outside the article, only a quotation counts.
    if (m && options.outside && inRanges(outsideRanges(), s.start))
      m = matcher.match(s.text, { ...matchContext, quotesOnly: true });
    if (!m) return;
    const finding = { start: s.start, end: s.end, text: s.text, ...m };
    findings.push(finding);
    options.onFinding?.(finding);
  };

  if (topical) {
    // A page about the subject: every block is read, and each is analysed as soon as it is segmented,
    // so the first findings come after the first blocks rather than after the whole page.
    for (const block of blocks) {
      if (options.signal?.aborted) return [];
      const sentences: Sentence[] = [];
      segmentRange(text, block[0], block[1], sentences);
      yield;
      for (const sentence of sentences) {
        if (options.signal?.aborted) return [];
        if (worth(sentence, true)) {
          if (matcher.prepare) yield* matcher.prepare();
          analyse(sentence, block, { topical: true });
        }
        yield;
      }
    }
    return findings;
  }

  // A text of one block (a lone sentence or paragraph) is read whatever it says: the anchor gate is
  // there to skip most of a long page, not to second-guess a sentence given on its own.
  const gated = blocks.length > 1;
  const sentences: Array<[Sentence, [number, number]]> = [];
  for (const block of blocks) {
    if (options.signal?.aborted) return [];
    if (!gated || (yield* anchorSteps(matcher.index, text, block[0], block[1]))) {
      const found: Sentence[] = [];
      segmentRange(text, block[0], block[1], found);
      for (const sentence of found) sentences.push([sentence, block]);
    }
    yield;
  }
  // A lone sentence has no page around it to say what it is about.
  const context = { topical: sentences.length > 1 ? false : undefined };
  for (const [sentence, block] of sentences) {
    if (options.signal?.aborted) return [];
    if (worth(sentence, context.topical)) {
      if (matcher.prepare) yield* matcher.prepare();
      analyse(sentence, block, context);
    }
    yield;
  }
  return findings;
}

/** Finds every sentence in `text` that states a known claim, in document order. */
export function scanText(matcher: Matcher, text: string, options: ScanOptions = {}): Finding[] {
  return runSteps(scanSteps(matcher, text, options));
}
