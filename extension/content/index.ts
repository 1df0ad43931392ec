/**
 * Content script entry: only wires. A PageSession does the work; settings changes start or stop it;
 * the background's keyboard commands move between findings. Errors stay here: ClaimLens never breaks
 * the page it runs on.
 */
import browser from '../shared/browser';
import { isBackgroundRequest } from '../shared/messages';
import { isActiveOn, loadSettings, parseSettings, SETTINGS_KEY, type Settings } from '../shared/settings';
import { PageSession, send } from './session';

let session: PageSession | null = null;

function report(err: unknown): void {
  if ((err as { name?: string } | null)?.name === 'AbortError') return;
  console.warn('ClaimLens:', err);
}

async function apply(settings: Settings): Promise<void> {
  session?.stop();
  session = null;
  if (!isActiveOn(settings, location.hostname)) {
    await send({ type: 'findings/report', count: 0, pageDate: null, paused: true });
    return;
  }
  session = new PageSession(document, settings);
  await session.start();
}

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isBackgroundRequest(message)) return undefined;
  return session ? session.step(message.direction).then((ok) => ({ ok })) : Promise.resolve({ ok: false });
});

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && SETTINGS_KEY in changes)
    apply(parseSettings(changes[SETTINGS_KEY]?.newValue).settings).catch(report);
});

loadSettings()
  .then(({ settings }) => apply(settings))
  .catch(report);
