import { describe, expect, it } from 'vitest';
import { endSlice, newSlice, runInSlices, SLICE_MS } from '../../../extension/content/schedule';

/** Spins for at least `ms` (steps that cost time, without relying on timers). */
function spin(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy
  }
}

describe('runInSlices', () => {
  it('runs the steps to the end and returns their value', async () => {
    function* steps(): Generator<void, number> {
      let sum = 0;
      for (let i = 1; i <= 100; i++) {
        sum += i;
        yield;
      }
      return sum;
    }
    expect(await runInSlices(steps())).toBe(5050);
  });

  it('gives the thread back once a slice has run for SLICE_MS', async () => {
    const events: string[] = [];
    function* steps(): Generator<void, void> {
      for (let i = 0; i < 4; i++) {
        spin(SLICE_MS / 2 + 1);
        events.push('step');
        yield;
      }
    }
    await runInSlices(steps(), undefined, () => {
      events.push('yield');
      return false;
    });
    // Two steps of more than half a slice each fill one: the thread is given back after every second
    // step at most (more often if the machine is slow, never less).
    expect(events).toContain('yield');
    expect(events.join(' ')).not.toContain('step step step');
  });

  it('ends the slice at once after endSlice, however little time has passed', async () => {
    const events: string[] = [];
    const slice = newSlice();
    function* steps(): Generator<void, void> {
      events.push('first');
      endSlice(slice);
      yield;
      events.push('second');
      yield;
    }
    await runInSlices(
      steps(),
      undefined,
      () => {
        events.push('yield');
        return false;
      },
      slice,
    );
    expect(events.slice(0, 3)).toEqual(['first', 'yield', 'second']);
  });

  it('stops with the reason when the signal is aborted between slices', async () => {
    const controller = new AbortController();
    const slice = newSlice();
    function* steps(): Generator<void, void> {
      controller.abort(new Error('stopped'));
      endSlice(slice);
      yield;
      throw new Error('ran on after the abort');
    }
    await expect(runInSlices(steps(), controller.signal, undefined, slice)).rejects.toThrow('stopped');
  });
});
