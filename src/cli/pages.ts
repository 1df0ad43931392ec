/** Reading real pages from disk for eval and bench: parse with happy-dom, extract with src/page. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Matcher } from '../match/matcher';
import type { Finding } from '../match/scan-text';
import { readInput, scanDocument } from './scan-document';

/** Every file under `dir` (recursively, in name order) whose extension is one of `extensions`. */
export function listFiles(dir: string, extensions: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path, extensions));
    else if (extensions.includes(extname(name).toLowerCase())) out.push(path);
  }
  return out;
}

/** Every HTML page under `dir` (a page per folder as in `NAME/source.html`, or flat). */
export function listHtmlFiles(dir: string): string[] {
  return listFiles(dir, ['.html', '.htm']);
}

export interface PagesResult {
  pages: number;
  sentences: number;
  flagged: Array<Finding & { page: string }>;
}

export async function scanPagesDir(matcher: Matcher, dir: string): Promise<PagesResult> {
  const files = listHtmlFiles(dir);
  const flagged: PagesResult['flagged'] = [];
  // Each page read and scanned as `npm run scan` does: its text, its date and its article.
  for (const file of files)
    for (const input of readInput(file, readFileSync(file, 'utf8'), false))
      for (const f of scanDocument(matcher, input, matcher.floor).matches)
        flagged.push({ ...f, page: file.slice(dir.length + 1) });
  return { pages: files.length, sentences: flagged.length, flagged };
}
