/** Repository paths and the extension's English message catalogue, for the end-to-end harness. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

let catalogue: Record<string, CatalogueEntry> | undefined;

function entry(key: string): CatalogueEntry {
  catalogue ??= JSON.parse(readFileSync(resolve(REPO_ROOT, '_locales/en/messages.json'), 'utf8')) as Record<
    string,
    CatalogueEntry
  >;
  const found = catalogue[key];
  if (!found) throw new Error(`_locales/en/messages.json has no message "${key}"`);
  return found;
}

/** A message as browser.i18n.getMessage would return it in English, placeholders filled. */
export function message(key: string, substitutions: string[] = []): string {
  const { message: text, placeholders = {} } = entry(key);
  return text.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const content = placeholders[name.toLowerCase()]?.content ?? whole;
    return content.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  });
}

/** A message whose placeholders may be anything: for text that embeds browser-formatted dates. */
export function messagePattern(key: string): RegExp {
  const { message: text } = entry(key);
  const parts = text.split(/\$[A-Za-z0-9_@]+\$/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('(.+)')}$`);
}
