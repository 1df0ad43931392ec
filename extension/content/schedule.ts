/**
 * Running long work on the page's main thread without blocking it: work in slices of SLICE_MS and
 * yield between slices (scheduler.yield where the browser has it, a macrotask otherwise), so input and
 * rendering are never held up by more than one slice; whenIdle defers work that can wait (rescans of
 * changed blocks) until the page is idle.
 */

/** A slice this long stays well under the 50 ms that counts as a long task. */
export const SLICE_MS = 8;
/** Start anyway after this long if the page is never idle (busy pages, background tabs). */
const IDLE_TIMEOUT_MS = 500;

interface Scheduler {
  yield(): Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function whenIdle(signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => (signal?.aborted ? reject(signal.reason) : resolve());
    if (typeof requestIdleCallback === 'function') requestIdleCallback(done, { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(done, 0);
  });
}

/**
 * Yields so that the page can also render: a continuation from scheduler.yield runs before rendering,
 * a new task does not. Used after new highlights were set, so they appear while the scan goes on.
 */
function yieldForPaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** When the current slice began: several runInSlices in a row can share one (see newSlice). */
export interface Slice {
  start: number;
}

export const newSlice = (): Slice => ({ start: performance.now() });

/** Makes runInSlices end the slice after the current step (to show something at once). */
export function endSlice(slice: Slice): void {
  slice.start = -Infinity;
}

/**
 * Runs a step generator to completion in slices; rejects with the signal's reason if aborted.
 * `beforeYield` runs at the end of each slice, before the page gets the thread; it returns true when it
 * changed what the page shows (new highlights), and the page is then given a chance to paint. Work that
 * runs several generators one after another passes the same `slice`, so together they keep to SLICE_MS.
 */
export async function runInSlices<T>(
  steps: Generator<unknown, T>,
  signal?: AbortSignal,
  beforeYield?: () => boolean,
  slice: Slice = newSlice(),
): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - slice.start > SLICE_MS) {
      await (beforeYield?.() ? yieldForPaint() : yieldToPage());
      signal?.throwIfAborted();
      slice.start = performance.now();
    }
  }
}
