/**
 * A large claim pack imported as a reader imports one (part of `npm run bench`): the file handed to the
 * settings page's file picker in Chromium with the extension, the import run by the background, the
 * settings page watched meanwhile. Measured: the time from choosing the file to "Imported", the stages
 * the page announced, and the settings page's own responsiveness while the background worked (its long
 * tasks, and the longest gap between two animation frames). The pack is left installed, so the caller
 * can load pages with it, and removed with the page's Remove button by `remove`.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface PackImportFigures {
  name: string;
  megabytes: number;
  claims: number;
  importMs: number;
  /** The status texts the settings page showed, in order. */
  stages: string[];
  longTasks: number;
  longestTaskMs: number;
  longestFrameGapMs: number;
  /** The status the page ended with ("Imported …", or the problem). */
  result: string;
}

/**
 * Puts the file in the settings page (in a task of its own, before anything is watched: handing a page
 * megabytes of text through the test driver is the harness's cost, not the extension's).
 */
function stageFile({ fileName, text }: { fileName: string; text: string }): void {
  (globalThis as unknown as { __packFile: File }).__packFile = new File([text], fileName, { type: 'application/json' });
}

/** What runs in the settings page: watches its tasks, frames and status, then hands it the file. */
function startImport(): void {
  const w = globalThis as unknown as { __packImport: Record<string, unknown> };
  const state = { stages: [] as string[], longTasks: [] as number[], maxGap: 0, start: 0, done: 0, result: '' };
  w.__packImport = state;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) state.longTasks.push(e.duration);
  }).observe({ type: 'longtask' });
  let last = performance.now();
  const frame = (now: number) => {
    state.maxGap = Math.max(state.maxGap, now - last);
    last = now;
    if (!state.done) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const status = document.querySelector('[data-part="pack-status"]')!;
  new MutationObserver(() => {
    const now = (status.textContent ?? '').trim();
    if (now && state.stages.at(-1) !== now) state.stages.push(now);
  }).observe(status, { subtree: true, childList: true, characterData: true });
  const files = new DataTransfer();
  files.items.add((globalThis as unknown as { __packFile: File }).__packFile);
  const input = document.querySelector<HTMLInputElement>('#pack-file')!;
  input.files = files.files;
  state.start = performance.now();
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The import's state once it has ended (a result or problems shown), else null. */
function importEnded(): Record<string, unknown> | null {
  const state = (globalThis as unknown as { __packImport: Record<string, unknown> & { done: number } }).__packImport;
  const problems = document.querySelector('[data-part="pack-problems"], [data-part="pack-error"]');
  const status = (document.querySelector('[data-part="pack-status"]')?.textContent ?? '').trim();
  // Installed and said so (each stage's text ends with "…"), or refused. The bench imports into a
  // profile with no pack of the reader's: the imported pack is the only one with a Remove button (the
  // bundled claims and the pack that comes with ClaimLens have none).
  const installed = document.querySelector('[data-part="pack-list"] li button') !== null && !status.endsWith('…');
  if (!state.done && (problems || installed)) {
    state.done = performance.now();
    state.result = (problems?.textContent ?? status).trim();
  }
  return state.done ? state : null;
}

export async function importPackInSettings(
  context: BrowserContext,
  extensionId: string,
  pack: { name: string; fileName: string; text: string; claims: number },
): Promise<{ figures: PackImportFigures; remove: () => Promise<void> }> {
  const page: Page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/extension/options/index.html`);
  await page.waitForSelector('#pack-file:not([disabled])');
  // Let the page settle before it is watched. The functions below are sent as their source; tsx names
  // inner functions with an `__name` helper, which the page has to have too.
  await page.waitForTimeout(500);
  await page.evaluate('globalThis.__name ??= (f) => f');
  await page.evaluate(stageFile, { fileName: pack.fileName, text: pack.text });
  await page.waitForTimeout(500);
  await page.evaluate(startImport);
  let ended: Record<string, unknown> | null = null;
  for (let waited = 0; !ended && waited < 120_000; waited += 100) {
    await page.waitForTimeout(100);
    ended = await page.evaluate(importEnded);
  }
  if (!ended) throw new Error(`${pack.name}: the import did not end within two minutes`);
  const s = ended as {
    stages: string[];
    longTasks: number[];
    maxGap: number;
    start: number;
    done: number;
    result: string;
  };
  const figures: PackImportFigures = {
    name: pack.name,
    megabytes: pack.text.length / 1e6,
    claims: pack.claims,
    importMs: s.done - s.start,
    stages: s.stages,
    longTasks: s.longTasks.length,
    longestTaskMs: Math.max(0, ...s.longTasks),
    longestFrameGapMs: s.maxGap,
    result: s.result,
  };
  const remove = async () => {
    await page.click('[data-part="pack-list"] li button');
    await page.waitForFunction(() => document.querySelector('[data-part="pack-list"] li button') === null);
    await page.close();
  };
  return { figures, remove };
}

export function packImportLine(f: PackImportFigures): string {
  return (
    `${f.name} (${f.claims.toLocaleString('en')} claims, ${f.megabytes.toFixed(1)} MB) imported through the settings page in ${(f.importMs / 1000).toFixed(1)} s` +
    `; the page said: ${f.stages.join(' → ')}` +
    `; settings page meanwhile: ${f.longTasks} long tasks (longest ${f.longestTaskMs.toFixed(0)} ms), longest gap between frames ${f.longestFrameGapMs.toFixed(0)} ms`
  );
}
