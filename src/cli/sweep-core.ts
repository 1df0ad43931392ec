/**
 * The real-page sweep: each page loaded in Chromium with the built extension and without it, served
 * from a local server (other hosts fail at once), and compared. Per page:
 *
 * - errors: page errors and console errors seen only with the extension, and any whose text points at
 *   the extension's code (chrome-extension://, "ClaimLens:");
 * - DOM and text: the serialised document (XMLSerializer) and body.innerText with and without the extension,
 *   read at the same moment after load. When they differ, the page is loaded a second time without the
 *   extension: if that differs too, the page changes itself (timers, random ids) and cannot be judged;
 *   otherwise the extension changed it;
 * - findings: the sentences ClaimLens highlighted (none of these pages is about LFR: each is a false
 *   finding, reported);
 * - the extension's main-thread time and the longest task with its code in it, from a trace
 *   (main-thread.ts).
 */
import type { BrowserContext } from 'playwright-core';
import { pageUrl, withChromiumPair } from './bench-browser';
import { mainThreadFigures, traced, type MainThreadFigures } from './main-thread';

export interface SweepPage {
  name: string;
  path: string;
}

/**
 * 'same': identical with and without the extension; 'same without page scripts': the page changes
 * itself between loads, and with its scripts blocked (by CSP, which content scripts are not subject
 * to) it is identical with and without the extension; 'changed': the extension changed it;
 * 'page changes itself': it differs between loads even without its scripts, so it cannot be judged.
 */
export type DomVerdict = 'same' | 'same without page scripts' | 'changed' | 'page changes itself';

export interface SweepResult {
  name: string;
  /** Errors that appeared only with the extension, or that name its code. */
  errors: string[];
  dom: DomVerdict;
  text: DomVerdict;
  findings: string[];
  extensionMs: number;
  /**
   * The longest task with extension code in it (wall time, and the thread's CPU time in it), and the long
   * tasks the extension caused (main-thread.ts).
   */
  longestTaskMs: number;
  longestTaskCpuMs: number;
  longTasksCaused: number;
  /** The page did not finish loading in time (it is still compared). */
  slow: boolean;
}

interface Snapshot {
  html: string;
  text: string;
  errors: string[];
  findings: string[];
  cost: MainThreadFigures | null;
  slow: boolean;
}

/** After `load`, how long ClaimLens (and the page's own scripts) get before the snapshot. */
const SETTLE_MS = 2000;
const LOAD_TIMEOUT_MS = 20_000;

async function snapshot(context: BrowserContext, url: string, measure: boolean): Promise<Snapshot> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.text().includes('ClaimLens')) errors.push(`console.${m.type()}: ${m.text()}`);
  });
  let slow = false;
  const load = async () => {
    try {
      await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    } catch {
      slow = true;
    }
    await page.waitForTimeout(SETTLE_MS);
  };
  let cost: MainThreadFigures | null = null;
  if (measure) {
    const client = await context.newCDPSession(page);
    cost = mainThreadFigures((await traced(client, load)).events);
    await client.detach();
  } else await load();
  const seen = await page.evaluate(() => {
    const findings: string[] = [];
    if (typeof CSS !== 'undefined' && CSS.highlights) {
      for (const [name, h] of CSS.highlights)
        if (String(name).startsWith('claimlens') && name !== 'claimlens-active')
          for (const r of h) findings.push((r as Range).toString());
    }
    return {
      html: new XMLSerializer().serializeToString(document),
      text: document.body?.innerText ?? '',
      findings,
    };
  });
  await page.close();
  return { ...seen, errors, cost, slow };
}

/**
 * The page's own resources (and its web app manifest) that fail to load (this sweep has no network),
 * and when they fail depends on timing; ClaimLens requests nothing (the zero-network test), so these
 * messages are never its doing.
 */
const RESOURCE_ERROR = /^console\.error: (Failed to load resource:|Manifest fetch from \S+ failed)/;

/** Errors in `a` that are not in `b` (as a multiset), plus any in `a` that name the extension. */
function newErrors(a: string[], b: string[]): string[] {
  const rest = [...b];
  const out: string[] = [];
  for (const e of a) {
    if (RESOURCE_ERROR.test(e)) continue;
    const i = rest.indexOf(e);
    if (/chrome-extension:\/\/|ClaimLens/.test(e)) out.push(e);
    else if (i >= 0) rest.splice(i, 1);
    else out.push(e);
  }
  return out;
}

export interface SweepOptions {
  chromePath: string;
  extensionDir: string;
  pages: SweepPage[];
  onResult?: (result: SweepResult, index: number) => void;
}

export function sweep(opts: SweepOptions): Promise<SweepResult[]> {
  return withChromiumPair(
    opts.chromePath,
    opts.extensionDir,
    opts.pages,
    new Map(),
    async ({ base, withExt, without }) => {
      const results: SweepResult[] = [];
      for (const [i, p] of opts.pages.entries()) {
        const url = pageUrl(base, i);
        const a = await snapshot(withExt, url, true);
        const b = await snapshot(without, url, false);
        let plain: Snapshot | null = null;
        let again: Snapshot | null = null;
        let quiet: [Snapshot, Snapshot] | null = null;
        const verdict = async (key: 'html' | 'text'): Promise<DomVerdict> => {
          if (a[key] === b[key]) return 'same';
          // The measured load is traced, which slows the page: its own scripts may not have done the same
          // by the snapshot (one page inserts an ad script later when traced, with or without ClaimLens).
          // Compare like with like first: a load with the extension and without tracing.
          plain ??= await snapshot(withExt, url, false);
          if (plain[key] === b[key]) return 'same';
          again ??= await snapshot(without, url, false);
          if (again[key] === b[key]) return 'changed';
          // The page changes itself: compare again with its own scripts blocked.
          quiet ??= [
            await snapshot(withExt, `${url}?noscript`, false),
            await snapshot(without, `${url}?noscript`, false),
          ];
          if (quiet[0][key] === quiet[1][key]) return 'same without page scripts';
          const third = await snapshot(without, `${url}?noscript`, false);
          return third[key] === quiet[1][key] ? 'changed' : 'page changes itself';
        };
        const dom = await verdict('html');
        const text = await verdict('text');
        const result: SweepResult = {
          name: p.name,
          errors: newErrors(a.errors, b.errors),
          dom,
          text,
          findings: a.findings,
          extensionMs: a.cost?.extensionMs ?? 0,
          longestTaskMs: a.cost?.longestTaskMs ?? 0,
          longestTaskCpuMs: a.cost?.longestTaskCpuMs ?? 0,
          longTasksCaused: a.cost?.longTasksCaused ?? 0,
          slow: a.slow || b.slow,
        };
        results.push(result);
        opts.onResult?.(result, i);
      }
      return results;
    },
  );
}
