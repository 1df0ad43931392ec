/** A stand-in for the WebExtension API in unit tests: i18n from the real message catalogue. */
import messages from '../../_locales/en/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = (messages as Record<string, Entry>)[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Z_]+)\$/g, (_m, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_n, i: string) => subs[Number(i) - 1] ?? '');
  });
}

export const browserMock = {
  i18n: { getMessage, getUILanguage: () => 'en-GB' },
  runtime: { id: 'test', sendMessage: () => Promise.resolve(undefined) },
};
