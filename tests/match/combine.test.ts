/**
 * A pack's matcher beside the bundled one (src/match/combine.ts), made when the scan first has a sentence
 * to match (a DeferredMatcher, as the content script loads the claims since 2023): until then only its
 * gates are known, and a page where no sentence passes them never derives it. Either way the findings
 * are those of the pack matched at once.
 */
import { describe, expect, it } from 'vitest';
import { loadMatcher } from '../../src/cli/load-matcher';
import { updatePackDatabase } from '../../src/cli/update-pack';
import { specificity } from '../../src/cli/word-frequency';
import { loadClaimIndexSteps, readWordGate, type IndexData } from '../../src/match/claim-index';
import { combineMatchers, withFloor, type DeferredMatcher } from '../../src/match/combine';
import { compileClaimIndex } from '../../src/match/compile';
import { createMatcher } from '../../src/match/matcher';
import { scanSteps, scanText } from '../../src/match/scan-text';
import { mergeDatabases } from '../../src/packs/merge';
import { sharedSteps } from '../../src/text/steps';

const seeds = loadMatcher();
const packDb = mergeDatabases({ ...seeds.db, claims: [], documents: [], timeline: [] }, [updatePackDatabase()]);
const packData: IndexData = compileClaimIndex(packDb.claims, { specificity, entities: packDb.entities });
const eager = loadMatcher({}, seeds.db, [updatePackDatabase()]).matcher;

/** The pack as the content script defers it, counting the steps of its derivation. */
function deferred(): { matcher: DeferredMatcher; steps: () => number } {
  let steps = 0;
  const derive = sharedSteps(function* () {
    const work = loadClaimIndexSteps(structuredClone(packData));
    for (let step = work.next(); ; step = work.next()) {
      steps++;
      if (step.done) return step.value;
      yield;
    }
  });
  return {
    matcher: {
      gate: readWordGate(packData),
      *load() {
        return createMatcher(yield* derive());
      },
    },
    steps: () => steps,
  };
}

// Our own writing: a page about the claims since 2023, and one about something else.
const ABOUT = [
  'Live facial recognition in London: a year of figures',
  'According to the Metropolitan Police’s annual report, its live facial recognition deployments led to 962 arrests between September 2024 and September 2025.',
  'Ministers have paid for ten more camera vans so that seven police forces outside London can use live facial recognition too.',
].join('\n\n');
const ELSEWHERE = [
  'Allotment notes for December',
  'The leeks are in, the beds are mulched and the shed roof has been mended at last.',
  'Next month the committee will choose seeds for spring and set the rota for watering.',
].join('\n\n');

describe('a deferred pack matcher', () => {
  it('is never made on a page where no sentence passes the gates', () => {
    const pack = deferred();
    const matcher = combineMatchers(seeds.matcher, pack.matcher);
    expect(scanText(matcher, ELSEWHERE)).toEqual([]);
    expect(pack.steps()).toBe(0);
  });

  it('counts its words in the gates before it is made, as a pack made at once does', () => {
    const pack = deferred();
    const matcher = combineMatchers(seeds.matcher, pack.matcher);
    for (const stem of ['arrest', 'van', 'minist', 'septemb', 'leek'])
      expect(matcher.index.stemWeight(stem)).toBe(eager.index.stemWeight(stem));
    expect(pack.steps()).toBe(0);
  });

  it('is made once, in steps, when the first sentence is matched, and finds what the pack made at once finds', () => {
    const pack = deferred();
    const matcher = combineMatchers(seeds.matcher, pack.matcher);
    // Two scans at once (a page's first reading and a changed block), step by step in turn.
    const scans = [scanSteps(matcher, ABOUT), scanSteps(matcher, ABOUT)];
    const results = scans.map(() => undefined as ReturnType<typeof scanText> | undefined);
    let yields = 0;
    while (results.some((r) => r === undefined))
      scans.forEach((scan, i) => {
        if (results[i]) return;
        const step = scan.next();
        if (step.done) results[i] = step.value;
        else yields++;
      });
    const found = scanText(eager, ABOUT);
    expect(found.map((f) => f.claimId)).toContain('met-lfr-report-962-arrests-2024-2025');
    expect(results).toEqual([found, found]);
    // Derived once, and its steps were steps of the scans.
    const derivation = pack.steps();
    expect(derivation).toBeGreaterThan(1);
    expect(yields).toBeGreaterThan(derivation);
    scanText(matcher, ABOUT);
    expect(pack.steps()).toBe(derivation);
  });

  it('keeps a pack deferred, made once, in a matcher of another floor (withFloor)', () => {
    const pack = deferred();
    const combined = combineMatchers(seeds.matcher, pack.matcher);
    const lower = withFloor(combined, 0.1);
    expect(pack.steps()).toBe(0);
    expect(scanText(lower, ABOUT)).toEqual(scanText(withFloor(eager, 0.1), ABOUT));
    const derivation = pack.steps();
    expect(derivation).toBeGreaterThan(1);
    scanText(combined, ABOUT);
    expect(pack.steps()).toBe(derivation);
  });

  it('matches at once when asked outside a scan, and a pack that cannot be made matches nothing', () => {
    const pack = deferred();
    const sentence = ABOUT.split('\n\n')[1]!;
    expect(combineMatchers(seeds.matcher, pack.matcher).match(sentence, { topical: true })).toEqual(
      eager.match(sentence, { topical: true }),
    );
    const unreadable: DeferredMatcher = {
      gate: readWordGate(packData),
      // eslint-disable-next-line require-yield -- a load that fails at once
      *load() {
        return null;
      },
    };
    const withBroken = combineMatchers(seeds.matcher, unreadable);
    expect(scanText(withBroken, ABOUT)).toEqual(scanText(seeds.matcher, ABOUT));
  });
});
