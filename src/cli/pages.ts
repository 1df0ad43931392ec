/** Reading real pages from disk for eval and bench: parse with happy-dom, extract with src/page. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Matcher } from '../match/matcher';
import { scanText, type Finding } from '../match/scan-text';
import { extractText } from '../page/extract';
import { parseHtml } from './html';

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

/** Parses an HTML file and extracts its text the way the content script does. */
export async function readPageText(path: string): Promise<string> {
  const parsed = parseHtml(readFileSync(path, 'utf8'));
  try {
    return extractText(parsed.document.body ?? parsed.document.documentElement).text;
  } finally {
    await parsed.close();
  }
}

export interface PagesResult {
  pages: number;
  sentences: number;
  flagged: Array<Finding & { page: string }>;
}

export async function scanPagesDir(matcher: Matcher, dir: string): Promise<PagesResult> {
  const files = listHtmlFiles(dir);
  const flagged: PagesResult['flagged'] = [];
  for (const file of files) {
    const text = await readPageText(file);
    for (const f of scanText(matcher, text)) flagged.push({ ...f, page: file.slice(dir.length + 1) });
  }
  return { pages: files.length, sentences: flagged.length, flagged };
}
