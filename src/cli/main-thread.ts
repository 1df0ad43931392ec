/**
 * What the extension costs a page's main thread, from a Chromium trace (the bench and the sweep):
 *
 * - tasks: the renderer main thread's top-level RunTask events, exactly as the browser ran them;
 * - whose code: the CPU profile recorded in the same trace. A sample whose stack holds a
 *   chrome-extension:// frame is the extension's time.
 *
 * A task "has extension code" when any of its samples is the extension's. A long task (over 50 ms, the
 * Long Tasks API's threshold) is "caused by the extension" when it would not be long without the
 * extension's time in it.
 */
import type { CDPSession } from 'playwright-core';

/** The Long Tasks API's threshold. */
export const LONG_TASK_MS = 50;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** CPU time of the thread during the event (wall time minus the time the thread was not running). */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
}

export interface MainThreadFigures {
  /** CPU time in the extension's code, on the pages' main threads. */
  extensionMs: number;
  /**
   * The longest task that ran any extension code (wall time, as the Long Tasks API counts), how much of
   * it was the extension's, and the thread's CPU time in it (less than the wall time when other
   * processes had the CPU, as they often do on a machine with two cores).
   */
  longestTaskMs: number;
  longestTaskExtensionMs: number;
  longestTaskCpuMs: number;
  /** The most CPU time of any task that ran extension code. */
  longestTaskCpuOnlyMs: number;
  /** Tasks over LONG_TASK_MS that would have been shorter than that without the extension's code. */
  longTasksCaused: number;
}

const CATEGORIES = [
  '__metadata',
  'toplevel',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
];

/** Records a trace of everything `work` makes the browser do. */
export async function traced<T>(client: CDPSession, work: () => Promise<T>): Promise<{ result: T; events: unknown[] }> {
  const events: unknown[] = [];
  client.on('Tracing.dataCollected', ({ value }) => void events.push(...value));
  const complete = new Promise<void>((resolve) => client.once('Tracing.tracingComplete', () => resolve()));
  await client.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  let result: T;
  try {
    result = await work();
  } finally {
    await client.send('Tracing.end');
    await complete;
  }
  return { result, events };
}

/** The extension's share of the pages' main threads in a trace (see the module comment). */
export function mainThreadFigures(trace: unknown[]): MainThreadFigures {
  const events = trace as TraceEvent[];
  const threadNames = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');

  // Sample times of extension code, per thread, from the profiles in the trace.
  const profiles = new Map<string, { thread: string; time: number; nodes: Map<number, ProfileNode> }>();
  const extensionSamples = new Map<string, Array<[number, number]>>();
  for (const e of events) {
    if (e.name === 'Profile') {
      profiles.set(`${e.pid}:${e.id}`, {
        thread: `${e.pid}:${e.tid}`,
        time: e.args?.data?.startTime ?? 0,
        nodes: new Map(),
      });
    } else if (e.name === 'ProfileChunk') {
      const profile = profiles.get(`${e.pid}:${e.id}`);
      const data = e.args?.data;
      if (!profile || !data) continue;
      for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
      const deltas = data.timeDeltas ?? [];
      (data.cpuProfile?.samples ?? []).forEach((nodeId, i) => {
        const delta = deltas[i] ?? 0;
        profile.time += delta;
        if (!isExtensionStack(profile.nodes, nodeId)) return;
        let list = extensionSamples.get(profile.thread);
        if (!list) extensionSamples.set(profile.thread, (list = []));
        list.push([profile.time, delta]);
      });
    }
  }

  const figures: MainThreadFigures = {
    extensionMs: 0,
    longestTaskMs: 0,
    longestTaskExtensionMs: 0,
    longestTaskCpuMs: 0,
    longestTaskCpuOnlyMs: 0,
    longTasksCaused: 0,
  };
  for (const [thread, samples] of extensionSamples) {
    if (threadNames.get(thread) !== 'CrRendererMain') continue;
    samples.sort((a, b) => a[0] - b[0]);
    for (const [, delta] of samples) figures.extensionMs += delta / 1000;
    for (const task of topLevelTasks(events, thread)) {
      const end = task.ts + (task.dur ?? 0);
      let extensionUs = 0;
      for (let i = firstAtOrAfter(samples, task.ts); i < samples.length && (samples[i]?.[0] ?? end + 1) <= end; i++)
        extensionUs += samples[i]?.[1] ?? 0;
      if (extensionUs === 0) continue;
      const ms = (task.dur ?? 0) / 1000;
      const cpuMs = (task.tdur ?? task.dur ?? 0) / 1000;
      const extensionMs = extensionUs / 1000;
      if (ms > figures.longestTaskMs) {
        figures.longestTaskMs = ms;
        figures.longestTaskExtensionMs = extensionMs;
        figures.longestTaskCpuMs = cpuMs;
      }
      figures.longestTaskCpuOnlyMs = Math.max(figures.longestTaskCpuOnlyMs, cpuMs);
      if (ms > LONG_TASK_MS && ms - extensionMs <= LONG_TASK_MS) figures.longTasksCaused++;
    }
  }
  return figures;
}

function isExtensionStack(nodes: Map<number, ProfileNode>, leaf: number): boolean {
  for (let node = nodes.get(leaf); node; node = node.parent === undefined ? undefined : nodes.get(node.parent))
    if (node.callFrame.url?.startsWith('chrome-extension://')) return true;
  return false;
}

/** A thread's tasks as the scheduler ran them (RunTask events not nested in another). */
function topLevelTasks(events: TraceEvent[], thread: string): TraceEvent[] {
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && `${e.pid}:${e.tid}` === thread)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const t of tasks) {
    if (t.ts < end) continue;
    out.push(t);
    end = t.ts + (t.dur ?? 0);
  }
  return out;
}

/** Index of the first sample at or after time `ts` (samples sorted by time). */
function firstAtOrAfter(samples: Array<[number, number]>, ts: number): number {
  let lo = 0;
  let hi = samples.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((samples[mid]?.[0] ?? 0) < ts) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
