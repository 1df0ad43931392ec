/** The layering rules in eslint.config.js really refuse imports across the boundaries. */
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
  ])('%s may not: %s', async (file, source) => expect(await restricted(file, source)).toBe(true));

  it.each([
    ['src/match/x.ts', "export * from '../text/tokens';"],
    ['extension/content/x.ts', "export * from '../shared/messages';"],
    ['extension/content/x.ts', "export * from '../../src/match/matcher';"],
    ['src/cli/x.ts', "export * from 'node:fs';"],
  ])('%s may: %s', async (file, source) => expect(await restricted(file, source)).toBe(false));
});
