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
