/** Waiting on conditions rather than on the clock: the tests run on slow, shared machines. */

export interface PollOptions {
  /** Give up after this long (default 20 s: generous for a 2-core machine, well under the 60 s test timeout). */
  timeout?: number;
  interval?: number;
  /** What is awaited, for the error message. */
  what: string;
}

/** Calls `check` until it returns something other than undefined/null/false; returns that. */
export async function poll<T>(check: () => Promise<T | undefined | null | false>, options: PollOptions): Promise<T> {
  const { timeout = 20_000, interval = 100, what } = options;
  const deadline = Date.now() + timeout;
  let lastError: unknown = null;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      last = value;
      if (value !== undefined && value !== null && value !== false) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const detail = lastError ? `; last error: ${String(lastError)}` : `; last value: ${JSON.stringify(last)}`;
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}${detail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
