/**
 * `web-ext lint` on the Firefox build: no error, and no warning from ClaimLens's own code. The one
 * known warning is innerHTML inside Preact's runtime (its dangerouslySetInnerHTML support, which
 * ClaimLens never uses: ESLint forbids it in our code).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './harness/paths';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

describe('web-ext lint of dist/firefox', () => {
  it('has no errors and no warnings from our code', async () => {
    const webExt = join(REPO_ROOT, 'node_modules/web-ext/bin/web-ext.js');
    const dir = join(REPO_ROOT, 'dist/firefox');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [webExt, 'lint', '--output', 'json', '--source-dir', dir],
      {
        maxBuffer: 16 * 1024 * 1024,
      },
    ).catch((err: { stdout: string }) => ({ stdout: err.stdout }));
    const report = JSON.parse(stdout) as { errors: LintMessage[]; warnings: LintMessage[] };
    expect(report.errors).toEqual([]);
    for (const w of report.warnings) {
      expect(w.code, JSON.stringify(w)).toBe('UNSAFE_VAR_ASSIGNMENT');
      // The warning must come from the chunk holding Preact's renderer, and that chunk's only innerHTML
      // assignment must be Preact's own (it sits next to its dangerouslySetInnerHTML handling).
      const code = readFileSync(join(dir, w.file ?? ''), 'utf8');
      expect(code).toContain('dangerouslySetInnerHTML');
      expect(code.match(/innerHTML/g)?.length ?? 0).toBeLessThanOrEqual(2);
    }
  });
});
