/**
 * Several matchers as one: the bundled claims' and a claim pack's, each over its own index (so adding a
 * pack changes nothing about how the bundled claims are weighed). A sentence gets the best match any of
 * them finds; scores are calibrated alike, so they compare. The first matcher's index is the one the page
 * scan reads for its gates, entities and topic (scan-text.ts).
 */
import type { Matcher } from './matcher';

export function combineMatchers(first: Matcher, ...others: Matcher[]): Matcher {
  if (others.length === 0) return first;
  const all = [first, ...others];
  return {
    index: first.index,
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
}
