/**
 * Content script entry: only wires. A PageSession does the work; settings changes start or stop it;
 * the background's commands, the sidebar and the popup reach it through messages to the page; its page
 * state goes to the background whenever it changes. Errors stay here: ClaimLens never breaks the page
 * it runs on.
 */
import browser from '../shared/browser';
import { isToPage, type PageState, type Responses, type ToPage } from '../shared/messages';
import { PACK_INDEX_KEY } from '../shared/pack-keys';
import { isActiveOn, loadSettings, parseSettings, SETTINGS_KEY, siteOf, type Settings } from '../shared/settings';
import { NO_VERDICTS, VERDICTS_KEY, verdictsFor, type SiteVerdicts } from '../shared/verdicts';
import { loadIndexes, reloadIndexes } from './index-loader';
import { prefetchArticleReader } from './scanner';
import { yieldToPage } from './schedule';
import { send } from '../shared/send';
import { PageSession } from './session';

let session: PageSession | null = null;
let paused = false;

function report(err: unknown): void {
  if ((err as { name?: string } | null)?.name === 'AbortError') return;
  console.warn('ClaimLens:', err);
}

/** Counts calls of apply: a later change of settings wins over one still waiting for the claim index. */
let applied = 0;

/**
 * Applies settings as a change: ClaimLens starts or stops only where it is switched on or off for this
 * page's site; a running session takes a new highlight style or sensitivity in place (PageSession.update).
 */
async function apply(settings: Settings): Promise<void> {
  const generation = ++applied;
  const wasPaused = paused;
  paused = !isActiveOn(settings, location.hostname);
  if (!paused && session && !wasPaused && session.update(settings)) return;
  session?.stop();
  session = null;
  if (paused) {
    publish(pausedState());
    return;
  }
  const [[bundled, ...packs], verdicts] = await Promise.all([loadIndexes(), loadVerdicts()]);
  if (generation !== applied || !bundled) return;
  session = new PageSession(document, settings, [bundled, ...packs], publish);
  session.setVerdicts(verdicts);
  await session.start();
}

/** The reader's verdicts on this page's site; none if they cannot be read (the page is shown as it is). */
const verdictsOf = (stored: unknown): SiteVerdicts => verdictsFor(stored, siteOf(location.hostname));

function loadVerdicts(): Promise<SiteVerdicts> {
  return browser.storage.local.get(VERDICTS_KEY).then(
    (stored) => verdictsOf(stored[VERDICTS_KEY]),
    () => NO_VERDICTS,
  );
}

/** The last page state sent: sent again when the background asks (it lost what it had). */
let published: PageState | null = null;

function publish(state: PageState): void {
  published = state;
  // No background to tell (the extension was updated or removed): the page goes on as it is.
  send({ type: 'page/state', state }).catch(() => undefined);
}

const pausedState = (): PageState => ({
  host: location.hostname,
  url: location.href,
  pageDate: null,
  paused: true,
  findings: [],
  related: [],
  dismissed: 0,
  rejected: 0,
});

async function handle(request: ToPage): Promise<Responses[ToPage['type']]> {
  switch (request.type) {
    case 'finding/step':
      return { ok: (await session?.card.step(request.direction)) ?? false };
    case 'page/report':
      // Before the first scan has finished there is nothing to say yet: its end is published.
      if (published) publish(published);
      return { ok: true };
    case 'finding/open':
      return { ok: (await session?.card.openFromList(request.index, request.related === true)) ?? false };
    case 'finding/dismiss':
      return { ok: session?.dismiss(request.index) ?? false };
  }
}

/** Listens to the sidebar, the popup, the background's commands and settings changes. */
function connect(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isToPage(message)) return undefined;
    return handle(message).catch((err: unknown) => {
      report(err);
      return undefined;
    });
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    // A verdict given here, in another tab or in the sidebar, or the verdicts cleared in the settings.
    if (VERDICTS_KEY in changes) session?.setVerdicts(verdictsOf(changes[VERDICTS_KEY]?.newValue));
    if (SETTINGS_KEY in changes) apply(parseSettings(changes[SETTINGS_KEY]?.newValue).settings).catch(report);
    // The claim packs' index changed (a pack imported, switched or removed): a running page restarts.
    else if (PACK_INDEX_KEY in changes && (session || !paused)) {
      // Claim packs were imported, switched or removed: the page is read again with the new claims.
      reloadIndexes();
      session?.stop();
      session = null;
      loadSettings()
        .then(({ settings }) => apply(settings))
        .catch(report);
    }
  });
}

// The script runs at document_end, when the DOM is complete. Its first task only evaluates it. Then it
// connects, starts fetching the article reader if the page's title names facial recognition, and reads
// the settings (the first uses of the extension API, which set up its bindings) and,
// in the next tasks, loads the claim index in slices: neither waits for the other. Then it scans. Every
// step gives the page the thread before it starts. If ClaimLens is off on this page, the loading stops.
const loading = new AbortController();
const settingsRead = yieldToPage().then(() => {
  connect();
  prefetchArticleReader(document);
  return loadSettings();
});
loadIndexes(loading.signal).catch(report);
settingsRead
  .then(async ({ settings }) => {
    if (!isActiveOn(settings, location.hostname)) loading.abort();
    await yieldToPage();
    await apply(settings);
  })
  .catch(report);
