/**
 * `npm run scan -- [--json] [--lines] [--floor X] <file|dir|->...`
 *
 * Scans HTML pages (parsed with happy-dom and extracted by the same src/page code as the content
 * script), text files, folders of them, and standard input (`-`), and reports every sentence that
 * states a known claim. One bad input is reported and the others are still scanned.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import type { Claim, ClaimDatabase } from '../claims/types';
import { statesClaim, type Matcher } from '../match/matcher';
import { listingFloor, SCORE } from '../match/score';
import { scanText, type Finding } from '../match/scan-text';
import { extractText } from '../page/extract';
import { readPageDate } from '../page/page-date';
import { parseHtml } from './html';
import { loadMatcher } from './load-matcher';
import { listFiles } from './pages';
import { formatTable } from './table';

const USAGE = `Usage: npm run scan -- [options] <file|dir|->...

Flags sentences that state a known claim about police live facial recognition.

Inputs:  .html/.htm pages, .txt files, folders of them (recursively), and - for standard input.
Options:
  --json         one JSON object per input document per line
  --lines        every input line is its own document (for lists of single sentences)
  --floor X      highlight matches scoring at least X (0-1; default: the extension's default, ${SCORE.floor});
                 weaker ones, down to ${SCORE.relatedFloor}, and sentences disputing a claim are listed as possible
  -h, --help     show this help`;

export interface DocumentResult {
  input: string;
  pageDate: string | null;
  /** What the extension highlights at this floor: sentences that state a claim. */
  matches: Finding[];
  /** What it lists without highlighting: weaker matches ("possibly related") and sentences disputing a claim. */
  possible: Finding[];
}

export interface ScanInput {
  label: string;
  /** Page text already extracted, and the page's own date if it has one. */
  text: string;
  pageDate: string | null;
}

/** Reads one input into documents: an HTML page or text file is one; with --lines, every line is one. */
export function readInput(path: string, content: string, lines: boolean): ScanInput[] {
  const isHtml = ['.html', '.htm'].includes(extname(path).toLowerCase()) || (path === '-' && looksLikeHtml(content));
  if (isHtml && !lines) {
    const parsed = parseHtml(content);
    try {
      const doc = parsed.document;
      const text = extractText(doc.body ?? doc.documentElement).text;
      return [{ label: path, text, pageDate: readPageDate(doc)?.date ?? null }];
    } finally {
      void parsed.close();
    }
  }
  if (!lines) return [{ label: path, text: content, pageDate: null }];
  return content
    .split(/\r?\n/)
    .map((line, i) => ({ label: `${path}:${i + 1}`, text: line, pageDate: null }))
    .filter((d) => d.text.trim() !== '');
}

function looksLikeHtml(content: string): boolean {
  return /^\s*</.test(content) && /<(html|body|p|div|article)\b/i.test(content);
}

export function claimSummary(claim: Claim): Record<string, unknown> {
  return {
    id: claim.id,
    ...(claim.ref === undefined ? {} : { ref: claim.ref }),
    statement: claim.statement,
    claimant: claim.claimant.name,
    org: claim.claimant.organisation,
    date: claim.date.value,
    stance: claim.stance,
    excerpts: claim.excerpts.map((e) => ({ seed: e.seed, text: e.text })),
    counters: claim.counters,
  };
}

export function toJson(result: DocumentResult, db: ClaimDatabase): string {
  const byId = new Map(db.claims.map((c) => [c.id, c]));
  const entry = (m: Finding) => {
    const claim = byId.get(m.claimId);
    return {
      text: m.text,
      start: m.start,
      end: m.end,
      score: Number(m.score.toFixed(3)),
      kind: m.kind,
      ...(m.attributedTo === undefined ? {} : { attributedTo: m.attributedTo }),
      claim: claim ? claimSummary(claim) : { id: m.claimId },
    };
  };
  return JSON.stringify({
    input: result.input,
    pageDate: result.pageDate,
    matches: result.matches.map(entry),
    possible: result.possible.map(entry),
  });
}

export function toHuman(result: DocumentResult, db: ClaimDatabase): string {
  const byId = new Map(db.claims.map((c) => [c.id, c]));
  const date = result.pageDate ? ` (page dated ${result.pageDate})` : '';
  const head = `${result.input}${date}: ${result.matches.length} claim sentence${result.matches.length === 1 ? '' : 's'}`;
  const table = (matches: Finding[]) => {
    const rows = matches.map((m) => {
      const claim = byId.get(m.claimId);
      const source = claim ? db.documents.find((d) => d.id === claim.excerpts[0]?.seed) : undefined;
      return [
        m.score.toFixed(2),
        m.kind,
        m.text,
        claim ? `${claim.id}: ${claim.statement}` : m.claimId,
        claim ? `${claimantLine(claim)}, ${spanText(claim.date.value)}` : '',
        source
          ? `${source.name}: "${source.headline.value}"${source.date.value ? `, ${spanText(source.date.value)}` : ''}`
          : '',
      ];
    });
    // The claim column is never narrower than its ids, so an id is never cut in two.
    const idWidth = Math.max(...matches.map((m) => m.claimId.length + 1));
    const headers = ['score', 'kind', 'sentence', 'claim', 'claimant', 'source'];
    return formatTable(headers, rows, undefined, [0, 0, 0, idWidth]);
  };
  const parts = [head];
  if (result.matches.length > 0) parts.push(table(result.matches));
  if (result.possible.length > 0)
    parts.push(
      `possibly related, not highlighted (weaker matches, and sentences disputing a claim): ${result.possible.length}`,
      table(result.possible),
    );
  return parts.join('\n');
}

/** "2020-01-27/2020-01-31" as "2020-01-27 to 2020-01-31", which a table can wrap. */
function spanText(date: string): string {
  return date.replace('/', ' to ');
}

function claimantLine(claim: Claim): string {
  const { name, organisation } = claim.claimant;
  return name === organisation || name.includes(organisation) ? name : `${name} (${organisation})`;
}

/**
 * Scans one document. `matcher` finds everything down to the weakest match worth listing; matches from
 * `floor` up that state their claim are highlighted (`matches`), the rest are `possible`.
 */
export function scanDocument(matcher: Matcher, input: ScanInput, floor: number = SCORE.floor): DocumentResult {
  const found = scanText(matcher, input.text, { pageDate: input.pageDate });
  return {
    input: input.label,
    pageDate: input.pageDate,
    matches: found.filter((f) => statesClaim(f, floor)),
    possible: found.filter((f) => !statesClaim(f, floor)),
  };
}

/** The claims and a matcher that finds what a scan highlights from `floor` and what it lists as possible. */
export function loadScanner(floor: number = SCORE.floor): ReturnType<typeof loadMatcher> {
  return loadMatcher({ floor: listingFloor(floor) });
}

function readSource(path: string): string {
  return path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
}

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        lines: { type: 'boolean', default: false },
        floor: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const floor = values.floor === undefined ? undefined : Number(values.floor);
  if (floor !== undefined && !(floor >= 0 && floor <= 1)) {
    console.error(`--floor must be a number between 0 and 1, not "${values.floor}"`);
    return 2;
  }
  const highlightFloor = floor ?? SCORE.floor;
  const { matcher, db } = loadScanner(highlightFloor);

  let failures = 0;
  const report = (input: string, message: string) => {
    failures++;
    if (values.json) console.log(JSON.stringify({ input, error: message }));
    else console.error(`${input}: ${message}`);
  };
  for (const arg of positionals) {
    let files: string[];
    try {
      files = arg !== '-' && statSync(arg).isDirectory() ? listFiles(arg, ['.html', '.htm', '.txt']) : [arg];
    } catch (err) {
      report(arg, describe(err));
      continue;
    }
    for (const file of files) {
      try {
        for (const input of readInput(file, readSource(file), values.lines)) {
          const result = scanDocument(matcher, input, highlightFloor);
          console.log(values.json ? toJson(result, db) : toHuman(result, db));
        }
      } catch (err) {
        report(file, describe(err));
      }
    }
  }
  return failures > 0 ? 1 : 0;
}

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file or folder';
  if (e.code === 'EACCES') return 'permission denied';
  if (e.code === 'EISDIR') return 'is a folder';
  return e.message ?? String(err);
}

process.exitCode = main();
