import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import messages from '../../../_locales/en/messages.json';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('message catalogue', () => {
  const root = join(import.meta.dirname, '../../..');
  const code = files(join(root, 'extension'))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const used = new Set([...code.matchAll(/\bt\(\s*'([A-Za-z]+)'/g)].map((m) => m[1]!));
  const manifest = readFileSync(join(root, 'manifest.json'), 'utf8');
  for (const m of manifest.matchAll(/__MSG_(\w+)__/g)) used.add(m[1]!);

  it('has every message the code and the manifest use', () => {
    const missing = [...used].filter((k) => !(k in messages));
    expect(missing).toEqual([]);
  });

  it('declares every placeholder a message uses', () => {
    for (const [key, entry] of Object.entries(
      messages as Record<string, { message: string; placeholders?: Record<string, unknown> }>,
    )) {
      for (const [, name] of entry.message.matchAll(/\$([A-Z_]+)\$/g))
        expect(entry.placeholders?.[name!.toLowerCase()], `${key}: $${name}$`).toBeDefined();
    }
  });
});
