/**
 * Reading and scanning one input as `npm run scan` does (scan.ts is the command): an HTML page parsed
 * with happy-dom and read by the same src/page code as the content script (its text, its date, its
 * article), or a text; and the scan's result as JSON or as a table. The golden tests and the eval of
 * real pages use the same functions.
 */
import { extname } from 'node:path';
import type { Claim, ClaimDatabase } from '../claims/types';
import { statesClaim, type Matcher } from '../match/matcher';
import { listingFloor, SCORE } from '../match/score';
import { scanText, type Finding } from '../match/scan-text';
import { ArticleMap } from '../page/article';
import { extractText } from '../page/extract';
import { readPageDate } from '../page/page-date';
import { parseHtml } from './html';
import { loadMatcher } from './load-matcher';
import { formatTable } from './table';

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
  /** For a page: the parts of its text outside its article (ScanOptions.outside). */
  outside?: Array<[number, number]>;
}

/** Reads one input into documents: an HTML page or text file is one; with --lines, every line is one. */
export function readInput(path: string, content: string, lines: boolean): ScanInput[] {
  const isHtml = ['.html', '.htm'].includes(extname(path).toLowerCase()) || (path === '-' && looksLikeHtml(content));
  if (isHtml && !lines) {
    const parsed = parseHtml(content);
    try {
      const doc = parsed.document;
      const page = extractText(doc.body ?? doc.documentElement);
      const outside = new ArticleMap(page).outsideRanges(page);
      return [{ label: path, text: page.text, pageDate: readPageDate(doc)?.date ?? null, outside }];
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
  const { outside } = input;
  const found = scanText(matcher, input.text, {
    pageDate: input.pageDate,
    ...(outside ? { outside: () => outside } : {}),
  });
  return {
    input: input.label,
    pageDate: input.pageDate,
    matches: found.filter((f) => statesClaim(f, floor)),
    possible: found.filter((f) => !statesClaim(f, floor)),
  };
}

/**
 * The claims (the bundled ones, and those of `packs`) and a matcher that finds what a scan highlights from `floor` and
 * what it lists as possible.
 */
export function loadScanner(
  floor: number = SCORE.floor,
  packs: readonly ClaimDatabase[] = [],
): ReturnType<typeof loadMatcher> {
  return loadMatcher({ floor: listingFloor(floor) }, undefined, packs);
}
