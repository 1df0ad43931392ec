/**
 * The rules in eslint.config.js really refuse what they promise: imports across the layers, and HTML
 * sinks and generated code in the extension.
 */
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(import.meta.dirname, '..') });

async function restricted(file: string, source: string): Promise<boolean> {
  const [result] = await eslint.lintText(source, { filePath: join(import.meta.dirname, '..', file) });
  return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports');
}

describe('layering', () => {
  it.each([
    ['src/match/x.ts', "export * from '../../extension/shared/browser';"],
    ['src/match/x.ts', "export * from 'node:fs';"],
    ['src/match/x.ts', "export * from '../cli/seeds';"],
    ['extension/background/x.ts', "export * from '../content/session';"],
    ['extension/content/x.ts', "export * from '../background/router';"],
    ['extension/content/x.ts', "export * from '../../src/cli/seeds';"],
    // A file one folder deeper, and the shared folder, are fenced too.
    ['extension/content/parts/x.ts', "export * from '../../background/router';"],
    ['extension/sidebar/parts/x.tsx', "export * from '../../popup/connector';"],
    ['extension/shared/x.ts', "export * from '../content/session';"],
    ['extension/shared/ui/x.tsx', "export * from '../../popup/connector';"],
    ['extension/shared/x.ts', "export * from '../../src/cli/seeds';"],
  ])('%s may not: %s', async (file, source) => expect(await restricted(file, source)).toBe(true));

  it.each([
    ['src/match/x.ts', "export * from '../text/tokens';"],
    ['extension/content/x.ts', "export * from '../shared/messages';"],
    ['extension/content/x.ts', "export * from '../../src/match/matcher';"],
    ['extension/content/parts/x.ts', "export * from '../session';"],
    ['extension/shared/ui/x.tsx', "export * from '../messages';"],
    ['src/cli/x.ts', "export * from 'node:fs';"],
  ])('%s may: %s', async (file, source) => expect(await restricted(file, source)).toBe(false));
});

async function sinks(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: join(import.meta.dirname, '..', file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('no HTML sinks, no generated code', () => {
  it.each([
    'export function f(el: Element, s: string) { el.innerHTML = s; }',
    'export function f(el: Element) { return el.outerHTML; }',
    "export function f(el: Element, s: string) { el.insertAdjacentHTML('beforeend', s); }",
    'export function f(s: string) { document.write(s); }',
    'export function f(r: Range, s: string) { return r.createContextualFragment(s); }',
    'export function f(s: string) { return eval(s); }',
    'export function f(s: string) { return new Function(s); }',
  ])('refuses %s', async (source) => expect(await sinks('extension/content/x.ts', source)).toHaveLength(1));

  it('allows text', async () => {
    expect(
      await sinks('extension/content/x.ts', 'export function f(el: Element, s: string) { el.textContent = s; }'),
    ).toEqual([]);
  });
});
