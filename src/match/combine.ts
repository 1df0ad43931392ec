/**
 * Several matchers as one: the bundled claims' and a claim pack's, each over its own index (so adding a
 * pack changes nothing about how the bundled claims are weighed). A sentence gets the best match any of
 * them finds; scores are calibrated alike, so they compare. The first matcher's index is the one the page
 * scan reads for its entities and topic (scan-text.ts); its gates (how much a word can weigh in a match,
 * whether it names the subject) take every index's words, so the words of a pack's claims count towards
 * a sentence's weight too.
 */
import { createMatcher, type Matcher } from './matcher';
import { ANCHOR_WEIGHT } from './scan-text';

/** The most a word weighs in the page scan's gates through a pack's claims alone: below an anchor's weight. */
const PACK_WORD_WEIGHT = ANCHOR_WEIGHT - 0.1;

/** The matchers a combined matcher was made of. */
const partsOf = new WeakMap<Matcher, readonly Matcher[]>();

export function combineMatchers(first: Matcher, ...others: Matcher[]): Matcher {
  if (others.length === 0) return first;
  const all = [first, ...others];
  const combined: Matcher = {
    index: {
      ...first.index,
      // A word only a pack's claims weigh adds its weight to a sentence's, but never opens a block alone
      // (a pack's own gate weighs its rarer everyday words heavily: "site", "app", "version").
      stemWeight: (stem) =>
        others.reduce(
          (most, m) => Math.max(most, Math.min(m.index.stemWeight(stem), PACK_WORD_WEIGHT)),
          first.index.stemWeight(stem),
        ),
      isTopicStem: (stem) => all.some((m) => m.index.isTopicStem(stem)),
    },
    floor: first.floor,
    match(sentence, context) {
      let best: ReturnType<Matcher['match']> = null;
      for (const m of all) {
        const found = m.match(sentence, context);
        if (found && (!best || found.score > best.score)) best = found;
      }
      return best;
    },
    // Candidates number claims in their own matcher's index: the first's alone keep a meaning here.
    explain: (sentence, context) => first.explain(sentence, context),
  };
  partsOf.set(combined, all);
  return combined;
}

/** The same matchers over the same indexes with another floor (each part of a combined matcher). */
export function withFloor(matcher: Matcher, floor: number): Matcher {
  const parts = (partsOf.get(matcher) ?? [matcher]).map((m) => createMatcher(m.index, { floor }));
  return combineMatchers(parts[0]!, ...parts.slice(1));
}
