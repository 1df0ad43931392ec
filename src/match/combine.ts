/**
 * Several matchers as one: the bundled claims' and a claim pack's, each over its own index (so adding a
 * pack changes nothing about how the bundled claims are weighed). A sentence gets the best match any of
 * them finds; scores are calibrated alike, so they compare. The first matcher's index is the one the page
 * scan reads for its entities and topic (scan-text.ts); its gates (how much a word can weigh in a match,
 * whether it names the subject) take every index's words, so the words of a pack's claims count towards
 * a sentence's weight too.
 *
 * A pack's matcher may be deferred: only its gates are known at first, and its index is derived in steps
 * when the scan first has a sentence to match (Matcher.prepare), so a page where no sentence passes the
 * gates never derives it.
 */
import type { WordGate } from './claim-index';
import { createMatcher, type Matcher, type MatchContext, type SentenceMatch } from './matcher';
import { ANCHOR_WEIGHT } from './scan-text';
import { runSteps, sharedSteps } from '../text/steps';

/** The most a word weighs in the page scan's gates through a pack's claims alone: below an anchor's weight. */
const PACK_WORD_WEIGHT = ANCHOR_WEIGHT - 0.1;

/** A matcher made when a sentence first needs it: the gates read its words before (combineMatchers). */
export interface DeferredMatcher {
  readonly gate: WordGate;
  /**
   * Makes the matcher, in steps; null if it cannot be made (the pack's matches are then none). Called
   * once by each combined matcher it is part of (withFloor makes another): the index behind it is best
   * derived once (DeferredIndex.steps).
   */
  load(): Generator<void, Matcher | null>;
}

/** A pack's matcher within a combined one, made when first needed if it is deferred. */
class PackPart {
  readonly gate: WordGate;
  private matcher: Matcher | null | undefined;
  /** Shared by every scan that needs the matcher while it is being made. */
  private readonly loading: (() => Generator<void, Matcher | null>) | undefined;

  constructor(part: Matcher | DeferredMatcher) {
    if ('load' in part) {
      this.gate = part.gate;
      this.loading = sharedSteps(() => part.load());
    } else {
      this.gate = part.index;
      this.matcher = part;
    }
  }

  /** Whether its matcher is still to be made. */
  get pending(): boolean {
    return this.matcher === undefined;
  }

  *load(): Generator<void, void> {
    if (this.matcher === undefined && this.loading) this.matcher = yield* this.loading();
  }

  match(sentence: string, context: MatchContext | undefined): SentenceMatch | null {
    if (this.matcher === undefined) runSteps(this.load());
    return this.matcher?.match(sentence, context) ?? null;
  }
}

/** The matchers a combined matcher was made of. */
const partsOf = new WeakMap<Matcher, readonly [Matcher, ...Array<Matcher | DeferredMatcher>]>();

export function combineMatchers(first: Matcher, ...others: Array<Matcher | DeferredMatcher>): Matcher {
  if (others.length === 0) return first;
  const packs = others.map((part) => new PackPart(part));
  const combined: Matcher = {
    index: {
      ...first.index,
      // A word only a pack's claims weigh adds its weight to a sentence's, but never opens a block alone
      // (a pack's own gate weighs its rarer everyday words heavily: "site", "app", "version").
      stemWeight: (stem) =>
        packs.reduce(
          (most, pack) => Math.max(most, Math.min(pack.gate.stemWeight(stem), PACK_WORD_WEIGHT)),
          first.index.stemWeight(stem),
        ),
      isTopicStem: (stem) => first.index.isTopicStem(stem) || packs.some((pack) => pack.gate.isTopicStem(stem)),
    },
    floor: first.floor,
    match(sentence, context) {
      let best = first.match(sentence, context);
      for (const pack of packs) {
        const found = pack.match(sentence, context);
        if (found && (!best || found.score > best.score)) best = found;
      }
      return best;
    },
    // Candidates number claims in their own matcher's index: the first's alone keep a meaning here.
    explain: (sentence, context) => first.explain(sentence, context),
  };
  if (packs.some((pack) => pack.pending))
    combined.prepare = function* () {
      for (const pack of packs) yield* pack.load();
    };
  partsOf.set(combined, [first, ...others]);
  return combined;
}

/** The same matchers over the same indexes with another floor (each part of a combined matcher). */
export function withFloor(matcher: Matcher, floor: number): Matcher {
  const [first, ...others] = partsOf.get(matcher) ?? [matcher];
  const again = (m: Matcher) => createMatcher(m.index, { floor });
  return combineMatchers(
    again(first),
    ...others.map((part): Matcher | DeferredMatcher =>
      'load' in part
        ? {
            gate: part.gate,
            *load() {
              const loaded = yield* part.load();
              return loaded && again(loaded);
            },
          }
        : again(part),
    ),
  );
}
