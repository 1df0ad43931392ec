/**
 * Long work in the core (text extraction, the index load, the topic check, the scan) is written as a
 * generator that yields between small steps: the extension runs the steps in slices that give the page
 * the thread (extension/content/schedule.ts); everything else runs them straight through with runSteps.
 */

/** Runs a step generator to the end and returns its result. */
export function runSteps<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Steps whose work is done once, however many callers run them, together or one after another: each
 * caller's generator advances the same work, and every caller gets its result (or its error).
 */
export function sharedSteps<T>(make: () => Generator<unknown, T>): () => Generator<void, T> {
  let work: Generator<unknown, T> | undefined;
  let outcome: { value: T } | { error: unknown } | undefined;
  return function* () {
    while (!outcome) {
      try {
        const step = (work ??= make()).next();
        if (step.done) outcome = { value: step.value };
      } catch (error) {
        outcome = { error };
      }
      if (!outcome) yield;
    }
    if ('error' in outcome) throw outcome.error;
    return outcome.value;
  };
}
